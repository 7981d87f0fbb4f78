// Small text views the checks share: Arabic words with their readings (proclitics split), English words
// lower-cased with offsets, phrase lookup in a lexicon, and what counts as Arabic script.
import { wordTokens, type WordToken } from '../text/word-tokens.js';

export const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F]/u;
export const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;
/** Bidi controls: LRM RLM ALM, the embeddings and overrides, the isolates. */
export const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;

// The checks of one segment all read the same two texts; runQa runs them segment by segment, so a small
// memo tokenises each text once instead of once per check. Results are shared: never mutate them.
const MEMO_SIZE = 256;

function memo<T>(f: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= MEMO_SIZE) cache.clear();
      value = f(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** wordTokens, memoised for the checks. */
export const tokensOf: (text: string) => readonly WordToken[] = memo(wordTokens);

export const arabicWords: (text: string) => readonly WordToken[] = memo((text) => tokensOf(text).filter((t) => t.arabic));

export interface EnglishWord {
  /** Lower case, curly apostrophe made straight. */
  word: string;
  text: string;
  start: number;
  end: number;
}

const ENGLISH_WORD = /[\p{L}\p{Nd}]+(?:['’-][\p{L}\p{Nd}]+)*/gu;

export const englishWords: (text: string) => readonly EnglishWord[] = memo((text) => {
  const out: EnglishWord[] = [];
  for (const m of text.matchAll(ENGLISH_WORD)) {
    out.push({ word: m[0].toLowerCase().replace(/’/gu, "'"), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
});

export interface PhraseHit<T> {
  value: T;
  start: number;
  end: number;
}

/** Every lexicon entry (one to three words) found in `words`; longer phrases win at a position. */
export function findPhrases<T>(words: readonly EnglishWord[], lexicon: ReadonlyMap<string, T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).map((w) => w.word).join(' ');
      const value = lexicon.get(phrase);
      if (value !== undefined) {
        hits.push({ value, start: words[i]!.start, end: words[i + n - 1]!.end });
        i += n - 1;
        break;
      }
    }
  }
  return hits;
}

/** Object and possessive pronouns a verb carries (اتهمه "accused him", أكدها): longest first. */
const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'ني', 'نا', 'كم', 'ه', 'ك'];

/**
 * Arabic words whose some reading is in the lexicon, with the entry found. With `enclitics`, a reading
 * also matches without a pronoun suffix, when at least three letters remain.
 */
export function findArabic<T>(words: readonly WordToken[], lexicon: ReadonlyMap<string, T>, options: { enclitics?: boolean } = {}): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  const lookup = (reading: string, w: WordToken): T | undefined => {
    const direct = lexicon.get(reading);
    if (direct !== undefined || options.enclitics !== true) return direct;
    // A folded ه may be a ta marbuta (طالبة "student", not طالب + "her").
    const suffix = ENCLITICS.find((e) => reading.endsWith(e) && reading.length - e.length >= 3 && !(e.endsWith('ه') && w.text.endsWith('ة')));
    return suffix === undefined ? undefined : lexicon.get(reading.slice(0, -suffix.length));
  };
  for (const w of words) {
    for (const r of w.readings) {
      const value = lookup(r, w);
      if (value !== undefined) {
        hits.push({ value, start: w.start, end: w.end });
        break;
      }
    }
  }
  return hits;
}

/** Share of letters in `text` that are Arabic script (0 when there are no letters). */
export function arabicShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (ARABIC_LETTER.test(ch)) arabic++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** Text for "is it the same": bidi marks and tatweel out, spaces squeezed, trimmed. */
export function comparable(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/\u0640/gu, '').replace(/\s+/gu, ' ').trim();
}

/** A segment the English checks look at: to be translated, and translated (the empty check covers the rest). */
export function isTranslated(segment: { doNotTranslate: boolean; target: string }): boolean {
  return !segment.doNotTranslate && segment.target.trim() !== '';
}
