// OmegaT's tab-separated glossary (`source⇥target⇥comment`, one pair a line, no header) and CSV, both
// read through the document importers' table reader (same bounds: columns, field size; TSV plain, CSV
// quoted). A first row whose cells are column names (source/arabic/ar, target/english/en, comment/note,
// status, part of speech, domain) is a header and says which column is which; otherwise the columns are
// source, target, comment. Lines with the same Arabic term become one entry with several English terms
// (OmegaT writes one line per pair), the first preferred. `#` lines are comments (OmegaT's convention).
import { readTable, quotingFor } from '../../formats/import/table.js';
import { refuse, stripBom } from '../../formats/import/common.js';
import { termKey } from '../recognise.js';
import { TERM_STATUSES, type GlossaryEntry, type GlossaryEntryFields, type TermStatus } from '../types.js';
import type { GlossaryFormat, GlossaryFormatModule, ImportedGlossary } from './types.js';

type Column = 'source' | 'target' | 'note' | 'status' | 'partOfSpeech' | 'domain';

const HEADER_NAMES: Record<string, Column> = {
  source: 'source', 'source term': 'source', arabic: 'source', ar: 'source', term: 'source', 'عربي': 'source', 'المصطلح': 'source',
  target: 'target', 'target term': 'target', english: 'target', en: 'target', translation: 'target', 'إنجليزي': 'target',
  comment: 'note', comments: 'note', note: 'note', notes: 'note', definition: 'note',
  status: 'status',
  pos: 'partOfSpeech', 'part of speech': 'partOfSpeech', part_of_speech: 'partOfSpeech',
  domain: 'domain', subject: 'domain', 'subject field': 'domain',
};

const DEFAULT_COLUMNS: readonly Column[] = ['source', 'target', 'note'];

function headerColumns(cells: readonly string[]): (Column | null)[] | null {
  const columns = cells.map((c) => HEADER_NAMES[c.trim().toLowerCase().replace(/^(ar|en)[-_]\w+$/, '$1')] ?? null);
  return columns.includes('source') && columns.includes('target') ? columns : null;
}

function statusOf(value: string): TermStatus | null {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if ((TERM_STATUSES as readonly string[]).includes(v)) return v as TermStatus;
  if (v === 'deprecated' || v === 'do not use') return 'forbidden';
  return null;
}

function parseDelimitedGlossary(text: string, name: string, origin: string, delimiter: string): ImportedGlossary {
  text = stripBom(text);
  if (text.trim() === '') throw refuse(name, null, 'the file is empty');
  const rows = readTable(text, name, delimiter, quotingFor(text, name, delimiter)).filter(
    (r) => !(r.cells.length === 1 && r.cells[0]!.trim() === '') && !r.cells[0]!.startsWith('#'),
  );
  const first = rows[0];
  const header = first ? headerColumns(first.cells) : null;
  const columns = header ?? DEFAULT_COLUMNS;
  const bySource = new Map<string, GlossaryEntryFields>();
  const entries: GlossaryEntryFields[] = [];
  let noSource = 0;
  let badStatus = 0;
  const what = delimiter === '\t' ? 'tab' : 'comma';
  for (const row of header ? rows.slice(1) : rows) {
    if (row.cells.length < 2) {
      throw refuse(name, row.line, `the line has no ${what}; a glossary line is Arabic term${delimiter === '\t' ? '⇥' : ','}English term${delimiter === '\t' ? '⇥' : ','}comment`);
    }
    const cell = (column: Column): string => {
      const at = columns.indexOf(column);
      return at < 0 ? '' : (row.cells[at] ?? '').normalize('NFC').trim();
    };
    const source = cell('source');
    const target = cell('target');
    if (source === '') {
      noSource++;
      continue;
    }
    const rawStatus = cell('status');
    const status = statusOf(rawStatus);
    if (rawStatus !== '' && status === null) badStatus++;
    const key = termKey(source);
    let entry = bySource.get(key);
    if (!entry) {
      entry = { sources: [{ text: source, status: 'preferred' }], targets: [], partOfSpeech: cell('partOfSpeech'), domain: cell('domain'), note: '', origin };
      bySource.set(key, entry);
      entries.push(entry);
    }
    if (target !== '' && !entry.targets.some((t) => t.text === target)) {
      const usable = entry.targets.some((t) => t.status === 'preferred');
      entry.targets.push({ text: target, status: status ?? (usable ? 'admitted' : 'preferred') });
    }
    const note = cell('note');
    if (note !== '' && !entry.note.split('\n').includes(note)) entry.note = entry.note === '' ? note : `${entry.note}\n${note}`;
  }
  const warnings: string[] = [];
  if (noSource > 0) warnings.push(`${noSource} ${noSource === 1 ? 'line has' : 'lines have'} no Arabic term and ${noSource === 1 ? 'was' : 'were'} left out`);
  if (badStatus > 0) warnings.push(`${badStatus} status ${badStatus === 1 ? 'value is' : 'values are'} not preferred, admitted or forbidden and ${badStatus === 1 ? 'was' : 'were'} read as admitted`);
  return { entries, warnings };
}

/** A cell for a plain TSV line: tabs and line breaks would start a new field or line. */
function tsvCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeTsv(entries: readonly GlossaryEntry[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    const source = entry.sources.find((t) => t.status !== 'forbidden') ?? entry.sources[0];
    if (!source) continue;
    // OmegaT has no term status: forbidden English is left out rather than offered as a translation.
    const targets = entry.targets.filter((t) => t.status !== 'forbidden');
    for (const target of targets.length > 0 ? targets : [{ text: '' }]) lines.push([source.text, target.text, entry.note].map(tsvCell).join('\t'));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function writeCsv(entries: readonly GlossaryEntry[]): string {
  const lines = ['source,target,status,note,part_of_speech,domain'];
  for (const entry of entries) {
    const source = entry.sources.find((t) => t.status !== 'forbidden') ?? entry.sources[0];
    if (!source) continue;
    for (const target of entry.targets.length > 0 ? entry.targets : [{ text: '', status: 'preferred' as const }]) {
      lines.push([source.text, target.text, target.status, entry.note, entry.partOfSpeech, entry.domain].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function delimitedFormat(format: GlossaryFormat, label: string, delimiter: string, extensions: readonly string[], write: (entries: readonly GlossaryEntry[]) => string): GlossaryFormatModule {
  return {
    format,
    label,
    extensions,
    sniff: (text) => {
      const firstLine = stripBom(text).split('\n', 1)[0] ?? '';
      if (firstLine.trimStart().startsWith('<')) return null;
      return firstLine.includes(delimiter) ? 'maybe' : null;
    },
    parse: (text, name, origin) => parseDelimitedGlossary(text, name, origin, delimiter),
    write: (entries) => write(entries),
  };
}

export const tsvFormat = delimitedFormat('tsv', 'Tab-separated glossary (OmegaT)', '\t', ['tsv', 'txt', 'tab', 'utf8'], writeTsv);
export const csvFormat = delimitedFormat('csv', 'CSV glossary', ',', ['csv'], writeCsv);
