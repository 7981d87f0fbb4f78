import { readFileSync, statSync } from 'node:fs';
import { MizanError } from '../core/errors.js';

/** Files larger than this are refused before reading: a plain-text article is far smaller. */
export const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Reads a UTF-8 text file (BOM allowed). Until the text engine detects legacy encodings,
 * anything that is not valid UTF-8 is refused rather than imported as mojibake.
 */
export function readUtf8TextFile(path: string): string {
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
  const bytes = readFileSync(path);
  return decodeUtf8Text(bytes, path);
}

export function decodeUtf8Text(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) {
    throw new MizanError('bad-input', `${name} does not look like text (it contains NUL bytes); is it a binary or UTF-16 file?`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new MizanError('bad-input', `${name} is not valid UTF-8; save it as UTF-8 (legacy Arabic encodings are not supported yet)`);
  }
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
