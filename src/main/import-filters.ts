// The import dialog's file-type filters, from the importer registry (no Electron here, so a unit
// test can check them): everything Mizan imports first, then plain text and each format on its own.
import { IMPORT_EXTENSIONS, IMPORTERS, PLAIN_TEXT } from '../core/formats/importers.js';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export const IMPORT_FILTERS: readonly FileFilter[] = [
  { name: 'Text and bilingual files', extensions: [...PLAIN_TEXT.extensions, ...IMPORT_EXTENSIONS] },
  { name: PLAIN_TEXT.label, extensions: [...PLAIN_TEXT.extensions] },
  ...IMPORTERS.filter((i) => i.extensions.length > 0).map((i) => ({ name: i.label, extensions: [...i.extensions] })),
  { name: 'All files', extensions: ['*'] },
];
