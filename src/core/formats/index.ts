// The exchange formats, one module each, in one registry.
import { csvExporter, tsvExporter } from './exporters/delimited.js';
import { htmlExporter } from './exporters/html.js';
import { jsonlExporter } from './exporters/jsonl.js';
import { tmxExporter } from './exporters/tmx.js';
import { txtExporter } from './exporters/txt.js';
import { xliff12Exporter, xliff2Exporter } from './exporters/xliff.js';
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
