// Encoding detection on a sample of the input (at most DETECTION_SAMPLE_BYTES; the full decode
// in decode.ts checks the rest). Order of evidence, strongest first:
//
//   1. Byte order mark: EF BB BF → UTF-8, FF FE → UTF-16LE, FE FF → UTF-16BE (UTF-32 marks are refused).
//   2. Signatures of binary formats people pick by mistake (PNG, PDF, ZIP/.docx, …): refused.
//   3. NUL bytes, or many 0x06 bytes: UTF-16 without a byte order mark if the high bytes sit at
//      every other position (see utf16Pattern), otherwise binary: refused.
//   4. Control bytes (C0 other than TAB LF VT FF CR, and DEL) above 1% (so any, in a short text): refused.
//   5. Strictly valid UTF-8 → UTF-8. Legacy 8-bit Arabic is practically never valid UTF-8: its
//      letters are bytes C1–FF, which in UTF-8 must be followed by continuation bytes 80–BF.
//   6. Otherwise one of the Arabic code pages, by scoring both readings of the sample (below).
//
// Scoring Windows-1256 against ISO-8859-6. The two agree on ASCII and on the letters ء…ض
// (C1–D6) and disagree on everything else: 1256 has ط ظ ع غ ـ ف ق ك ل م ن ه و ى ي, the harakat
// and French letters à â ç è é ê ë î ï ô ù û ü at D7–FF, where ISO-8859-6 has ط…غ, ـ…ي and the
// harakat one or more positions off and leaves DB–DF and F3–FF undefined (as it does most of A0–BF;
// 80–9F are C1 controls there, printable punctuation and Persian letters in 1256). Each reading gets
//
//     score = Σ over non-ASCII bytes of ln P(character)      unigram model: Arabic letter
//                                                             frequencies of news text; harakat,
//                                                             tatweel, Latin letters and symbols rare
//             − 6 × (mojibake joins: an Arabic letter/mark touching a Latin-1 letter or symbol
//                    ("çن", "ط§ظ„"), a lone Arabic letter inside an ASCII word ("cafى"; the
//                    prefixes و ف ب ل ك before a Latin word are fine), harakat on a Latin letter)
//             − 6 × (misplaced harakat: after no letter, dammatan/kasratan before a letter, 3+ in a row)
//             + 2 × (words starting with the article ال, also after و ف ب ك and as لل)
//
// and a reading with undefined bytes (U+FFFD) or C1 controls is impossible. Windows-1256, far the
// more common, gets a prior of ln 3. Confidence is the logistic of the score difference, so long
// texts are near 1 and a single word that reads as Arabic both ways (ISO مرحبا = 1256 هرحبا) is
// near the prior (the more common Windows-1256 wins then; see the tests for measured accuracy).
//
// The chosen reading must still look like text, or it is refused rather than returned as mojibake:
//   - a reading where more than 5% of the Arabic words have mojibake joins (and at least 2 such
//     words, or 3 joins; one odd word is a typing slip such as "مثلGateway");
//   - a Windows-1256 reading with at least as many accented Latin letters as Arabic letters and
//     some Arabic letter or mojibake join: Western text in Latin-1/Windows-1252 (É → ة, À → ہ,
//     á → ل, ñ → ٌ), Turkish (ş → RLM), Cyrillic, Greek, Hebrew code pages.
// Text with no Arabic letter and no mojibake join under Windows-1256 (French in Latin-1 with only
// the lower-case letters à â ç è é ê ë î ï ô ù û ü, English with Windows-1252 quotes and dashes:
// the same characters at the same codes) is read as Windows-1256 with confidence 0.5.
import { MizanError } from '../../errors.js';
import { analyzeText, unigramLogProb, type TextStats } from './analyze.js';
import {
  checkUtf8, countControlBytes, firstNonAscii, sniffBinarySignature, sniffBom, sniffUtf32Bom, utf16Pattern,
} from './bytes.js';
import { TEXT_ENCODING_NAMES, type TextEncoding } from './encodings.js';
import { platformDecode, platformDecodeStrict } from './whatwg-text-decoder.js';

export interface EncodingDetection {
  encoding: TextEncoding;
  /** 0..1: how sure detection is that this, and not another supported encoding, is right. */
  confidence: number;
  /** In words, for the UI and the CLI: "UTF-8 byte order mark", "valid UTF-8", … */
  reason: string;
  hasBom: boolean;
}

/** Detection looks at no more than this many bytes (from the start, or from the first non-ASCII byte). */
export const DETECTION_SAMPLE_BYTES = 1 << 20;

/** Refuse a code-page reading when more than this share of its Arabic words are mixed with Latin letters or symbols. */
export const MIXED_WORDS_LIMIT_DETECTED = 0.05;
/** … and at least this many, or one word with more joins (one odd join is a typing slip, not an encoding problem). */
export const MIXED_WORDS_MIN = 2;
/** More than this many control characters per character is "control-character soup". */
export const CONTROL_LIMIT = 0.01;

