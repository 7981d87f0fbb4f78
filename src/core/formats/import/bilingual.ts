// Bytes of an import file → its parsed content: decode, find the importer in the registry
// (../importers.ts), parse.
//
// XML (TMX/XLIFF) is decoded the way XML says: a byte order mark wins (Trados writes UTF-16LE with a
// BOM); UTF-16 without a BOM is recognised by its first "<"; otherwise the encoding declared in
// <?xml … encoding="…"?> is used (UTF-8 when there is none) and the bytes must be valid in it, so a
// Windows-1256 file that claims to be UTF-8 is refused with the line of the first bad byte. A file
// that honestly declares windows-1256 or ISO-8859-6 is read in that encoding, with a warning, because
// its text is recoverable exactly (other tools may refuse it). TSV/CSV are decoded with detection.
import { MizanError } from '../../errors.js';
import { checkUtf8 } from '../../text/decode/bytes.js';
import { decodeText, parseTextEncoding, TEXT_ENCODING_NAMES, type TextEncoding } from '../../text/decode/index.js';
import { detectImporter, importerForName, IMPORTERS } from '../importers.js';
import type { ImportedFile } from '../types.js';
import { refuse } from './common.js';
import type { ColumnMapping } from './delimited.js';
import type { Importer, ImportOptions, ParsedImport } from './importer.js';
import type { TmxOptions } from './tmx.js';

interface Decoded {
  text: string;
  warnings: string[];
}

function bomLength(bytes: Uint8Array): number {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 2;
  return 0;
}

function firstNonSpace(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return i;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The `encoding` of an ASCII-compatible XML declaration, if any. */
function declaredEncoding(bytes: Uint8Array, start: number): string | undefined {
  let head = '';
  for (let i = start; i < Math.min(bytes.length, start + 512); i++) {
    const b = bytes[i]!;
    if (b >= 0x80) break;
    head += String.fromCharCode(b);
    if (head.endsWith('?>')) break;
  }
  if (!head.startsWith('<?xml')) return undefined;
  return /\sencoding\s*=\s*["']([^"']*)["']/.exec(head)?.[1];
}

function decodeXml(bytes: Uint8Array, name: string): Decoded {
  const bom = bomLength(bytes);
  if (bom > 0) return { text: decodeText(bytes, { encoding: 'auto', name }).text, warnings: [] };
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return { text: decodeText(bytes, { encoding: 'utf-16le', name }).text, warnings: [] };
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return { text: decodeText(bytes, { encoding: 'utf-16be', name }).text, warnings: [] };

  const start = firstNonSpace(bytes, 0);
  const label = declaredEncoding(bytes, start);
  const warnings: string[] = [];
  let encoding: TextEncoding = 'utf-8';
  if (label !== undefined) {
    const parsed = parseTextEncoding(label);
    if (parsed === undefined || parsed === 'auto') {
      throw refuse(name, 1, `the XML declaration says encoding="${label}", which Mizan does not read; save the file as UTF-8`);
    }
    if (parsed === 'utf-16le' || parsed === 'utf-16be') {
      warnings.push(`the XML declaration says encoding="${label}", but the file has no UTF-16 byte order mark and starts like UTF-8; it was read as UTF-8`);
    } else {
      encoding = parsed;
    }
    if (encoding !== 'utf-8') {
      warnings.push(`the file is in ${TEXT_ENCODING_NAMES[encoding]}, as its XML declaration says; Mizan read it, but other tools may expect UTF-8 or UTF-16`);
    }
  }
  try {
    return { text: decodeText(bytes, { encoding, name }).text, warnings };
  } catch (error) {
    if (!(error instanceof MizanError) || encoding !== 'utf-8') throw error;
    const at = checkUtf8(bytes, 0, bytes.length).invalidAt;
    const said = label === undefined ? 'has no encoding in its XML declaration, so it must be UTF-8' : `declares encoding="${label}"`;
    let guess = '';
    try {
      const detected = decodeText(bytes, { encoding: 'auto', name });
      if (detected.encoding !== 'utf-8') guess = `; it looks like ${TEXT_ENCODING_NAMES[detected.encoding]} — save it as UTF-8, or correct the declaration`;
    } catch {
      // no better guess
    }
    const where = at >= 0 ? `, but byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8` : ', but it is not valid UTF-8';
    throw refuse(name, at >= 0 ? lineOfByte(bytes, at) : null, `the file ${said}${where}${guess}`);
  }
}

/** Decodes bytes the way their content asks: as XML says when they look like XML, else detected. */
function decodeImport(bytes: Uint8Array, name: string): Decoded {
  const start = firstNonSpace(bytes, bomLength(bytes));
  if (start >= bytes.length) throw refuse(name, null, 'the file is empty');
  const looksXml = bytes[start] === 0x3c || (bytes[start] === 0x00 && bytes[start + 1] === 0x3c) || (bytes[start] === 0x3c && bytes[start + 1] === 0x00);
  return looksXml ? decodeXml(bytes, name) : { text: decodeText(bytes, { encoding: 'auto', name }).text, warnings: [] };
}

const FORMAT_NAMES = IMPORTERS.map((i) => i.label).join(', ');

/** Decodes, finds the importer and parses one file; refuses whole what no importer reads. */
export function parseImport(bytes: Uint8Array, name: string, options: ImportOptions = {}): ParsedImport {
  const decoded = decodeImport(bytes, name);
  const importer = detectImporter(name, decoded.text);
  if (!importer) throw refuse(name, null, `is not a file Mizan imports (${FORMAT_NAMES}): its name and content say neither`);
  if (importer.kind === 'document') {
    const text = importer.utf8Only ? decodeText(bytes, { encoding: 'utf-8', name }).text : decoded.text;
    return { kind: 'document', importer, file: importer.parse(text, name) };
  }
  const file = importer.parse(decoded.text, name, options);
  return { kind: 'pairs', importer, file: decoded.warnings.length === 0 ? file : { ...file, warnings: [...decoded.warnings, ...file.warnings] } };
}

/**
 * The importer for a file about to be imported: the owner of its extension, else one sure of its
 * content (a TMX named .xml); undefined means plain text (a .txt of prose, or of tab-separated lines:
 * a guess never turns a text into a table unasked).
 */
export function importerForFile(bytes: Uint8Array, name: string): Importer | undefined {
  const owner = importerForName(name);
  if (owner) return owner;
  const head = 64 * 1024;
  let text: string;
  try {
    text = decodeImport(bytes.subarray(0, head), name).text;
  } catch {
    // The cut may fall inside a character: then the whole file decides.
    try {
      if (bytes.length <= head) throw new Error('no more to read');
      text = decodeImport(bytes, name).text;
    } catch {
      return undefined; // not decodable as a bilingual file: the plain-text reader says why
    }
  }
  return detectImporter(name, text, true);
}

/** A file of translation units (not Mizan's JSONL). `options` are passed to the TMX parser. */
export function parseBilingual(bytes: Uint8Array, name: string, mapping?: ColumnMapping, options?: TmxOptions): ImportedFile {
  const parsed = parseImport(bytes, name, { ...(mapping ? { mapping } : {}), ...(options ? { tmx: options } : {}) });
  if (parsed.kind === 'document') throw refuse(name, null, `is ${parsed.importer.label}, a whole document: import it as a document, not as pairs`);
  return parsed.file;
}
