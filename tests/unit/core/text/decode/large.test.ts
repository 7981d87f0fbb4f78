// A 50 MB file decodes correctly. Not a timing test: the time is whatever it is on this machine
// (about half a second per 50 MB on a developer laptop); the generous timeout only keeps a slow CI
// machine from failing it.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../src/core/text/decode/index.js';
import { arNews, encode } from './encode.js';

const MB50 = 50 * 1024 * 1024;

function repeatTo(unit: Uint8Array, size: number, prefix = new Uint8Array(0)): { bytes: Uint8Array; copies: number } {
  const copies = Math.floor((size - prefix.length) / unit.length);
  const bytes = new Uint8Array(prefix.length + copies * unit.length);
  bytes.set(prefix);
  for (let i = 0; i < copies; i++) bytes.set(unit, prefix.length + i * unit.length);
  return { bytes, copies };
}

describe('a 50 MB file', () => {
  const twin = arNews();
  const withCrlf = twin.replace(/\n/g, '\r\n');

  it.each([
    ['Windows-1256 with CRLF', encode(withCrlf, 'windows-1256'), new Uint8Array(0), 'windows-1256'],
    ['UTF-16LE with BOM and CRLF', encode(withCrlf, 'utf-16le'), Uint8Array.of(0xff, 0xfe), 'utf-16le'],
    ['UTF-8 without BOM', encode(twin, 'utf-8'), new Uint8Array(0), 'utf-8'],
  ] as const)('%s decodes to the repeated UTF-8 twin', (_label, unit, prefix, encoding) => {
    const { bytes, copies } = repeatTo(unit, MB50, prefix);
    expect(bytes.length).toBeGreaterThan(MB50 - unit.length - 3);
    const result = decodeText(bytes, { name: 'big.txt' });
    expect(result.encoding).toBe(encoding);
    expect(result.text.length).toBe(twin.length * copies);
    // Compare piecewise: a failing toBe on 50 MB strings would print both.
    const step = twin.length * 1000;
    for (let at = 0; at < result.text.length; at += step) {
      expect(result.text.slice(at, at + step) === twin.repeat(Math.min(1000, (result.text.length - at) / twin.length))).toBe(true);
    }
  }, 60_000);
});
