// The exporters, one module per format (the registry is ../index.ts).
export { csvExporter, tsvExporter, DELIMITED_COLUMNS } from './delimited.js';
export { htmlExporter, escapeHtml, HTML_FONT_FILES } from './html.js';
export { jsonlExporter, JSONL_OFFSETS } from './jsonl.js';
export { tmxExporter } from './tmx.js';
export { txtExporter } from './txt.js';
export { xliff12Exporter, XLIFF12_STATE } from './xliff12.js';
export { xliff2Exporter, XLIFF2_STATE } from './xliff2.js';
