// The data every exchange format reads or writes. Plain data: formats are pure functions of it.
import type { AnnotationScheme } from '../annotation/scheme.js';
import type { SegmentStatus } from '../model.js';

export const EXPORT_FORMATS = ['tmx', 'xliff12', 'xliff2', 'tsv', 'csv', 'jsonl', 'html', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options an exporter may honour; each format's entry lists its own (the dialog shows only those, the CLI refuses the others). */
export const EXPORT_OPTION_NAMES = ['bom', 'guardFormulas', 'qa'] as const;
export type ExportOptionName = (typeof EXPORT_OPTION_NAMES)[number];

export interface ExportFormatInfo {
  label: string;
  extension: string;
  options: readonly ExportOptionName[];
}

/**
 * What the export dialog and the CLI help say about each format, and the options it takes. Plain
 * data the renderer can import without the exporters; each exporter takes its entry from here.
 */
export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  tmx: { label: 'TMX 1.4b — translation memory (OmegaT, Trados, memoQ)', extension: 'tmx', options: [] },
  xliff12: { label: 'XLIFF 1.2 — bilingual file with statuses and notes', extension: 'xlf', options: ['qa'] },
  xliff2: { label: 'XLIFF 2.0', extension: 'xlf', options: ['qa'] },
  tsv: { label: 'TSV — tab-separated table', extension: 'tsv', options: ['bom', 'guardFormulas', 'qa'] },
  csv: { label: 'CSV — spreadsheet table (RFC 4180)', extension: 'csv', options: ['bom', 'guardFormulas', 'qa'] },
  jsonl: { label: 'JSONL — one segment per line, with annotations and comments', extension: 'jsonl', options: [] },
  html: { label: 'HTML — side-by-side, print-ready', extension: 'html', options: ['qa'] },
  txt: { label: 'TXT — the English translation, by paragraph', extension: 'txt', options: [] },
};

export interface ExportComment {
  id: number;
  parent: number | null;
  annotation: number | null;
  author: string;
  body: string;
  createdAt: number;
  resolvedAt: number | null;
}

export interface ExportSpeaker {
  id: number;
  nameSource: string;
  nameTarget: string;
  kind: string;
  role: string;
  organisation: string;
}

export interface ExportAnnotation {
  id: number;
  layer: string;
  side: 'source' | 'target' | 'segment';
  /** UTF-16 code units into the stored (NFC) text, end exclusive; null for side 'segment'. */
  start: number | null;
  end: number | null;
  label: string | null;
  speakerId: number | null;
  attrs: Record<string, unknown>;
  /** Annotations this one links to (outgoing links). */
  links: number[];
  /** The kind of each link in `links` (translation, attribution, target), when known. */
  linkKinds?: string[];
  author?: string;
  /** The text under the span changed and nobody has looked at it since. */
  flagged?: boolean;
  createdAt?: number;
}

export interface ExportSegment {
  id: number;
  position: number;
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  doNotTranslate: boolean;
  createdAt: number;
  updatedAt: number;
  updatedBy: string | null;
  comments: ExportComment[];
  annotations: ExportAnnotation[];
  /** What the quality checks found (not ignored), when the export was asked to carry them (option qa). */
  qa?: ExportQaFinding[];
  /** The translation-memory match pre-translation filled the English from (origin, score 1–101). */
  match?: { origin: string; score: number } | null;
}

export interface ExportQaFinding {
  check: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** XLIFF note priority of a finding's severity (1 is the highest). */
export const QA_PRIORITY: Readonly<Record<ExportQaFinding['severity'], number>> = { error: 1, warning: 2, info: 3 };

/** "error empty-target: The English is empty." — a finding as one line of a cell or a note. */
export function qaFindingLine(f: ExportQaFinding): string {
  return `${f.severity} ${f.check}: ${f.message}`;
}

export interface ExportDocument {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  sourceName: string | null;
  createdAt: number;
  updatedAt: number;
  /** The project's annotation scheme (layers, labels, attributes), for formats that carry annotations. */
  scheme?: AnnotationScheme;
}

export interface ExportOptions {
  /** TSV/CSV: start with a UTF-8 byte order mark so spreadsheet programs read Arabic correctly. */
  bom?: boolean;
  /** TSV/CSV: prefix cells that spreadsheets would run as formulas with ' (changes the text; off by default). */
  guardFormulas?: boolean;
  /** TSV/CSV: a qa column; HTML and XLIFF show each segment's findings (ExportSegment.qa) — the service runs the checks. */
  qa?: boolean;
  /** Clock for creation dates in headers; tests pass a fixed one. */
  now?: number;
  /** The tool name/version written into headers. */
  tool?: { name: string; version: string };
}

/** What an exporter reports besides its text. */
export interface ExportReport {
  units: number;
  /** Segments left out (no translation, or do-not-translate where the format excludes them). */
  skipped: number;
  warnings: string[];
}

/**
 * Exporters write chunks so a large export can stream to a file; they take an async source so the
 * host can pause between segments (report progress, stay responsive, cancel).
 */
export interface Exporter {
  format: ExportFormat;
  /** File extension without the dot. */
  extension: string;
  label: string;
  /** The options it honours (EXPORT_FORMAT_INFO); the host passes no others. */
  options: readonly ExportOptionName[];
  /**
   * Files the export needs next to it (HTML: its fonts): copied from the app's resources/<folder>/
   * into <folder>/ beside the exported file.
   */
  companions?: { folder: string; files: readonly string[] };
  export(
    doc: ExportDocument,
    segments: Iterable<ExportSegment> | AsyncIterable<ExportSegment>,
    speakers: ReadonlyMap<number, ExportSpeaker>,
    write: (chunk: string) => void,
    options: ExportOptions,
  ): Promise<ExportReport>;
}

/** One translation unit read from a bilingual file. */
export interface ImportedUnit {
  /** The file's own id for the unit (tuid, trans-unit id, …), when it has one. */
  id: string | null;
  source: string;
  target: string;
  status: SegmentStatus | null;
  notes: { author: string | null; body: string; createdAt: number | null }[];
  /** When and by whom the unit was last changed, where the file says (TMX changedate/changeid). */
  changedAt?: number | null;
  changedBy?: string | null;
  /** Speaker names the file gives for the unit (TMX <prop type="x-speaker">: English name, else Arabic); absent when none. */
  speakers?: string[];
}

export interface ImportedFile {
  /** The importer's format id (IMPORTERS in ../importers.ts). */
  format: string;
  sourceLang: string | null;
  targetLang: string | null;
  units: ImportedUnit[];
  /** E.g. "12 units had inline markup (<bpt>, <ph>…) flattened to their text". */
  warnings: string[];
}
