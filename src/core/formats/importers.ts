// The import formats, one module each, in one registry: the file dialog's filters, the app's and the
// CLI's routing, and the names the import preview shows all come from this list. Adding a format is
// one module exporting an Importer (import/importer.ts) and one line here. Order matters where two
// formats share a shape: the first importer sure of a file's content wins (XLIFF 2 and SDL's dialect
// before plain XLIFF 1.2), then the one that owns the extension, then the first that guesses.
import type { Importer, SniffInput } from './import/importer.js';
import { extensionOf } from './import/importer.js';
import { csvImporter, tsvImporter } from './import/delimited.js';
import { jsonlImporter } from './import/jsonl.js';
import { mxliffImporter } from './import/mxliff.js';
import { tmxImporter } from './import/tmx.js';
import { sdlxliffImporter, xliff12Importer, xliff2Importer } from './import/xliff.js';
import { sniffRoot } from './import/xml.js';

export const IMPORTERS: readonly Importer[] = [
  tmxImporter,
  xliff2Importer,
  sdlxliffImporter,
  mxliffImporter,
  xliff12Importer,
  tsvImporter,
  csvImporter,
  jsonlImporter,
];

/** Plain text: a source (or a translation) split into sentences, not a format of units. */
export const PLAIN_TEXT = { label: 'Text files', extensions: ['txt', 'text', 'md'] } as const;

/** Every extension an importer owns, without the dot, in registry order. */
export const IMPORT_EXTENSIONS: readonly string[] = [...new Set(IMPORTERS.flatMap((i) => i.extensions))];

export function importerFor(format: string): Importer | undefined {
  return IMPORTERS.find((i) => i.format === format);
}

/** The importer that owns the file name's extension (`.xlf` → XLIFF 1.2, whatever is inside). */
export function importerForName(name: string): Importer | undefined {
  const extension = extensionOf(name);
  return extension === '' ? undefined : IMPORTERS.find((i) => i.extensions.includes(extension));
}

/** The label people see for a format id (the preview): "XLIFF 2.0"; the id itself when unknown. */
export function importLabel(format: string): string {
  return importerFor(format)?.label ?? format;
}

function sniffInput(name: string, text: string): SniffInput {
  const head = text.slice(0, 64 * 1024).replace(/^\uFEFF/, '').trimStart();
  return { name, extension: extensionOf(name), head, root: head.startsWith('<') ? sniffRoot(head) : undefined };
}

/**
 * Which importer reads a file: one sure of its content, else the extension's owner, else one that
 * guesses from the content (a tab-separated .txt). `strongOnly` leaves guesses out (routing a .txt:
 * plain text unless its content is surely a bilingual format). Undefined when none.
 */
export function detectImporter(name: string, text: string, strongOnly = false): Importer | undefined {
  const input = sniffInput(name, text);
  const sure = IMPORTERS.find((i) => i.sniff(input) === 'sure');
  if (sure) return sure;
  const owner = importerForName(name);
  if (owner || strongOnly) return owner;
  if (input.head.startsWith('<') || input.head === '') return undefined;
  return IMPORTERS.find((i) => i.sniff(input) === 'maybe');
}
