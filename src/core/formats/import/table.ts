// Rows of a delimited file, read one of two ways, in one linear pass with no recursion:
//
// - 'plain' — IANA text/tab-separated-values: one row per line, fields split at every tab, no
//   quoting. Tab-separated files are read this way, because news text often opens a quotation in
//   one sentence and closes it in the next, so a field that starts with `"` and does not end on its
//   line is ordinary text, not a quoted field running into the next lines.
// - 'quoted' — RFC 4180: a field may be quoted, and then may hold the delimiter, line breaks and
//   doubled quotes. CSV is read this way; a tab-separated file only when it is unambiguously
//   quoted (every non-empty field in quotes, as "quote all" exports write it: see `isQuotedTable`).
//   A `"` inside an unquoted field is kept as a character (hand-written files have them).
//
// Every row knows the line it starts on and how many lines it spans, so refusals and warnings name
// the right line. Limits keep a hostile file cheap to refuse: MAX_COLUMNS per row, MAX_FIELD per field.
import { refuse } from './common.js';

export type Quoting = 'plain' | 'quoted';

export interface TableRow {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
  /** Lines the row spans (more than 1 only for a quoted field with line breaks). */
  lines: number;
}

/** No bilingual table has more; a line of 100,000 tabs is refused instead of being mapped column by column. */
export const MAX_COLUMNS = 1000;
/** Characters in one field: far above any segment (a whole article is ~50,000). */
export const MAX_FIELD = 1_000_000;

const NAMES: Record<string, string> = { '\t': 'tab', ',': 'comma', ';': 'semicolon' };

function checkRow(name: string, cells: string[], line: number): void {
  if (cells.length > MAX_COLUMNS) {
    throw refuse(name, line, `the row has ${cells.length} columns; Mizan reads at most ${MAX_COLUMNS}, so this is not a bilingual table`);
  }
}

function checkField(name: string, length: number, line: number): void {
  if (length > MAX_FIELD) {
    throw refuse(name, line, `a field is ${length.toLocaleString('en')} characters long; Mizan reads at most ${MAX_FIELD.toLocaleString('en')} per field`);
  }
}

/** One row per line, split at every delimiter, nothing unquoted. `maxRows` stops early (previews). */
function plainRows(text: string, name: string, delimiter: string, maxRows: number): TableRow[] {
  const rows: TableRow[] = [];
  let start = 0;
  let line = 1;
  while (start <= text.length && rows.length < maxRows) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const body = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (!(end === text.length && body === '' && start > 0)) {
      const cells = body.split(delimiter, MAX_COLUMNS + 1);
      checkRow(name, cells, line);
      for (const cell of cells) checkField(name, cell.length, line);
      rows.push({ cells, line, lines: 1 });
    }
    start = end + 1;
    line++;
  }
  return rows;
}

interface QuotedResult {
  rows: TableRow[];
  /** True when every non-empty field was in quotes (and at least one field was). */
  allQuoted: boolean;
}

/** RFC 4180 rows. An unclosed quote, or text after a closing quote, is refused at the line where its field starts. */
function quotedRows(text: string, name: string, delimiter: string, maxRows: number): QuotedResult {
  const what = NAMES[delimiter] ?? JSON.stringify(delimiter);
  const rows: TableRow[] = [];
  let allQuoted = true;
  let anyQuoted = false;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n && rows.length < maxRows) {
    const rowLine = line;
    const cells: string[] = [];
    let ended = false;
    for (;;) {
      const fieldLine = line;
      let cell: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        anyQuoted = true;
        let j = i + 1;
        let value = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            throw refuse(name, fieldLine, `cannot be read as ${what}-separated values: a quoted field starts here and its closing quote never comes (write a quote inside a field as "")`);
          }
          const piece = text.slice(j, q);
          for (let k = piece.indexOf('\n'); k >= 0; k = piece.indexOf('\n', k + 1)) line++;
          value += piece;
          checkField(name, value.length, fieldLine);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
          throw refuse(name, line, `cannot be read as ${what}-separated values: text follows the closing quote of a quoted field (from line ${fieldLine}); write a quote inside a field as ""`);
        }
        cell = value;
      } else {
        let j = i;
        while (j < n) {
          const c = text[j];
          if (c === delimiter || c === '\n' || (c === '\r' && text[j + 1] === '\n')) break;
          j++;
        }
        cell = text.slice(i, j);
        checkField(name, cell.length, fieldLine);
        if (cell !== '') allQuoted = false;
        i = j;
      }
      cells.push(cell);
      if (cells.length > MAX_COLUMNS) checkRow(name, cells, rowLine);
      if (i >= n) break;
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      // End of the row: \n or \r\n.
      i += text[i] === '\r' ? 2 : 1;
      line++;
      ended = true;
      break;
    }
    rows.push({ cells, line: rowLine, lines: line - rowLine + (ended ? 0 : 1) });
  }
  return { rows, allQuoted: allQuoted && anyQuoted };
}

/**
 * Reads rows. `maxRows` (default all) stops early; a refusal names the file, the line and what to
 * do: `t.csv line 4: a quoted field starts here and its closing quote never comes …`.
 */
export function readTable(text: string, name: string, delimiter: string, quoting: Quoting, maxRows = Infinity): TableRow[] {
  return quoting === 'plain' ? plainRows(text, name, delimiter, maxRows) : quotedRows(text, name, delimiter, maxRows).rows;
}

/**
 * True when the text is unambiguously quoted: it reads as RFC 4180 and every non-empty field is in
 * quotes. One stray `"` at the start of a news sentence does not make a file quoted.
 */
export function isQuotedTable(text: string, name: string, delimiter: string): boolean {
  try {
    return quotedRows(text, name, delimiter, Infinity).allQuoted;
  } catch {
    return false;
  }
}

/** How a file with this delimiter is read: CSV quoted; tab-separated plain unless it is unambiguously quoted. */
export function quotingFor(text: string, name: string, delimiter: string): Quoting {
  return delimiter !== '\t' || isQuotedTable(text, name, delimiter) ? 'quoted' : 'plain';
}
