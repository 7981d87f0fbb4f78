import type { TextRange } from '../model.js';

// The words of an English text a spell-checker should look at, and those it rejects. Pure, so the
// editor (through a worker) and QA's spelling check (in Node, `mizan qa`) find the same words.
//
// Skipped: words in another script (Arabic inside the English), numbers and words with digits (3rd,
// COVID-19), ALL-CAPS acronyms (UN, OPEC), single letters, and anything inside a URL or an e-mail
// address. Hyphenated words are checked part by part (al-Assad: "al", "Assad"), as Hunspell does;
// a curly apostrophe is read as a straight one (don’t = don't).

export interface SpellingMiss extends TextRange {
  word: string;
}

const SKIPPED_SPANS = /(?:https?:\/\/|www\.)[^\s]+|[\p{L}\p{Nd}._%+-]+@[\p{L}\p{Nd}-]+(?:\.[\p{L}\p{Nd}-]+)+/giu;
const WORD = /[\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}\p{Nd}]+)*/gu;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’]+$/u;
const HAS_LOWER = /\p{Ll}/u;

/** The words worth checking, with offsets into `text` (UTF-16, end exclusive), apostrophes straightened. */
export function checkableWords(text: string): SpellingMiss[] {
  const skipped: TextRange[] = [];
  for (const m of text.matchAll(SKIPPED_SPANS)) skipped.push({ start: m.index, end: m.index + m[0].length });
  const words: SpellingMiss[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skipped.some((s) => s.start < end && start < s.end)) continue;
    const word = m[0].replace(/’/g, "'");
    if (word.length < 2 || !LATIN_WORD.test(word) || !HAS_LOWER.test(word)) continue;
    words.push({ start, end, word });
  }
  return words;
}

/** The words of `text` that `isCorrect` rejects, in order. */
export function misspelledWords(text: string, isCorrect: (word: string) => boolean): SpellingMiss[] {
  return checkableWords(text).filter((w) => !isCorrect(w.word));
}
