// Byte-level checks used by detection: byte order marks, signatures of common binary formats,
// UTF-8 validity, the UTF-16 byte pattern, and control bytes. All of them look at a window of the
// input (start..end), never at more than they are given.
import type { TextEncoding } from './encodings.js';

export interface Bom {
  encoding: TextEncoding;
  length: number;
}

export function sniffBom(bytes: Uint8Array): Bom | undefined {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-32 byte order marks: text, but not an encoding Mizan reads. */
export function sniffUtf32Bom(bytes: Uint8Array): 'UTF-32LE' | 'UTF-32BE' | undefined {
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32LE';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32BE';
  return undefined;
}

/** Files people pick by mistake in an import dialog, by their first bytes. */
const SIGNATURES: readonly { magic: readonly number[]; what: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'it starts like a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'it starts like a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'it starts like a GIF image' },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'it is a PDF document; copy its text into a plain-text file' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'it is a ZIP archive, which is what .docx, .xlsx and .odt files are; save it as plain text' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'it is an old Microsoft Office (.doc/.xls) file; save it as plain text' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'it is an RTF document; save it as plain text' },
  { magic: [0x1f, 0x8b], what: 'it is gzip-compressed' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'it is an executable (ELF)' },
  { magic: [0x4d, 0x5a], what: 'it starts like a Windows executable' },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], what: 'it is an SQLite database' },
];

export function sniffBinarySignature(bytes: Uint8Array): string | undefined {
  for (const { magic, what } of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) {
      // "MZ" and gzip's two bytes are also plausible starts of a text file; only trust them
      // together with a NUL or control byte soon after.
      if (magic.length < 3 && !hasNulOrControl(bytes, 0, Math.min(bytes.length, 512))) continue;
      return what;
    }
  }
  return undefined;
}

function hasNulOrControl(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isControlByte(bytes[i]!)) return true;
  return false;
}

/** C0 controls other than TAB LF VT FF CR, and DEL; NUL included. */
export function isControlByte(b: number): boolean {
  return b < 0x20 ? b < 0x09 || b > 0x0d : b === 0x7f;
}

export interface ControlCount {
  nul: number;
  firstNul: number;
  controls: number;
}

/** Counts NUL and other control bytes in bytes[start, end). A final DOS end-of-file mark (0x1A) is not counted. */
export function countControlBytes(bytes: Uint8Array, start: number, end: number): ControlCount {
  let nul = 0;
  let firstNul = -1;
  let controls = 0;
  const last = end === bytes.length && bytes[end - 1] === 0x1a ? end - 1 : end;
  for (let i = start; i < last; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) {
      nul++;
      if (firstNul < 0) firstNul = i;
    }
    if (isControlByte(b)) controls++;
  }
  return { nul, firstNul, controls };
}

export function firstNonAscii(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

export interface Utf8Check {
  /** Offset of the first byte that cannot start or continue a UTF-8 character, or -1. */
  invalidAt: number;
  /** Number of multi-byte characters seen before stopping. */
  multibyte: number;
}

/**
 * Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF) of
 * bytes[start, end). When `end` cuts the input short (a sample), a character cut at the end is not
 * an error; when end is the input's length, it is.
 */
export function checkUtf8(bytes: Uint8Array, start: number, end: number): Utf8Check {
  const cutShort = end < bytes.length;
  let multibyte = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return { invalidAt: i, multibyte };
    for (let k = 1; k <= need; k++) {
      if (i + k >= end) return cutShort ? { invalidAt: -1, multibyte } : { invalidAt: i, multibyte };
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return { invalidAt: i, multibyte };
    }
    multibyte++;
    i += need + 1;
  }
  return { invalidAt: -1, multibyte };
}

export interface Utf16Pattern {
  encoding: 'utf-16le' | 'utf-16be';
  /** Share of 16-bit units whose high byte is 0x00 or 0x06 (Latin or Arabic), minus the same share for the other byte order. */
  strength: number;
}

/**
 * UTF-16 without a byte order mark, told by where the high bytes sit. Latin text in UTF-16 has a
 * NUL as the high byte of each unit, Arabic has 0x06 (U+0600–U+06FF); so in UTF-16LE the odd
 * positions are nearly all 0x00/0x06 and the even positions almost never are (and the other way
 * round for UTF-16BE). Pure Arabic UTF-16 has no NUL at all, which is why 0x06 counts too.
 */
export function utf16Pattern(bytes: Uint8Array, start: number, end: number): Utf16Pattern | undefined {
  const units = Math.floor((end - start) / 2);
  if (units < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let u = 0, i = start; u < units; u++, i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0 || a === 6) even++;
    if (b === 0 || b === 6) odd++;
  }
  const le = (odd - even) / units;
  if (le >= 0.5) return { encoding: 'utf-16le', strength: le };
  if (-le >= 0.5) return { encoding: 'utf-16be', strength: -le };
  return undefined;
}
