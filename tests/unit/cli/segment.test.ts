import { writeFileSync } from 'node:fs';
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
    ['invalid UTF-8', Uint8Array.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]), /is not valid UTF-8/],
    ['a NUL byte', Uint8Array.from([0x61, 0x00, 0x62]), /NUL bytes/],
  ])('refuses %s with exit 1', async (_label, bytes, message) => {
    const file = tmp.path('bad.txt');
    writeFileSync(file, bytes);
    const { code, stdout, stderr } = await runCli(['segment', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(expectOneErrorLine(stderr)).toMatch(message);
  });

  it('says a legacy encoding is not built yet', async () => {
    const file = tmp.path('in.txt');
    writeFileSync(file, 'text.');
    const { code, stderr } = await runCli(['segment', file, '--encoding', 'iso-8859-6']);
    expect(code).toBe(1);
    expect(expectOneErrorLine(stderr)).toContain('--encoding iso-8859-6 is not built yet');
  });
});
