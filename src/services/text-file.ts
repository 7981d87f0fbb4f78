import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MizanError } from '../core/errors.js';
import { decodeText, type DecodedText, type TextEncoding } from '../core/text/decode/index.js';

/** Files larger than this are refused before reading: a plain-text article is far smaller. */
export const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;

export interface TextFile extends DecodedText {
  name: string;
  bytes: number;
}

/** Reads raw bytes with the checks every text import needs (exists, not a folder, not huge). */
export function readTextFileBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new MizanError('bad-input', `${path} is a folder, not a text file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof MizanError) throw error;
    throw new MizanError('not-found', `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path`);
  }
  if (size > MAX_TEXT_FILE_BYTES) {
    throw new MizanError('bad-input', `${path} is ${Math.round(size / 1048576)} MB; split it into files under ${MAX_TEXT_FILE_BYTES / 1048576} MB`);
  }
  return readFileSync(path);
}

/**
 * Reads a text file in any supported encoding (detected unless given): BOM removed, LF line ends,
 * NFC. Binary input and mojibake are refused with a message that says what to do.
 */
export function readTextFile(path: string, encoding: TextEncoding | 'auto' = 'auto'): TextFile {
  const bytes = readTextFileBytes(path);
  return { ...decodeText(bytes, { encoding, name: basename(path) }), name: basename(path), bytes: bytes.length };
}