const PRIOR_1256 = Math.log(3);

export interface Refusal {
  /** What was found, for "NAME does not look like text (FOUND); …". */
  found: string;
  /** What to do; defaults to passing the encoding explicitly. */
  advice?: string;
}

export function notTextError(name: string, refusal: Refusal): MizanError {
  const advice = refusal.advice ?? 'if it is text, pass the encoding explicitly';
  return new MizanError('bad-input', `${name} does not look like text (${refusal.found}); ${advice}`);
}

export type Inspection =
  | { ok: true; detection: EncodingDetection; bomLength: number; sampleEnd: number }
  | { ok: false; refusal: Refusal };

/**
 * Detects the encoding of `bytes` from a sample. Throws MizanError('bad-input') when the input does
 * not look like text in any supported encoding. `name` (a file name) is used in that message.
 */
export function detectEncoding(bytes: Uint8Array, name = 'the input'): EncodingDetection {
  const inspection = inspectBytes(bytes);
  if (!inspection.ok) throw notTextError(name, inspection.refusal);
  return inspection.detection;
}

export function inspectBytes(bytes: Uint8Array): Inspection {
  const detected = (encoding: TextEncoding, confidence: number, reason: string, bomLength = 0, sampleEnd = 0): Inspection => ({
    ok: true,
    detection: { encoding, confidence: clamp01(confidence), reason, hasBom: bomLength > 0 },
    bomLength,
    sampleEnd,
  });
  if (bytes.length === 0) return detected('utf-8', 1, 'empty input');

  const utf32 = sniffUtf32Bom(bytes);
  if (utf32) return { ok: false, refusal: { found: `it starts with a ${utf32} byte order mark, and Mizan does not read UTF-32`, advice: 'save it as UTF-8' } };
  const bom = sniffBom(bytes);
  if (bom) return detected(bom.encoding, 1, `${TEXT_ENCODING_NAMES[bom.encoding]} byte order mark`, bom.length);

  const signature = sniffBinarySignature(bytes);
  if (signature) return { ok: false, refusal: { found: signature, advice: 'only plain-text files can be imported' } };

  const headEnd = Math.min(bytes.length, DETECTION_SAMPLE_BYTES);
  const head = countControlBytes(bytes, 0, headEnd);
  let sixes = 0;
  for (let i = 0; i < headEnd; i++) if (bytes[i] === 6) sixes++;
  if (head.nul > 0 || sixes > headEnd * 0.05) {
    const utf16 = detectUtf16(bytes, headEnd);
    if (utf16) return detected(utf16.encoding, utf16.confidence, `${TEXT_ENCODING_NAMES[utf16.encoding]} byte pattern (no byte order mark)`, 0, headEnd);
    if (head.nul > 0) return { ok: false, refusal: { found: `it contains NUL bytes, the first at byte ${head.firstNul}` } };
  }
  if (head.controls > headEnd * CONTROL_LIMIT) {
    return { ok: false, refusal: { found: `${percent(head.controls / headEnd)} of its bytes are control characters` } };
  }

  // A long ASCII preamble says nothing: then the sample starts at the first non-ASCII byte.
  let start = 0;
  let end = headEnd;
  if (headEnd < bytes.length) {
    const first = firstNonAscii(bytes, 0);
    if (first > headEnd / 2) {
      start = first;
      end = Math.min(bytes.length, start + DETECTION_SAMPLE_BYTES);
    }
  }

  const utf8 = checkUtf8(bytes, start, end);
  if (utf8.invalidAt < 0) {
    if (utf8.multibyte === 0) return detected('utf-8', 1, 'only ASCII characters (read as UTF-8)', 0, end);
    return detected('utf-8', utf8.multibyte >= 3 ? 0.99 : 0.9, 'valid UTF-8', 0, end);
  }

  const choice = chooseCodePage(bytes, start, end);
  if (!choice.ok) return choice;
  return detected(choice.encoding, choice.confidence, choice.reason, 0, end);
}

function detectUtf16(bytes: Uint8Array, headEnd: number): { encoding: 'utf-16le' | 'utf-16be'; confidence: number } | undefined {
  const even = headEnd - (headEnd % 2);
  const pattern = utf16Pattern(bytes, 0, even);
  if (!pattern) return undefined;
  // A sample may end inside a surrogate pair: leave the last unit out when it is a high surrogate.
  let end = even;
  const last = pattern.encoding === 'utf-16le' ? bytes[end - 1] : bytes[end - 2];
  if (end < bytes.length && last !== undefined && last >= 0xd8 && last <= 0xdb) end -= 2;
  const text = platformDecodeStrict(bytes.subarray(0, end), pattern.encoding);
  if (text === undefined) return undefined;
  const stats = analyzeText(text);
  if (stats.nul > 0 || stats.controls > stats.units * CONTROL_LIMIT || stats.unexpected > stats.units * 0.1) return undefined;
  return { encoding: pattern.encoding, confidence: 0.5 + pattern.strength * 0.49 };
}

