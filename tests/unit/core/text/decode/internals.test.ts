// The hand-written pieces under detection: the UTF-8 validator, the UTF-16 byte pattern, and the
// mojibake statistics.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../../src/core/text/decode/analyze.js';
import { checkUtf8, sniffBom, utf16Pattern } from '../../../../../src/core/text/decode/bytes.js';
import { encode, randomBytes } from './encode.js';

const strictUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('checkUtf8', () => {
  it.each<[string, number[], number]>([
    ['ASCII', [0x41, 0x42], -1],
    ['two-byte Arabic', [0xd8, 0xa7, 0xd9, 0x84], -1],
    ['four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['U+10FFFF', [0xf4, 0x8f, 0xbf, 0xbf], -1],
    ['lone continuation byte', [0x41, 0x80], 1],
    ['overlong two-byte (C0 80)', [0xc0, 0x80], 0],
    ['overlong three-byte (E0 80 80)', [0xe0, 0x80, 0x80], 0],
    ['surrogate (ED A0 80)', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 0],
    ['F5 lead byte', [0xf5, 0x80, 0x80, 0x80], 0],
    ['truncated at the end', [0x41, 0xd8], 1],
    ['Windows-1256 سلام', [0xd3, 0xe1, 0xc7, 0xe3], 0],
  ])('%s', (_label, bytes, invalidAt) => {
    const b = Uint8Array.from(bytes);
    expect(checkUtf8(b, 0, b.length).invalidAt).toBe(invalidAt);
    expect(invalidAt < 0).toBe(strictUtf8(b));
  });

  it('a character cut by the end of a sample is not an error', () => {
    const b = Uint8Array.of(0x41, 0xf0, 0x9f, 0x98, 0x80);
    expect(checkUtf8(b, 0, 3).invalidAt).toBe(-1);
    expect(checkUtf8(b, 0, 5)).toEqual({ invalidAt: -1, multibyte: 1 });
  });

  it('agrees with the platform decoder on 3,000 random inputs', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      // Mostly valid-looking: bytes from a small set of leads and continuations.
      const raw = randomBytes(1 + (seed % 12), seed);
      const b = seed % 2 ? raw : raw.map((x) => [0x41, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xa0, 0x9f, 0x90, 0x8f][x % 14]!);
      expect(checkUtf8(b, 0, b.length).invalidAt < 0).toBe(strictUtf8(b));
    }
  });
});

describe('sniffBom and utf16Pattern', () => {
  it('byte order marks', () => {
    expect(sniffBom(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(sniffBom(Uint8Array.of(0xff, 0xfe))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(sniffBom(Uint8Array.of(0xfe, 0xff))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(sniffBom(Uint8Array.of(0xef, 0xbb))).toBeUndefined();
    expect(sniffBom(new Uint8Array(0))).toBeUndefined();
  });

  it.each([
    ['English UTF-16LE', encode('Hello there', 'utf-16le'), 'utf-16le'],
    ['Arabic UTF-16BE', encode('مرحبا بكم', 'utf-16be'), 'utf-16be'],
    ['Arabic UTF-16LE without spaces', encode('مرحبابكم', 'utf-16le'), 'utf-16le'],
    ['UTF-8', encode('Hello there', 'utf-8'), undefined],
  ])('%s', (_label, bytes, expected) => {
    expect(utf16Pattern(bytes, 0, bytes.length)?.encoding).toBe(expected);
  });
});

describe('analyzeText', () => {
  it.each<[string, string, number, number]>([
    // [label, text, mixedWords, arabicWords]
    ['clean Arabic', 'قال الوزير إن القرار صعب', 0, 5],
    ['ISO-8859-6 read as Windows-1256', 'çنا èâت', 2, 0],
    ['UTF-8 read as Windows-1256', 'ط§ظ„ظ…', 1, 0],
    ['a missing space between Arabic and English is a slip, not mojibake', 'مثلGateway وRedState', 0, 2],
    ['a lone Arabic letter inside a Latin word is mojibake', 'trوs cafى', 2, 0],
    ['the prefix و before a Latin word is fine', 'وCNN', 0, 1],
    ['tatweel before a Latin word is fine', 'الـiPhone', 0, 1],
    ['harakat on a Latin letter', 'niٌo', 1, 0],
  ])('%s', (_label, text, mixedWords, arabicWords) => {
    const stats = analyzeText(text);
    expect(stats.mixedWords).toBe(mixedWords);
    expect(stats.arabicWords).toBe(arabicWords);
  });

  it('counts misplaced harakat', () => {
    expect(analyzeText('كتابٌ جميلٌ').misplacedMarks).toBe(0);
    expect(analyzeText('شكراً كثيرًا').misplacedMarks).toBe(0);
    expect(analyzeText('َكتب').misplacedMarks).toBe(1); // no letter before it
    expect(analyzeText('كٍتب').misplacedMarks).toBe(1); // kasratan inside a word
  });

  it('counts the article', () => {
    expect(analyzeText('الكتاب والقلم للطالب بالبيت').articleStarts).toBe(4);
  });
});
