// TSV/CSV import with a column-mapping preview. Rows are read by table.ts: a tab-separated file as
// TSV (one row per line, no quoting) unless every field is in quotes; CSV and semicolon files with
// RFC 4180 quoting. Fields are kept exactly (NFC only): no trimming. Whatever makes the units differ
// from the lines (blank lines, rows over several lines, rows with another number of columns) is said
// in a warning, never silent.
import type { SegmentStatus } from '../../model.js';
import type { ImportedFile, ImportedUnit } from '../types.js';
import { clean, isBlank, looksLikeLanguageTag, mizanStatus, note, primarySubtag, refuse, stripBom, tidyTag, units, WarningCounter, were } from './common.js';
import type { PairsImporter, SniffInput, Sniffed } from './importer.js';
import { quotingFor, readTable, type TableRow } from './table.js';

export type Delimiter = '\t' | ',' | ';';

export interface ColumnMapping {
  /** 0-based column indexes. */
  source: number;
  target: number;
  status?: number;
  id?: number;
  notes?: number;
  hasHeader: boolean;
  delimiter: Delimiter;
}

export interface DelimitedPreview {
  delimiter: Delimiter;
  /** The first 10 rows (the header included when there is one), blank rows left out. */
  rows: string[][];
  suggested: ColumnMapping;
}

const DELIMITERS: readonly Delimiter[] = ['\t', ',', ';'];
const SAMPLE_ROWS = 50;
const PREVIEW_ROWS = 10;

type Row = TableRow;

function readRows(text: string, name: string, delimiter: Delimiter, toLine?: number): Row[] {
  return readTable(text, name, delimiter, quotingFor(text, name, delimiter), toLine);
}

const isBlankRow = (row: Row): boolean => row.cells.every((c) => c.trim() === '');

/** Guesses the delimiter: the one that splits the most sample rows into the same number (≥ 2) of columns. */
function guessDelimiter(text: string, name: string): Delimiter {
  const preferred: Delimiter | undefined = /\.(tsv|tab)$/i.test(name) ? '\t' : /\.csv$/i.test(name) ? ',' : undefined;
  let best: { delimiter: Delimiter; score: number } | undefined;
  let preferredError: unknown;
  for (const delimiter of DELIMITERS) {
    let rows: Row[];
    try {
      rows = readRows(text, name, delimiter, SAMPLE_ROWS).filter((r) => !isBlankRow(r));
    } catch (error) {
      // The extension's own delimiter failing says more than "no delimiter fits" (an unclosed quote, 100,000 columns).
      if (delimiter === preferred) preferredError = error;
      continue;
    }
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
    let modal = 0;
    let modalRows = 0;
    for (const [len, n] of counts) if (len >= 2 && n > modalRows) [modal, modalRows] = [len, n];
    if (modal < 2) continue;
    const score = modalRows / rows.length + (delimiter === preferred ? 0.01 : 0);
    if (!best || score > best.score) best = { delimiter, score };
  }
  if (!best && preferredError !== undefined) throw preferredError;
  if (!best) throw refuse(name, null, 'no tab, comma or semicolon divides its lines into columns, so it is not a TSV or CSV table');
  return best.delimiter;
}

type Role = 'source' | 'target' | 'status' | 'id' | 'notes';

