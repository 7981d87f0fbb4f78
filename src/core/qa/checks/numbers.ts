// Numbers: every number in the Arabic appears in the English, and the English adds none. Digits in any
// script compare as one (١٢ = 12 = ۱۲), ٫ ٬ and thousands separators are read (٣٫٥ = 3.5, 380,000 = 380
// ألف), a scale word multiplies (11 مليون = "£11million" = 11,000,000), and a number written as words on
// the other side counts (ثلاثة ↔ 3, "ten" ↔ 10, الأول ↔ "1 October", دولتين ↔ "2 countries"). A number
// matches when its written figure or its value does, so "1.5" matches "£1.5 million" (an Arabic that
// drops مليون is a different problem, and a person reads it better than a rule).
import { foldForMatch } from '../../text/normalize/index.js';
import { ARABIC_NUMBER_WORDS, ARABIC_SCALES, ENGLISH_NUMBER_WORDS, ENGLISH_SCALES } from '../lexicon/numbers.js';
import { arabicWords, englishWords, isTranslated } from '../text.js';
import type { QaHit, QaSegmentCheck } from '../types.js';

interface FoundNumber {
  /**
   * What the number may mean: the figure as written (11 in "11 million"), with its scale word applied
   * (11,000,000), and the other reading of an ambiguous separator (15.000 is 15 or 15,000; 5:30 is 5.30).
   */
  readings: number[];
  start: number;
  end: number;
  text: string;
}

/** Maps Arabic-Indic and Persian digits and ٫ ٬ to ASCII one code unit for one, so offsets hold. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/gu, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x066b) return '.';
    if (c === 0x066c) return ',';
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/** Reads 1,234.5 / 1.234.567 / 3.5 / 2,5 / 5:30 as numbers: every plausible reading. */
export function readFigure(written: string): number[] {
  if (written.includes(':')) {
    const [h = '', m = ''] = written.split(':');
    return [Number(h) + Number(m) / 100];
  }
  const commas = written.split(',');
  const dots = written.split('.');
  const thousands = (groups: string[]) => groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
  if (written.includes(',') && written.includes('.')) {
    // 1,234.5 (English) or 1.234,5 (European)
    return written.lastIndexOf('.') > written.lastIndexOf(',')
      ? [Number(written.replace(/,/gu, ''))] : [Number(written.replace(/\./gu, '').replace(',', '.'))];
  }
  if (written.includes(',')) return thousands(commas) ? [Number(commas.join(''))] : [Number(written.replace(',', '.'))];
  if (thousands(dots)) return dots.length > 2 ? [Number(dots.join(''))] : [Number(written), Number(dots.join(''))];
  return [Number(written)];
}

const FIGURE = /(?<![\d.,:])\d+(?::\d\d(?!\d)|(?:[.,]\d+)*)/gu;

function figures(text: string, scaleAfter: (rest: string) => number | undefined): FoundNumber[] {
  const ascii = asciiDigits(text);
  const out: FoundNumber[] = [];
  for (const m of ascii.matchAll(FIGURE)) {
    const figures = readFigure(m[0]).filter(Number.isFinite);
    if (figures.length === 0) continue;
    const end = m.index + m[0].length;
    const rest = ascii.slice(end, end + 16);
    const scale = scaleAfter(rest) ?? 1;
    const readings = figures.flatMap((f) => [f, f * scale]);
    // The 1980s are the ثمانينيات: a decade also reads as its last two digits.
    if (/^\d{4}$/u.test(m[0]) && /^'?s\b/u.test(rest)) readings.push(Number(m[0].slice(2)));
    out.push({ readings, start: m.index, end, text: text.slice(m.index, end) });
  }
  return out;
}

const englishScale = (rest: string): number | undefined => {
  const m = /^\s?([a-z]+)\b/iu.exec(rest);
  return m ? ENGLISH_SCALES.get(m[1]!.toLowerCase()) : undefined;
};
const arabicScale = (rest: string): number | undefined => {
  const m = /^\s*([\p{L}\p{M}]+)/u.exec(rest);
  return m ? ARABIC_SCALES.get(foldForMatch(m[1]!)) : undefined;
};

/** Values of numbers written as words, alone and combined with their neighbours (خمسة وعشرون, two hundred). */
function wordValues(values: readonly (number | undefined)[]): Set<number> {
  const out = new Set<number>();
  values.forEach((v, i) => {
    if (v === undefined) return;
    out.add(v);
    const next = values[i + 1];
    if (next === undefined) return;
    out.add(v + next); // twenty-five, خمسة وعشرون, التاسع عشر
    out.add(v * next); // two hundred, ثلاثة ملايين
    if (next === 0.5) out.add(v * 1.5); // مليون ونصف
  });
  return out;
}

function englishWordValues(text: string): Set<number> {
  const words = englishWords(text).flatMap((w) => w.word.split('-'));
  return wordValues(words.map((w) => ENGLISH_NUMBER_WORDS.get(w)));
}

function arabicWordValues(text: string): Set<number> {
  const values = wordValues(arabicWords(text).map((t) => {
    for (const r of t.readings) {
      const v = ARABIC_NUMBER_WORDS.get(r);
      if (v !== undefined) return v;
    }
    return undefined;
  }));
  // A dual noun (دولتين، عامين، شهران) is the number two.
  if (arabicWords(text).some((t) => t.stem.length >= 5 && /(?:ين|ان)$/u.test(t.stem))) values.add(2);
  return values;
}

/** True when `n` is written on the other side as a figure (any reading) or in words. */
function foundIn(n: FoundNumber, other: readonly FoundNumber[], words: ReadonlySet<number>): boolean {
  return other.some((o) => o.readings.some((r) => n.readings.includes(r))) || n.readings.some((v) => words.has(v));
}

export const numberMismatch: QaSegmentCheck = {
  id: 'number-mismatch',
  label: 'Number missing or changed',
  description: 'A number in the Arabic is not in the English, or the English has a number the Arabic does not.',
  category: 'numbers',
  defaultSeverity: 'error',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    const source = figures(segment.source, arabicScale);
    const target = figures(segment.target, englishScale);
    if (source.length === 0 && target.length === 0) return [];
    const hits: QaHit[] = [];
    const targetWords = englishWordValues(segment.target);
    for (const n of source) {
      if (foundIn(n, target, targetWords)) continue;
      hits.push({ message: `The number ${n.text} in the Arabic is not in the English: check it was not dropped or changed.`, range: { side: 'source', start: n.start, end: n.end } });
    }
    const sourceWords = arabicWordValues(segment.source);
    for (const n of target) {
      if (foundIn(n, source, sourceWords)) continue;
      hits.push({ severity: 'warning', message: `The English has ${n.text}, which is not in the Arabic: check the number.`, range: { side: 'target', start: n.start, end: n.end } });
    }
    return hits;
  },
};
