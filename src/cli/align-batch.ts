// `mizan align --batch LIST`: many document pairs aligned in one process, so a corpus pays the CLI's
// start-up once instead of once per document.
//
// LIST has one pair per line, "SOURCE.sents<TAB>TARGET.sents<TAB>OUTPUT" (blank lines and lines
// starting with # are skipped); relative paths are taken from LIST's folder, not the working
// directory, so a list travels with its corpus. Each output is written whole or not at all
// (store/atomic-write.ts). A bad line (wrong number of fields, a missing or unreadable file, an output
// that is one of its own inputs or already written by an earlier line) is reported with its line
// number and the other lines still run.
import { dirname, isAbsolute, resolve } from 'node:path';
import { alignSentences, formatBeads, LOW_CONFIDENCE } from '../core/align/index.js';
import { isMizanError, MizanError } from '../core/errors.js';
import { fileError } from '../core/file-errors.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import { readPlainText } from './plain-text.js';

export interface BatchPair {
  /** 1-based line of LIST. */
  line: number;
  source: string;
  target: string;
  output: string;
}

export interface BatchLineError {
  line: number;
  error: string;
}

export interface BatchResult {
  line: number;
  source: string;
  target: string;
  output: string;
  ok: boolean;
  beads?: number;
  low_confidence?: number;
  error?: string;
}

/** One sentence per line; a final newline does not make an extra empty sentence. */
export function readSentenceLines(path: string, encoding: string | undefined): { text: string }[] {
  const text = readPlainText(path, encoding);
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => ({ text: line.trim() }));
}

/** The pairs of a batch list and the lines that are not pairs; paths resolved against `folder`. */
export function parseBatchList(text: string, folder: string): { pairs: BatchPair[]; errors: BatchLineError[] } {
  const pairs: BatchPair[] = [];
  const errors: BatchLineError[] = [];
  const outputs = new Map<string, number>();
  text.split('\n').forEach((raw, k) => {
    const line = k + 1;
    const content = raw.replace(/\r$/u, '');
    if (content.trim() === '' || content.trimStart().startsWith('#')) return;
    const fields = content.split('\t').map((f) => f.trim());
    if (fields.length !== 3 || fields.some((f) => f === '')) {
      errors.push({ line, error: `expected SOURCE<TAB>TARGET<TAB>OUTPUT, found ${fields.filter((f) => f !== '').length} field(s); separate the three paths with tabs` });
      return;
    }
    const [source, target, output] = fields.map((f) => (isAbsolute(f) ? f : resolve(folder, f))) as [string, string, string];
    if (output === source || output === target) {
      errors.push({ line, error: `the output ${output} is one of this line's inputs; choose another output file` });
      return;
    }
    const earlier = outputs.get(output);
    if (earlier !== undefined) {
      errors.push({ line, error: `the output ${output} is already written by line ${earlier}; give each pair its own output` });
      return;
    }
    outputs.set(output, line);
    pairs.push({ line, source, target, output });
  });
  return { pairs, errors };
}

/** Aligns every pair of the list at `listPath`; one result per line that names a pair or fails, in line order. */
export function runBatch(listPath: string, encoding: string | undefined): BatchResult[] {
  const { pairs, errors } = parseBatchList(readPlainText(listPath, encoding), dirname(resolve(listPath)));
  if (pairs.length === 0 && errors.length === 0) {
    throw new MizanError('bad-input', `${listPath} lists no pairs; write one "SOURCE<TAB>TARGET<TAB>OUTPUT" line per pair`);
  }
  const results: BatchResult[] = errors.map((e) => ({ line: e.line, source: '', target: '', output: '', ok: false, error: e.error }));
  for (const pair of pairs) {
    const base = { line: pair.line, source: pair.source, target: pair.target, output: pair.output };
    try {
      const beads = alignSentences(readSentenceLines(pair.source, encoding), readSentenceLines(pair.target, encoding));
      try {
        writeFileAtomic(pair.output, formatBeads(beads));
      } catch (error) {
        throw fileError(error, pair.output, 'write');
      }
      results.push({ ...base, ok: true, beads: beads.length, low_confidence: beads.filter((b) => b.score < LOW_CONFIDENCE).length });
    } catch (error) {
      // A file problem of this pair is reported and the batch goes on; anything else is a bug.
      if (!isMizanError(error)) throw error;
      results.push({ ...base, ok: false, error: error.message });
    }
  }
  return results.sort((a, b) => a.line - b.line);
}
