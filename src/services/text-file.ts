import { basename } from 'node:path';
import { readUserFile } from './user-file.js';
import { decodeText, type DecodedText, type TextEncoding } from '../core/text/decode/index.js';

/** Files larger than this are refused before reading: a plain-text article is far smaller. */
export const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;

export interface TextFile extends DecodedText {
  name: string;
  bytes: number;
}

/** Reads raw bytes with the checks every text import needs (a regular file, not huge): see user-file.ts. */
export function readTextFileBytes(path: string): Uint8Array {
  return readUserFile(path, MAX_TEXT_FILE_BYTES);
}

/**
 * Reads a text file in any supported encoding (detected unless given): BOM removed, LF line ends,
 * NFC. Binary input and mojibake are refused with a message that says what to do.
 */
export function readTextFile(path: string, encoding: TextEncoding | 'auto' = 'auto'): TextFile {
  const bytes = readTextFileBytes(path);
  return { ...decodeText(bytes, { encoding, name: basename(path) }), name: basename(path), bytes: bytes.length };
}
