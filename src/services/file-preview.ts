import type { Database } from 'better-sqlite3';
import type { FilePreview } from '../api/contract.js';
import type { TextEncoding } from '../core/text/decode/index.js';
import { segmentText } from '../core/text/segmentation/index.js';
import { projectRuleSet } from './segmentation-settings.js';
import { readTextFile } from './text-file.js';

const PREVIEW_LINES = 8;
const PREVIEW_LINE_CHARS = 400;

/** Decodes a file (detected or given encoding) and shows its first lines; writes nothing. */
export function previewTextFile(db: Database | null, path: string, encoding: TextEncoding | 'auto', sourceLang = 'ar'): FilePreview {
  const file = readTextFile(path, encoding);
  const nonEmpty = file.text.split('\n').filter((line) => line.trim() !== '');
  const { ruleSet } = projectRuleSet(db, sourceLang);
  const shown = nonEmpty.slice(0, PREVIEW_LINES);
  return {
    path,
    name: file.name,
    bytes: file.bytes,
    encoding: file.encoding,
    detected: file.detected,
    confidence: file.confidence,
    reason: file.reason,
    lines: shown.map((line) => (line.length > PREVIEW_LINE_CHARS ? `${line.slice(0, PREVIEW_LINE_CHARS)}…` : line)),
    // The same rules as the import, line by line (a line is a paragraph: sentences never cross it).
    cuts: shown.map((line) =>
      segmentText(line, ruleSet)
        .slice(1)
        .map((span) => span.start)
        .filter((start) => start < PREVIEW_LINE_CHARS),
    ),
    paragraphs: nonEmpty.length,
    sentences: segmentText(file.text, ruleSet).length,
  };
}
