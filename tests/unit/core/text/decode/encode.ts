// Test-only encoders, written independently of the code under test: UTF-8 from the platform
// TextEncoder, UTF-16 by hand, and the single-byte code pages by inverting the platform
// TextDecoder over all 256 bytes.
import { readFileSync } from 'node:fs';

export type TestEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

const inverted = new Map<string, Map<string, number>>();

function inverse(label: string): Map<string, number> {
  let table = inverted.get(label);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(label);
    for (let b = 0; b < 256; b++) {
      const ch = decoder.decode(new Uint8Array([b]));
      if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
    }
    inverted.set(label, table);
  }
  return table;
}

/** Encodes text; throws when a character has no byte in a single-byte code page. */
export function encode(text: string, encoding: TestEncoding, options: { bom?: boolean } = {}): Uint8Array {
  const bom = options.bom ?? false;
  switch (encoding) {
    case 'utf-8': {
      const body = new TextEncoder().encode(text);
      return bom ? concat(Uint8Array.of(0xef, 0xbb, 0xbf), body) : body;
    }
    case 'utf-16le':
    case 'utf-16be': {
      const le = encoding === 'utf-16le';
      const start = bom ? 2 : 0;
      const out = new Uint8Array(start + text.length * 2);
      if (bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        const u = text.charCodeAt(i);
        out[start + 2 * i + (le ? 0 : 1)] = u & 0xff;
        out[start + 2 * i + (le ? 1 : 0)] = u >> 8;
      }
      return out;
    }
    case 'windows-1256':
    case 'iso-8859-6': {
      if (bom) throw new Error('single-byte code pages have no byte order mark');
      return encodeSingleByte(text, encoding);
    }
  }
}

/** Any single-byte code page the platform decoder knows (windows-1251, iso-8859-8, …). */
export function encodeSingleByte(text: string, label: string): Uint8Array {
  const table = inverse(label);
  return Uint8Array.from(text, (ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${label} has no byte for U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
    return b;
  });
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Deterministic pseudo-random bytes (xorshift32). */
export function randomBytes(length: number, seed: number, from = 0, to = 256): Uint8Array {
  let x = seed || 1;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = from + ((x >>> 0) % (to - from));
  }
  return out;
}

const fixtures = new URL('../../../../fixtures/encodings/', import.meta.url);

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, fixtures)));
}

/** The UTF-8 twin: tests/fixtures/encodings/ar-news.txt (a copy of shared/tools/samples/ar-news.txt). */
export const arNews = (): string => new TextDecoder('utf-8', { fatal: true }).decode(fixtureBytes('ar-news.txt'));
