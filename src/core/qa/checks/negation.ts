// Polarity: a negation in the Arabic with none in the English, or the reverse. One side must have a strong
// negator and the other no negator at all, strong or weak (see ../lexicon/negation.ts): the English for
// لم يتمكن أحد is "nobody could", for بدون سلطة "powerless", for لا أساس له "unfounded", and a sentence
// with غير or ما alone is not reported.
import {
  ARABIC_NON_NEGATING_AFTER_LA, ARABIC_STRONG_NEGATORS, ARABIC_WEAK_NEGATORS, ENGLISH_STRONG_NEGATORS, ENGLISH_WEAK_NEGATORS,
  isAffixNegative,
} from '../lexicon/negation.js';
import { arabicSkeleton, latinSkeleton } from '../../align/skeleton.js';
import { arabicWords, englishWords, isTranslated, type PhraseHit } from '../text.js';
import type { QaSegmentCheck } from '../types.js';

export interface Negations {
  strong: PhraseHit<string>[];
  weak: number;
}

const LA = 'لا';
/** A negator standing alone before punctuation: the answer "No," / "لا،". */
const INTERJECTION = /^\s*[،,.!؛;]/u;

/**
 * Arabic negations. With the English, a word whose consonant skeleton is a capitalised English word is a
 * name, not a negator with a clitic: فليس is "Fleiss" before it is "so it is not".
 */
export function arabicNegations(text: string, english = ''): Negations {
  const names = new Set(englishWords(english).filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => latinSkeleton(w.text)).filter((k) => k.length >= 3));
  const words = arabicWords(text).filter((w) => !names.has(arabicSkeleton(w.folded)));
  const strong: PhraseHit<string>[] = [];
  let weak = 0;
  words.forEach((w, i) => {
    if (w.readings.some((r) => ARABIC_STRONG_NEGATORS.has(r))) {
      const next = words[i + 1];
      const isLa = w.readings.includes(LA) || w.folded.endsWith(LA);
      if (isLa && next !== undefined && next.readings.some((r) => ARABIC_NON_NEGATING_AFTER_LA.has(r))) return;
      // The answer "لا، …" ("No, …") negates no clause of its own.
      if (isLa && INTERJECTION.test(text.slice(w.end))) weak++;
      else strong.push({ value: w.text, start: w.start, end: w.end });
    } else if (w.readings.some((r) => ARABIC_WEAK_NEGATORS.has(r))) weak++;
  });
  return { strong, weak };
}

export function englishNegations(text: string): Negations {
  const words = englishWords(text);
  const strong: PhraseHit<string>[] = [];
  let weak = 0;
  words.forEach((w, i) => {
    const next = words[i + 1]?.word;
    const isStrong = ENGLISH_STRONG_NEGATORS.has(w.word) || /n't$/u.test(w.word);
    // "not only … but also" affirms; "no longer" is often توقف or لم يعد; "No. 10" is a number.
    const softened = (w.word === 'not' && next === 'only')
      || (w.word === 'no' && (next === 'longer' || next === 'doubt' || /^\d/u.test(next ?? '') || INTERJECTION.test(text.slice(w.end))));
    if (isStrong && !softened) strong.push({ value: w.text, start: w.start, end: w.end });
    else if (isStrong || ENGLISH_WEAK_NEGATORS.has(w.word) || isAffixNegative(w.word)) weak++;
  });
  return { strong, weak };
}

export const negationMismatch: QaSegmentCheck = {
  id: 'negation-mismatch',
  label: 'Negation lost or added',
  description: 'The Arabic negates and the English does not, or the reverse.',
  category: 'polarity',
  defaultSeverity: 'error',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    const ar = arabicNegations(segment.source, segment.target);
    const en = englishNegations(segment.target);
    const first = ar.strong[0];
    if (first !== undefined && ar.strong.length > en.strong.length + en.weak) {
      return [{
        message: en.strong.length + en.weak === 0
          ? `The Arabic negates (${first.value}) but the English has no negation: check that "not", "no", "never" or "without" was not lost.`
          : `The Arabic has ${ar.strong.length} negations (${ar.strong.map((n) => n.value).join('، ')}) and the English fewer: check that none was lost.`,
        range: { side: 'source', start: first.start, end: first.end },
      }];
    }
    const added = en.strong[0];
    if (added !== undefined && en.strong.length > ar.strong.length + ar.weak) {
      return [{
        message: ar.strong.length + ar.weak === 0
          ? `The English negates ("${added.value}") but the Arabic has no negation: check the meaning was not reversed.`
          : `The English has ${en.strong.length} negations (${en.strong.map((n) => n.value).join(', ')}) and the Arabic fewer: check the meaning was not reversed.`,
        range: { side: 'target', start: added.start, end: added.end },
      }];
    }
    return [];
  },
};
