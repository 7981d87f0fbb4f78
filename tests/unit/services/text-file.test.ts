import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES, readTextFile } from '../../../src/services/text-file.js';
import { readUserFile } from '../../../src/services/user-file.js';
import { tempDirPerTest } from '../helpers/temp-dir.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const BOM = [0xef, 0xbb, 0xbf];

// Decoding itself is tested in tests/unit/core/text/decode; this is the file-reading shell around it.
describe('readTextFile', () => {
  const tmp = tempDirPerTest();

  it('reads, strips the BOM and normalises newlines', () => {
    writeFileSync(tmp.path('a.txt'), bytes(BOM, 'سطر.\r\nline.'));
    const read = readTextFile(tmp.path('a.txt'));
    expect(read).toMatchObject({ text: 'سطر.\nline.', encoding: 'utf-8', name: 'a.txt', hasBom: true, detected: true });
  });

  it('detects Windows-1256 and reads it as the same text as its UTF-8 twin', () => {
    // "واشنطن توقف المحادثات." in Windows-1256
    writeFileSync(tmp.path('cp.txt'), Uint8Array.from([0xe6, 0xc7, 0xd4, 0xe4, 0xd8, 0xe4, 0x20, 0xca, 0xe6, 0xde, 0xdd, 0x20, 0xc7, 0xe1, 0xe3, 0xcd, 0xc7, 0xcf, 0xcb, 0xc7, 0xca, 0x2e]));
    expect(readTextFile(tmp.path('cp.txt'))).toMatchObject({ text: 'واشنطن توقف المحادثات.', encoding: 'windows-1256', detected: true });
  });

  it('takes an explicit encoding', () => {
    writeFileSync(tmp.path('le.txt'), Uint8Array.from([0x27, 0x06, 0x44, 0x06, 0x0d, 0x00, 0x0a, 0x00]));
    expect(readTextFile(tmp.path('le.txt'), 'utf-16le')).toMatchObject({ text: 'ال\n', encoding: 'utf-16le', detected: false });
  });

  it.each<[string, (path: string) => void, string, RegExp]>([
    ['a folder', (p) => mkdirSync(p), 'bad-input', /is a folder, not a text file/],
    ['a missing file', () => undefined, 'not-found', /does not exist; check the path/],
    ['binary bytes', (p) => writeFileSync(p, bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), 'bad-input', /does not look like text/],
    ['a file over the size limit (sparse)', (p) => {
      writeFileSync(p, '');
      truncateSync(p, MAX_TEXT_FILE_BYTES + 1);
    }, 'bad-input', /split it into files under 200 MB/],
  ])('refuses %s', (_name, make, code, message) => {
    const path = tmp.path('input.txt');
    make(path);
    expect(() => readTextFile(path)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) as unknown }));
  });
});

describe('readUserFile: regular files only, read with a cap', () => {
  const tmp = tempDirPerTest();

  it('refuses /dev/zero (and a link to it) before reading a byte', () => {
    expect(() => readTextFile('/dev/zero')).toThrow(/\/dev\/zero is not a regular file \(a device, pipe or socket\)/);
    symlinkSync('/dev/zero', tmp.path('zero.txt'));
    expect(() => readTextFile(tmp.path('zero.txt'))).toThrow(/is not a regular file/);
  });

  it('refuses a FIFO without waiting for a writer', () => {
    execFileSync('mkfifo', [tmp.path('pipe.txt')]);
    // Without O_NONBLOCK the open itself would block forever and the test would never end.
    expect(() => readTextFile(tmp.path('pipe.txt'))).toThrow(/pipe\.txt is not a regular file/);
  });

  it('reads at most the cap even when the size said less', () => {
    writeFileSync(tmp.path('small.txt'), 'x'.repeat(100));
    expect(readUserFile(tmp.path('small.txt'), 100).length).toBe(100);
    expect(() => readUserFile(tmp.path('small.txt'), 99)).toThrow(/split it into files under/);
  });
});