const HEADER_WORDS: Record<Role, readonly string[]> = {
  source: ['source', 'src', 'source text', 'source segment', 'original', 'arabic', 'عربي', 'العربية', 'النص', 'المصدر'],
  target: ['target', 'tgt', 'target text', 'target segment', 'translation', 'english', 'الإنجليزية', 'الانجليزية', 'الترجمة'],
  status: ['status', 'state', 'الحالة'],
  id: ['id', 'segment id', 'segment', 'key', 'tuid', 'unit id', '#', 'no', 'number', 'رقم'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks', 'ملاحظات', 'تعليق'],
};

function headerRole(cell: string): Role | undefined {
  const key = cell.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  for (const role of Object.keys(HEADER_WORDS) as Role[]) if (HEADER_WORDS[role].includes(key)) return role;
  if (looksLikeLanguageTag(cell)) {
    const p = primarySubtag(cell);
    if (p === 'ar') return 'source';
    if (p === 'en') return 'target';
  }
  return undefined;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;

function share(cells: string[], re: RegExp): number {
  let hits = 0;
  let letters = 0;
  for (const c of cells) {
    hits += c.match(re)?.length ?? 0;
    letters += c.match(LETTER)?.length ?? 0;
  }
  return letters === 0 ? 0 : hits / letters;
}

function suggest(rows: Row[], delimiter: Delimiter): ColumnMapping {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const roles = new Map<Role, number>();
  const first = rows[0];
  if (first) {
    first.cells.forEach((cell, i) => {
      const role = headerRole(cell);
      if (role && !roles.has(role)) roles.set(role, i);
    });
  }
  const hasHeader = roles.has('source') || roles.has('target');
  if (!hasHeader) roles.clear();
  const data = hasHeader ? rows.slice(1) : rows;
  const column = (i: number): string[] => data.map((r) => r.cells[i] ?? '').filter((c) => c.trim() !== '');
  const taken = (i: number): boolean => [...roles.values()].includes(i);

  if (!hasHeader) {
    for (let i = 0; i < width; i++) {
      const cells = column(i);
      if (cells.length === 0) continue;
      if (!roles.has('id') && cells.every((c) => /^\s*[\w.:/-]{1,40}\s*$/.test(c) && /\d/.test(c)) && share(cells, LETTER) === 0) roles.set('id', i);
      else if (!roles.has('status') && cells.every((c) => mizanStatus(c) !== undefined)) roles.set('status', i);
    }
  }
  if (!roles.has('source')) {
    let best = -1;
    let bestShare = 0.3;
    for (let i = 0; i < width; i++) {
      if (taken(i)) continue;
      const s = share(column(i), ARABIC);
      if (s > bestShare) [best, bestShare] = [i, s];
    }
    if (best < 0) for (let i = 0; i < width && best < 0; i++) if (!taken(i)) best = i;
    if (best >= 0) roles.set('source', best);
  }
  if (!roles.has('target')) {
    let best = -1;
    let bestShare = -1;
    for (let i = 0; i < width; i++) {
      if (taken(i)) continue;
      const s = share(column(i), LATIN);
      if (s > bestShare) [best, bestShare] = [i, s];
    }
    if (best >= 0) roles.set('target', best);
  }
  const source = roles.get('source') ?? 0;
  const mapping: ColumnMapping = { source, target: roles.get('target') ?? (source === 0 ? 1 : 0), hasHeader, delimiter };
  for (const role of ['status', 'id', 'notes'] as const) {
    const i = roles.get(role);
    if (i !== undefined) mapping[role] = i;
  }
  return mapping;
}

export function previewDelimited(text: string, name: string): DelimitedPreview {
  text = stripBom(text);
  if (isBlank(text)) throw refuse(name, null, 'the file is empty');
  const delimiter = guessDelimiter(text, name);
  const sample = readRows(text, name, delimiter, SAMPLE_ROWS).filter((r) => !isBlankRow(r));
  return { delimiter, rows: sample.slice(0, PREVIEW_ROWS).map((r) => r.cells), suggested: suggest(sample, delimiter) };
}

function checkMapping(mapping: ColumnMapping, name: string): void {
  const used = new Map<number, string>();
  for (const role of ['source', 'target', 'status', 'id', 'notes'] as const) {
    const i = mapping[role];
    if (i === undefined) continue;
    if (!Number.isInteger(i) || i < 0) throw refuse(name, null, `the ${role} column (${String(i)}) is not a column number`);
    const other = used.get(i);
    if (other !== undefined) throw refuse(name, null, `column ${i + 1} cannot be both the ${other} and the ${role}`);
    used.set(i, role);
  }
  if (!DELIMITERS.includes(mapping.delimiter)) throw refuse(name, null, `the delimiter ${JSON.stringify(mapping.delimiter)} is not a tab, comma or semicolon`);
}

/** A language from a header cell: a tag ("ar-SY") or a name Mizan knows; else null. */
function headerLanguage(cell: string | undefined): string | null {
  if (cell === undefined) return null;
  const key = cell.trim().toLowerCase();
  if (key === 'arabic' || key === 'عربي' || key === 'العربية') return 'ar';
  if (key === 'english' || key === 'الإنجليزية' || key === 'الانجليزية') return 'en';
  if (/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(key) && !['src', 'tgt', 'id', 'no', 'key'].includes(key)) return tidyTag(cell);
  return null;
}

export function parseDelimited(text: string, name: string, mapping: ColumnMapping): ImportedFile {
  text = stripBom(text);
  if (isBlank(text)) throw refuse(name, null, 'the file is empty');
  checkMapping(mapping, name);
  const quoting = quotingFor(text, name, mapping.delimiter);
  const rows = readTable(text, name, mapping.delimiter, quoting);
  const warnings = new WarningCounter();
  const widths = new Map<number, number>();
  for (const row of rows) if (!isBlankRow(row)) widths.set(row.cells.length, (widths.get(row.cells.length) ?? 0) + 1);
  const modal = [...widths].reduce((best, w) => (w[1] > best[1] ? w : best), [0, 0])[0];
  const otherWidths = new Set<number>();
  const unknownStatuses = new Set<string>();
  const ids = new Map<string, number>();
  const out: ImportedUnit[] = [];
  let header: Row | undefined;
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    if (mapping.hasHeader && !header) {
      header = row;
      continue;
    }
    if (row.cells.length !== modal) {
      otherWidths.add(row.cells.length);
      warnings.add('width', `line ${row.line}`);
    }
    if (row.lines > 1) warnings.add('multiline', `line ${row.line}`);
    const cell = (i: number | undefined): string => (i === undefined ? '' : (row.cells[i] ?? ''));
    const source = cell(mapping.source);
    let target = cell(mapping.target);
    if (isBlank(source)) {
      if (isBlank(target)) {
        warnings.add('noText', `line ${row.line}`);
        continue;
      }
      throw refuse(name, row.line, `the row has a translation but no source text in column ${mapping.source + 1}`);
    }
    if (isBlank(target)) {
      target = '';
      warnings.add('untranslated', `line ${row.line}`);
    }
    const rawId = cell(mapping.id).trim();
    if (rawId !== '') {
      const first = ids.get(rawId);
      if (first !== undefined) throw refuse(name, row.line, `duplicate id "${rawId}" in column ${(mapping.id ?? 0) + 1} (first used on line ${first})`);
      ids.set(rawId, row.line);
    }
    const rawStatus = cell(mapping.status).trim();
    let status: SegmentStatus | null = null;
    if (rawStatus !== '') {
      status = mizanStatus(rawStatus) ?? null;
      if (status === null) {
        unknownStatuses.add(rawStatus);
        warnings.add('status', `line ${row.line}`);
      }
    }
    const notes = cell(mapping.notes);
    out.push({ id: rawId === '' ? null : rawId, source: clean(source), target: clean(target), status, notes: isBlank(notes) ? [] : [note(notes)] });
  }
  if (out.length === 0) throw refuse(name, null, `no row has text in the source column (${mapping.source + 1})`);
  return {
    format: mapping.delimiter === '\t' ? 'tsv' : 'csv',
    sourceLang: headerLanguage(header?.cells[mapping.source]),
    targetLang: headerLanguage(header?.cells[mapping.target]),
    units: out,
    warnings: [
      ...(quoting === 'quoted' && mapping.delimiter === '\t' ? ['every field is in quotes, so the tab-separated file was read with CSV quoting'] : []),
      ...warnings.messages({
      width: (n) => `${n === 1 ? '1 row has' : `${n} rows have`} ${[...otherWidths].sort((a, b) => a - b).join(' or ')} columns where the others have ${modal} (a tab or line break inside the text?); check them`,
      multiline: (n) => `${n === 1 ? '1 row spans' : `${n} rows span`} several lines (quoted fields with line breaks), so the units are fewer than the lines`,
      noText: (n) => `${n === 1 ? '1 row' : `${n} rows`} had no source or target text and ${n === 1 ? 'was' : 'were'} skipped`,
      untranslated: (n) => `${units(n)} had no target text and ${were(n)} imported as untranslated`,
      status: (n) => `${units(n)} had a status Mizan does not know (${[...unknownStatuses].map((s) => `"${s}"`).join(', ')}); their status was left unset`,
      }),
    ],
  };
}

/** Parses with the mapping given, or the suggested one, saying which columns were guessed. */
function parseWithMapping(text: string, name: string, mapping: ColumnMapping | undefined): ImportedFile {
  if (mapping) return parseDelimited(text, name, mapping);
  const used = previewDelimited(text, name).suggested;
  const col = (i: number | undefined): string => (i === undefined ? 'none' : `column ${i + 1}`);
  const guessed = `columns were guessed: source ${col(used.source)}, target ${col(used.target)}, id ${col(used.id)}, status ${col(used.status)}${used.hasHeader ? ', first row is a header' : ''}`;
  const file = parseDelimited(text, name, used);
  return { ...file, warnings: [guessed, ...file.warnings] };
}

/** A guess for files without a telling extension (.txt): the character on most of the first lines. */
function mostLinesHave(input: SniffInput, chars: readonly string[]): Sniffed {
  if (input.root !== undefined || input.head.startsWith('<') || input.head.startsWith('{')) return null;
  const lines = input.head.split('\n', 20).filter((l) => l.trim() !== '');
  if (lines.length === 0) return null;
  return chars.some((ch) => lines.filter((l) => l.includes(ch)).length >= lines.length * 0.8) ? 'maybe' : null;
}

export const tsvImporter: PairsImporter = {
  kind: 'pairs',
  format: 'tsv',
  label: 'TSV',
  extensions: ['tsv', 'tab'],
  columns: true,
  sniff: (input) => mostLinesHave(input, ['\t']),
  parse: (text, name, options) => parseWithMapping(text, name, options.mapping),
};

export const csvImporter: PairsImporter = {
  kind: 'pairs',
  format: 'csv',
  label: 'CSV',
  extensions: ['csv'],
  columns: true,
  sniff: (input) => mostLinesHave(input, [',', ';']),
  parse: (text, name, options) => parseWithMapping(text, name, options.mapping),
};
