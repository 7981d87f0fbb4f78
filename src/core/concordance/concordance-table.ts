import { delimitedRow, FORMULA_START } from '../formats/export/delimited.js';
import type { ConcordanceHit } from './types.js';

// A concordance as a spreadsheet: one row per hit, KWIC columns (words before, hit, words after),
// the English and its highlighted part, and where the hit is. Cells a spreadsheet would run as a
// formula get a leading apostrophe: a concordance is read, not re-imported, so nothing is lost.

export const CONCORDANCE_COLUMNS = ['origin', 'segment', 'before', 'hit', 'after', 'english', 'english_highlight', 'evidence'] as const;

const guard = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

function originLabel(hit: ConcordanceHit): { origin: string; segment: string } {
  return hit.origin.kind === 'segment'
    ? { origin: hit.origin.documentTitle, segment: String(hit.origin.position + 1) }
    : { origin: hit.origin.memory, segment: '' };
}

/** The whole table, header first, UTF-8 with a BOM so spreadsheet programs read the Arabic. */
export function concordanceTable(hits: readonly ConcordanceHit[], format: 'tsv' | 'csv'): string {
  let out = `\uFEFF${delimitedRow(CONCORDANCE_COLUMNS, format)}`;
  for (const hit of hits) {
    const { origin, segment } = originLabel(hit);
    const english = hit.english ? hit.target.slice(hit.english.start, hit.english.end) : '';
    const cells = [
      origin, segment, hit.source.slice(0, hit.match.start).trim(), hit.source.slice(hit.match.start, hit.match.end),
      hit.source.slice(hit.match.end).trim(), hit.target, english, hit.evidence ?? '',
    ];
    out += delimitedRow(cells.map(guard), format);
  }
  return out;
}
