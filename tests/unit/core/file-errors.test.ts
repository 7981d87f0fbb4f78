import { describe, expect, it } from 'vitest';
import { MizanError } from '../../../src/core/errors.js';
import { fileError, userErrorFrom } from '../../../src/core/file-errors.js';

const sysError = (code: string, path?: string) => Object.assign(new Error(`${code}: something, open '${path ?? ''}'`), { code, ...(path ? { path } : {}) });

describe('file errors say what happened and what to do', () => {
  it.each<[string, 'read' | 'write', RegExp]>([
    ['EISDIR', 'write', /\/x\/out is a folder; choose a file/],
    ['EACCES', 'read', /\/x\/out cannot be read: permission denied; choose another file or ask for access/],
    ['EACCES', 'write', /cannot be written: permission denied; choose another place/],
    ['EPERM', 'write', /permission denied/],
    ['EROFS', 'write', /the disk is read-only; save to another folder/],
    ['ENOSPC', 'write', /the disk is full; free some space and try again \(nothing was changed\)/],
    ['EBUSY', 'write', /is locked by another program; close it there and try again/],
    ['ENOENT', 'write', /its folder does not exist; create the folder or choose another place/],
    ['SQLITE_BUSY', 'write', /locked by another program writing to it; wait/],
    ['SQLITE_READONLY', 'write', /is read-only .*copy it to a writable folder/],
    ['SQLITE_IOERR_WRITE', 'write', /input\/output error/],
  ])('%s while %s', (code, action, message) => {
    const error = fileError(sysError(code), '/x/out', action);
    expect(error).toBeInstanceOf(MizanError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/unexpected/);
  });

  it('keeps the code and the system text for a condition it has no sentence for', () => {
    expect(fileError(sysError('EXDEV'), '/x/out', 'write').message).toMatch(/^\/x\/out could not be written \(EXDEV: /);
  });

  it('names the file an escaped system error was about, and leaves real bugs alone', () => {
    expect(userErrorFrom(sysError('EACCES', '/home/u/a.tmx'))?.message).toMatch(/^\/home\/u\/a\.tmx cannot be opened: permission denied/);
    expect(userErrorFrom(new TypeError('x is undefined'))).toBeNull();
  });
});
