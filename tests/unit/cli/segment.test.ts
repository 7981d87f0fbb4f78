import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOneErrorLine, makeTempDir, runCli } from './cli-harness.js';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

// [case, file text, extra options, expected stdout]
const CASES: [string, string, string[], string][] = [
  [
    'Arabic sentences and paragraphs',
    'أعلنت واشنطن تعليق المحادثات. هل ترد موسكو؟\n\nقال كيربي، المتحدث، إن القرار صعب.\n',
    [],
    'أعلنت واشنطن تعليق المحادثات.\nهل ترد موسكو؟\nقال كيربي، المتحدث، إن القرار صعب.\n',
  ],
  [
    'English with an initial and CRLF',
    'Washington suspended talks. J. Kirby said so!\r\nMoscow regretted it.',
    ['--lang', 'en', '--encoding', 'auto'],
    'Washington suspended talks.\nJ. Kirby said so!\nMoscow regretted it.\n',
  ],
  ['an empty file', '', [], ''],
];

describe('mizan segment', () => {
  it.each(CASES)('prints %s one sentence per line', async (_label, text, options, expected) => {
    const file = tmp.path('in.txt');
    writeFileSync(file, text);
    const { code, stdout, stderr } = await runCli(['segment', file, ...options]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(expected);
  });

  it.each([
    ['binary bytes (a PNG header)', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), /does not look like text/],
    ['a NUL byte', Uint8Array.from([0x61, 0x00, 0x62]), /NUL bytes/],
  ])('refuses %s with exit 1', async (_label, bytes, message) => {
    const file = tmp.path('bad.txt');
    writeFileSync(file, bytes);
    const { code, stdout, stderr } = await runCli(['segment', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(expectOneErrorLine(stderr)).toMatch(message);
  });

  // The shared checkers' samples: one Arabic news text in UTF-8 and in Windows-1256.
  const SAMPLES = resolve(import.meta.dirname, '../../../../shared/tools/samples');
  const twin = (name: string) => join(SAMPLES, name);
  const haveSamples = existsSync(twin('ar-news.txt')) && existsSync(twin('ar-news-cp1256.txt'));

  it.skipIf(!haveSamples)('segments Windows-1256, UTF-16LE (BOM, CRLF), UTF-16BE and ISO-8859-6 twins exactly like the UTF-8 file', async () => {
    const utf8 = await runCli(['segment', twin('ar-news.txt')]);
    expect(utf8.code).toBe(0);
    expect(utf8.stdout.split('\n').length).toBeGreaterThan(3);
    const text = readFileSync(twin('ar-news.txt'), 'utf8');
    const crlf = text.replace(/\n/g, '\r\n');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(tmp.path('le.txt'), le);
    writeFileSync(tmp.path('be.txt'), be);
    const iso = Buffer.from(
      [...text].map((ch) => {
        const table = new TextDecoder('iso-8859-6');
        for (let b = 0; b < 256; b++) if (table.decode(Uint8Array.of(b)) === ch) return b;
        throw new Error(`no ISO-8859-6 byte for ${ch}`);
      }),
    );
    writeFileSync(tmp.path('iso.txt'), iso);
    for (const file of [twin('ar-news-cp1256.txt'), tmp.path('le.txt'), tmp.path('be.txt'), tmp.path('iso.txt')]) {
      const out = await runCli(['segment', file]);
      expect(out.stderr, file).toBe('');
      expect(out.stdout, file).toBe(utf8.stdout);
    }
    // Forcing the wrong code page is refused rather than printed as mojibake.
    const wrong = await runCli(['segment', twin('ar-news-cp1256.txt'), '--encoding', 'iso-8859-6']);
    expect(wrong.code).toBe(1);
    expect(expectOneErrorLine(wrong.stderr)).toMatch(/ISO-8859-6/);
  });
});
