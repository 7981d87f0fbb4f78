import { stringify } from 'csv-stringify/sync';
import type { ExportFormat, Exporter } from '../types.js';

const HEADER = ['id', 'position', 'paragraph', 'status', 'source', 'target', 'do_not_translate', 'comments'];

function delimitedExporter(format: Extract<ExportFormat, 'tsv' | 'csv'>, delimiter: string): Exporter {
  return {
    format,
    extension: format,
    label: format.toUpperCase(),
    export(_doc, segments, _speakers, write, options) {
      // RFC 4180 quoting for both: a tab or a line break inside a text survives the round trip.
      const row = (cells: (string | number)[]) => stringify([cells], { delimiter, quoted_match: /[\t\n\r"]/, record_delimiter: '\r\n' });
      if (options.bom) write('\uFEFF');
      write(row(HEADER));
      let units = 0;
      for (const s of segments) {
        units++;
        const comments = s.comments.map((c) => `${c.author}: ${c.body}${c.resolvedAt !== null ? ' [resolved]' : ''}`).join('\n');
        write(row([s.id, s.position, s.paragraph, s.status, s.source, s.target, s.doNotTranslate ? 'yes' : 'no', comments]));
      }
      return { units, skipped: 0, warnings: [] };
    },
  };
}

export const tsvExporter = delimitedExporter('tsv', '\t');
export const csvExporter = delimitedExporter('csv', ',');
