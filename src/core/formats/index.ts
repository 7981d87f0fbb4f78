// The exchange formats, one module each, in one registry.
import { csvExporter, tsvExporter } from './export/delimited.js';
import { htmlExporter } from './export/html.js';
import { jsonlExporter } from './export/jsonl.js';
import { tmxExporter } from './export/tmx.js';
import { txtExporter } from './export/txt.js';
import { xliff12Exporter } from './export/xliff12.js';
import { xliff2Exporter } from './export/xliff2.js';
import type { ExportFormat, Exporter } from './types.js';

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  tmx: tmxExporter,
  xliff12: xliff12Exporter,
  xliff2: xliff2Exporter,
  tsv: tsvExporter,
  csv: csvExporter,
  jsonl: jsonlExporter,
  html: htmlExporter,
  txt: txtExporter,
};

export function exporterFor(format: ExportFormat): Exporter {
  return EXPORTERS[format];
}
