import { MizanError } from '../core/errors.js';
import { readUtf8TextFile } from '../services/text-file.js';

/** The --encoding values of the contract; only the first two are read today. */
export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'] as const;
const READABLE_ENCODINGS: readonly string[] = ['auto', 'utf-8'];

/**
 * Reads a plain-text file. An encoding the contract names but nothing decodes yet fails
 * plainly, rather than the bytes being read as if they were UTF-8.
 */
export function readPlainText(path: string, encoding: string | undefined): string {
  if (encoding !== undefined && !READABLE_ENCODINGS.includes(encoding)) {
    throw new MizanError('not-implemented', `--encoding ${encoding} is not built yet (coming with the text engine work); save the file as UTF-8`);
  }
  return readUtf8TextFile(path);
}
