// TSV and CSV export: one row per segment (every segment, do-not-translate and untranslated ones
// included), after a header row:
//   id, position, paragraph, status, source, target, do_not_translate (yes|no), comments
// comments = one line per comment ("author: body", replies "↳ ", resolved " [resolved]"), joined by LF.
// Quoting is RFC 4180 via csv-stringify for both: a field with the delimiter, a quote, CR or LF is
// quoted and its quotes doubled, rows end with CRLF. TSV uses the same rules with a tab delimiter, so
// tabs and line breaks inside a text survive (a spreadsheet or csv-parse reads them back exactly).
// options.bom writes U+FEFF first ("UTF-8 with BOM"), which Excel needs to read Arabic as UTF-8.
// Text is written exactly as stored — control characters too; nothing is removed.
// Not done: neutralising spreadsheet formulas (a cell starting with = + - @) would change the text.
import { stringify } from 'csv-stringify/sync';
import type { ExportFormat, Exporter } from '../types.js';
import { EXPORT_FORMAT_INFO } from '../types.js';
import { commentLine } from './text.js';

export const DELIMITED_COLUMNS = ['id', 'position', 'paragraph', 'status', 'source', 'target', 'do_not_translate', 'comments'] as const;

function delimitedExporter(format: Extract<ExportFormat, 'tsv' | 'csv'>, delimiter: string): Exporter {
  return {
    format,
    extension: EXPORT_FORMAT_INFO[format].extension,
    label: EXPORT_FORMAT_INFO[format].label,
    export(_doc, segments, _speakers, write, options) {
      const row = (cells: readonly (string | number)[]): string => stringify([cells], { delimiter, record_delimiter: 'windows', quote: '"', escape: '"' });
      write(`${options.bom ? '\uFEFF' : ''}${row(DELIMITED_COLUMNS)}`);
      let units = 0;
      for (const s of segments) {
        units++;
        write(row([s.id, s.position, s.paragraph, s.status, s.source, s.target, s.doNotTranslate ? 'yes' : 'no', s.comments.map(commentLine).join('\n')]));
      }
      return { units, skipped: 0, warnings: [] };
    },
  };
}

export const tsvExporter = delimitedExporter('tsv', '\t');
export const csvExporter = delimitedExporter('csv', ',');
