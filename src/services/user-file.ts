// The one way Mizan reads a file a user chose (imports, previews, aligned translations; app and CLI):
// regular files only, never more than a cap. A device (/dev/zero), a FIFO or a socket is refused
// before a byte is read, and opening with O_NONBLOCK means even a FIFO with no writer cannot hang us.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MizanError } from '../core/errors.js';
import { fileError } from '../core/file-errors.js';

// Windows has no O_NONBLOCK (and no FIFOs to block on).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const MB = 1024 * 1024;

/**
 * Reads the whole of a regular file of at most `maxBytes`. `what` names the kind of file in
 * messages ("text file", "project"). Throws a MizanError that says what to do otherwise.
 */
export function readUserFile(path: string, maxBytes: number, what = 'text file'): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw fileError(error, path, 'read');
  }
  try {
    // fstat on the opened descriptor: the file checked is the file read, even if the path changes.
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new MizanError('bad-input', `${path} is a folder, not a ${what}; choose a file inside it`);
    if (!stat.isFile()) {
      throw new MizanError('bad-input', `${path} is not a regular file (a device, pipe or socket); save its content to a file and choose that`);
    }
    if (stat.size > maxBytes) throw tooBig(path, stat.size, maxBytes);
    // Read to the end rather than trusting the size: a file growing while we read stops at the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 0) + 1, 4 * MB, maxBytes - total + 1));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw tooBig(path, total, maxBytes);
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw fileError(error, path, 'read');
  } finally {
    closeSync(fd);
  }
}

function tooBig(path: string, size: number, maxBytes: number): MizanError {
  return new MizanError('bad-input', `${path} is ${Math.max(1, Math.round(size / MB))} MB or more; split it into files under ${maxBytes / MB} MB`);
}
