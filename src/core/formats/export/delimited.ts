// TSV and CSV export: one row per segment (every segment, do-not-translate and untranslated ones
// included), after a header row:
//   id, position, paragraph, status, source, target, do_not_translate (yes|no), comments[, qa]
// qa (options.qa) = one line per finding of the quality checks ("error empty-target: …"), joined by LF.
// comments = one line per comment ("author: body", replies "↳ ", resolved " [resolved]"), joined by LF.
// Quoting is RFC 4180 via csv-stringify for both: a field with the delimiter, a quote, CR or LF is
// quoted and its quotes doubled, rows end with CRLF. TSV quotes every non-empty field, so the file is
// unambiguously quoted: tabs and line breaks inside a text survive, and Mizan's importer (which reads
// tab-separated files as plain TSV unless every field is quoted) reads it back exactly.
// options.bom writes U+FEFF first ("UTF-8 with BOM"), which Excel needs to read Arabic as UTF-8.
// Text is written exactly as stored — control characters too; nothing is removed.
// options.guardFormulas prefixes a text cell that a spreadsheet would run as a formula (one starting
// with = + - @, a tab or CR — OWASP's "CSV injection" list) with an apostrophe, so Excel/LibreOffice
// show it as text. That changes the text, so it is off unless asked for, and counted in a warning.
import { stringify } from 'csv-stringify/sync';
import type { ExportFormat, Exporter } from '../types.js';
import { EXPORT_FORMAT_INFO, qaFindingLine } from '../types.js';
import { commentLine } from './text.js';

/** What spreadsheet programs read as the start of a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 row ending in CRLF; TSV quotes every non-empty field (see above). */
export function delimitedRow(cells: readonly (string | number)[], format: 'tsv' | 'csv'): string {
  return stringify([cells], { delimiter: format === 'tsv' ? '\t' : ',', record_delimiter: 'windows', quote: '"', escape: '"', quoted: format === 'tsv' });
}

export const DELIMITED_COLUMNS = ['id', 'position', 'paragraph', 'status', 'source', 'target', 'do_not_translate', 'comments'] as const;

function delimitedExporter(format: Extract<ExportFormat, 'tsv' | 'csv'>): Exporter {
  return {
    format,
    extension: EXPORT_FORMAT_INFO[format].extension,
    label: EXPORT_FORMAT_INFO[format].label,
    options: EXPORT_FORMAT_INFO[format].options,
    async export(_doc, segments, _speakers, write, options) {
      const row = (cells: readonly (string | number)[]): string => delimitedRow(cells, format);
      write(`${options.bom ? '\uFEFF' : ''}${row(options.qa ? [...DELIMITED_COLUMNS, 'qa'] : DELIMITED_COLUMNS)}`);
      let units = 0;
      let guarded = 0;
      const text = (value: string): string => {
        if (!options.guardFormulas || !FORMULA_START.test(value)) return value;
        guarded++;
        return `'${value}`;
      };
      for await (const s of segments) {
        units++;
        const cells = [s.id, s.position, s.paragraph, s.status, text(s.source), text(s.target), s.doNotTranslate ? 'yes' : 'no', text(s.comments.map(commentLine).join('\n'))];
        if (options.qa) cells.push(text((s.qa ?? []).map(qaFindingLine).join('\n')));
        write(row(cells));
      }
      const warnings = guarded ? [`${guarded} cell${guarded === 1 ? '' : 's'} began with = + - @ and got a leading ' so spreadsheets show ${guarded === 1 ? 'it' : 'them'} as text.`] : [];
      return { units, skipped: 0, warnings };
    },
  };
}

export const tsvExporter = delimitedExporter('tsv');
export const csvExporter = delimitedExporter('csv');
