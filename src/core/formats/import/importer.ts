// What an importer is: one entry of the registry (../importers.ts). An entry says what the format is
// called, which file names it owns, how to recognise its content, and how to parse it, so the file
// dialog, the app's and the CLI's routing and the preview's names all come from one list.
import type { ImportedFile } from '../types.js';
import type { ColumnMapping } from './delimited.js';
import type { ImportedJsonl } from './jsonl.js';
import type { TmxOptions } from './tmx.js';

/** What a sniff sees: the start of the decoded text and, when it is XML, its first element. */
export interface SniffInput {
  /** The file name (a path is fine). */
  name: string;
  /** Lower-case extension without the dot; '' when none. */
  extension: string;
  /** Up to 64 KiB of the decoded text, without a byte order mark or leading whitespace. */
  head: string;
  /** The first element of an XML text (`tag` is its start tag as written), else undefined. */
  root: { local: string; tag: string } | undefined;
}

/**
 * How sure a sniff is. 'sure': the content says it (wins over the extension: an XLIFF 2 file named
 * .xlf). 'maybe': a guess used only when no importer owns the extension (a tab-separated .txt).
 */
export type Sniffed = 'sure' | 'maybe' | null;

export interface ImportOptions {
  /** TSV/CSV: which column is which (guessed when absent, and the guess is reported). */
  mapping?: ColumnMapping;
  /** TMX: languages the caller knows better than the file. */
  tmx?: TmxOptions;
}

interface ImporterBase {
  /** Stable id, as the preview and `ImportedFile.format` report it. */
  format: string;
  /** Short name for people: "XLIFF 1.2", "Phrase MXLIFF". */
  label: string;
  /** Lower-case, without the dot. */
  extensions: readonly string[];
  sniff(input: SniffInput): Sniffed;
  /** The file must be UTF-8, whatever its bytes look like (JSONL). */
  utf8Only?: boolean;
}

/** A format of translation units: pairs of source and target with status and notes. */
export interface PairsImporter extends ImporterBase {
  kind: 'pairs';
  /** TSV/CSV: the import dialog lets the user say which column is which. */
  columns?: boolean;
  parse(text: string, name: string, options: ImportOptions): ImportedFile;
}

/** Mizan's own JSONL: a whole document with annotations, speakers and comments. */
export interface DocumentImporter extends ImporterBase {
  kind: 'document';
  parse(text: string, name: string): ImportedJsonl;
}

export type Importer = PairsImporter | DocumentImporter;

export type ParsedImport = { kind: 'pairs'; importer: PairsImporter; file: ImportedFile } | { kind: 'document'; importer: DocumentImporter; file: ImportedJsonl };

/** `talk.docx.sdlxliff` → `sdlxliff`; '' when there is none. */
export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/** The XLIFF version a root start tag says: 2 by its version or namespace, else 1. */
export function xliffMajor(tag: string): 1 | 2 {
  const version = /\sversion\s*=\s*["']\s*([^"']*)["']/.exec(tag)?.[1] ?? '';
  return version.startsWith('2') || tag.includes('urn:oasis:names:tc:xliff:document:2.') ? 2 : 1;
}
