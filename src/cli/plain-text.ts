import { TEXT_ENCODINGS, type TextEncoding } from '../core/text/decode/index.js';
import { readTextFile } from '../services/text-file.js';

/** The --encoding values of the contract. */
export const ENCODINGS = ['auto', ...TEXT_ENCODINGS] as const;

/** Reads a plain-text file in any supported encoding; `auto` (the default) detects it. */
export function readPlainText(path: string, encoding: string | undefined): string {
  return readTextFile(path, (encoding ?? 'auto') as TextEncoding | 'auto').text;
}
