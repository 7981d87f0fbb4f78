import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES, decodeUtf8Text, readUtf8TextFile } from '../../../src/services/text-file.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeUtf8Text', () => {
  it.each<[string, Uint8Array, string]>([
    ['plain Arabic', bytes('واشنطن توقف المحادثات'), 'واشنطن توقف المحادثات'],
    ['a BOM is stripped', bytes(BOM, 'سيريانيوز\n'), 'سيريانيوز\n'],
    ['only the first BOM is stripped', bytes(BOM, BOM, 'x'), '\ufeffx'],
    ['CRLF becomes LF', bytes('one\r\ntwo\r\n'), 'one\ntwo\n'],
    ['a lone CR becomes LF', bytes('one\rtwo'), 'one\ntwo'],
    ['decomposed text is stored NFC', bytes('ا\u0654علنت'), 'أعلنت'],
    ['an empty file is an empty string', bytes(), ''],
  ])('%s', (_name, input, expected) => {
    expect(decodeUtf8Text(input, 'in.txt')).toBe(expected);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['a Windows-1256 byte', bytes('abc ', [0xc7, 0xe1]), /in\.txt is not valid UTF-8/],
    ['a cut multi-byte sequence', bytes('واشنطن', [0xd9]), /in\.txt is not valid UTF-8/],
    ['an overlong encoding', bytes([0xc0, 0xaf]), /not valid UTF-8/],
    ['a NUL byte', bytes('text', [0], 'more'), /in\.txt does not look like text \(it contains NUL bytes\)/],
    ['UTF-16LE with BOM ("ا ل")', Uint8Array.from([0xff, 0xfe, 0x27, 0x06, 0x20, 0x00, 0x44, 0x06]), /NUL bytes.*UTF-16/],
    ['UTF-16LE with BOM, no ASCII ("ال")', Uint8Array.from([0xff, 0xfe, 0x27, 0x06, 0x44, 0x06]), /not valid UTF-8/],
  ])('refuses %s with a bad-input message', (_name, input, message) => {
    expect(() => decodeUtf8Text(input, 'in.txt')).toThrow(expect.objectContaining({ code: 'bad-input', message: expect.stringMatching(message) as unknown }));
  });
});

describe('readUtf8TextFile', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = makeTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('reads, strips the BOM and normalises newlines', () => {
    writeFileSync(tmp.path('a.txt'), bytes(BOM, 'سطر.\r\nline.'));
    expect(readUtf8TextFile(tmp.path('a.txt'))).toBe('سطر.\nline.');
  });

  it.each<[string, (path: string) => void, string, RegExp]>([
    ['a folder', (p) => mkdirSync(p), 'bad-input', /is a folder, not a text file/],
    ['a missing file', () => undefined, 'not-found', /cannot be read \(ENOENT\)/],
    ['invalid UTF-8', (p) => writeFileSync(p, bytes([0xff, 0xfe, 0xfd])), 'bad-input', /not valid UTF-8/],
    ['a file over the size limit (sparse)', (p) => {
      writeFileSync(p, '');
      truncateSync(p, MAX_TEXT_FILE_BYTES + 1);
    }, 'bad-input', /split it into files under 200 MB/],
  ])('refuses %s', (_name, make, code, message) => {
    const path = tmp.path('input.txt');
    make(path);
    expect(() => readUtf8TextFile(path)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) as unknown }));
  });
});
