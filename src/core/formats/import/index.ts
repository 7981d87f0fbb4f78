// Import parsers for bilingual files: TMX, XLIFF 1.2/2.0/.sdlxliff, TSV/CSV. Pure functions of
// their input; a malformed file is refused whole with MizanError('bad-input') naming the line and
// the reason, so nothing is half-imported. Inline markup is flattened to text with a warning
// (inline.ts says how); text is otherwise kept exactly, composed to NFC.
export { parseTmx, type TmxOptions } from './tmx.js';
export { parseXliff } from './xliff.js';
export { previewDelimited, parseDelimited, type ColumnMapping, type DelimitedPreview, type Delimiter } from './delimited.js';
export { importerForFile, parseBilingual, parseImport } from './bilingual.js';
export type { Importer, ImportOptions, PairsImporter, DocumentImporter, ParsedImport } from './importer.js';
