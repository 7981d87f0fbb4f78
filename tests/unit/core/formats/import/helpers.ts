// Shared helpers for the import parser tests.
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { MizanError } from '../../../../../src/core/errors.js';

/** ../shared/tools/samples next to the repository root. */
export const SAMPLES = new URL('../../../../../../shared/tools/samples/', import.meta.url);
export const HAVE_SAMPLES = existsSync(new URL('good.tmx', SAMPLES));

export function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, SAMPLES)));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-16LE with a byte order mark, as Trados writes TMX. */
export function utf16leBom(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + 2 * i] = u & 0xff;
    out[3 + 2 * i] = u >> 8;
  }
  return out;
}

/** Runs fn, expects a MizanError('bad-input'), returns its message. */
export function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MizanError);
    expect((error as MizanError).code).toBe('bad-input');
    return (error as MizanError).message;
  }
  throw new Error('expected a refusal, but the file was accepted');
}

export const RLM = '\u200F';
export const LRM = '\u200E';