interface Reading {
  encoding: 'windows-1256' | 'iso-8859-6';
  stats: TextStats;
  score: number;
  possible: boolean;
}

type CodePageChoice =
  | { ok: true; encoding: 'windows-1256' | 'iso-8859-6'; confidence: number; reason: string }
  | { ok: false; refusal: Refusal };

const byteWeights = new Map<string, Float64Array>();

/** ln P(character) for each byte value under one code page (see unigramLogProb). */
function weightsOf(encoding: 'windows-1256' | 'iso-8859-6'): Float64Array {
  let w = byteWeights.get(encoding);
  if (!w) {
    w = new Float64Array(256);
    const all = new Uint8Array(256).map((_, i) => i);
    const chars = platformDecode(all, encoding, false);
    for (let b = 0x80; b < 256; b++) w[b] = unigramLogProb(chars[b]!);
    byteWeights.set(encoding, w);
  }
  return w;
}

function read(bytes: Uint8Array, histogram: Float64Array, encoding: 'windows-1256' | 'iso-8859-6'): Reading {
  const stats = analyzeText(platformDecode(bytes, encoding, false));
  const w = weightsOf(encoding);
  let score = 0;
  for (let b = 0x80; b < 256; b++) score += histogram[b]! * w[b]!;
  score += -6 * stats.mixedJoins - 6 * stats.misplacedMarks + 2 * stats.articleStarts;
  const possible = stats.replacement === 0 && stats.c1Controls === 0;
  return { encoding, stats, score, possible };
}

/** Picks Windows-1256 or ISO-8859-6 for bytes[start, end) (see the comment at the top), or refuses. */
export function chooseCodePage(bytes: Uint8Array, start: number, end: number): CodePageChoice {
  const sample = bytes.subarray(start, end);
  const histogram = new Float64Array(256);
  for (let i = 0; i < sample.length; i++) histogram[sample[i]!]!++;
  const win = read(sample, histogram, 'windows-1256');
  const iso = read(sample, histogram, 'iso-8859-6');

  let best: Reading;
  let confidence: number;
  let reason: string;
  if (!iso.possible) {
    best = win;
    confidence = win.stats.arabicWords >= 3 ? 0.99 : 0.9;
    reason = 'Arabic letter statistics of Windows-1256 (bytes that ISO-8859-6 does not define)';
  } else {
    const delta = win.score + PRIOR_1256 - iso.score;
    best = delta >= 0 ? win : iso;
    confidence = 1 / (1 + Math.exp(-Math.abs(delta)));
    reason = `Arabic letter statistics of ${TEXT_ENCODING_NAMES[best.encoding]}`;
    if (Math.abs(win.score - iso.score) < 1e-9) reason = 'Arabic letters that read the same in Windows-1256 and ISO-8859-6; Windows-1256 is the more common';
  }

  const s = best.stats;
  const western = 'if it is Western-European text (Latin-1, Windows-1252), save it as UTF-8';
  if (best === win && s.arabicLetters === 0 && s.mixedWords === 0) {
    return {
      ok: true,
      encoding: 'windows-1256',
      confidence: 0.5,
      reason: 'not UTF-8 and no Arabic letters; read as Windows-1256, which shares the French accented letters and punctuation of Windows-1252',
    };
  }
  if (best === win && s.latinLetters >= s.arabicLetters) {
    // Latin-1 French with capitals (É → ة, À → ہ), Spanish, German, Turkish (ş → RLM) …: the
    // Arabic letters and marks are mojibake.
    const found = s.arabicLetters > 0
      ? `it is not UTF-8, and read as Windows-1256 it has as many accented Latin letters (${s.latinLetters}) as Arabic ones (${s.arabicLetters}) or more`
      : `it is not UTF-8, and read as Windows-1256 ${s.mixedWords} Latin words look garbled, e.g. "${s.mixedExample ?? ''}"`;
    return { ok: false, refusal: { found, advice: western } };
  }
  const arabic = s.arabicWords + s.mixedWords;
  if ((s.mixedWords >= MIXED_WORDS_MIN || s.mixedJoins > MIXED_WORDS_MIN) && s.mixedWords > arabic * MIXED_WORDS_LIMIT_DETECTED) {
    return {
      ok: false,
      refusal: {
        found: `it is not UTF-8, and read as ${TEXT_ENCODING_NAMES[best.encoding]} ${s.mixedWords} of ${arabic} Arabic words look garbled (Arabic letters glued to Latin letters or symbols), e.g. "${s.mixedExample ?? ''}"`,
        advice: `${western}; if it is Arabic, pass the encoding explicitly`,
      },
    };
  }
  return { ok: true, encoding: best.encoding, confidence, reason };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

export function percent(ratio: number): string {
  const p = ratio * 100;
  return `${p >= 10 ? Math.round(p) : Math.round(p * 10) / 10}%`;
}
