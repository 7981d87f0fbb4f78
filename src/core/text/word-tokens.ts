import { foldForMatch } from './normalize/index.js';

// Words for matching: translation memory, glossary, concordance and QA all compare words, not raw strings.
// Each word is folded (alef forms, hamza seats, ta marbuta, alef maqsura, harakat, tatweel, Persian letters,
// digits, case) and, in Arabic, its proclitics are split off, so والحكومة and الحكومة share the stem حكومه
// and ٢٠١٦ matches 2016. Offsets always point into the original text (UTF-16, end exclusive), so a caller can
// underline or replace the whole inflected word.

export interface WordToken {
  /** Offsets of the whole written word in the original text. */
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** The word folded for matching (clitics still attached). */
  folded: string;
  /** Proclitics split off the folded word, outermost first: e.g. ['و', 'ال'] for والحكومة. Empty for Latin. */
  clitics: readonly string[];
  /** The folded word without its proclitics; equal to `folded` when none were split. */
  stem: string;
  /**
   * Every reading of the word, from the whole folded word to `stem`, one proclitic fewer at each step
   * (والحكومه, الحكومه, حكومه). A word that merely begins like a clitic (وزير, كتاب) keeps its whole form
   * here, so `sameWord` still pairs الوزير with وزير.
   */
  readings: readonly string[];
  /** True for a word in Arabic script. */
  arabic: boolean;
  /** True for a number (digits in any script, with , . separators inside). */
  numeric: boolean;
}

// A number keeps its inner separators (1,000.5 / ١٬٠٠٠٫٥); a word is letters and marks, with an inner
// apostrophe or hyphen in Latin (don't, al-Assad stays one token so that names match as written).
const WORD = /[\p{Nd}]+(?:[.,٫٬][\p{Nd}]+)*|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;

/** Conjunctions first, then a preposition, then the article; لل is ل + ال with the alef elided. */
const CONJUNCTIONS = ['و', 'ف'] as const;
const PREPOSITIONS = ['ب', 'ك', 'ل'] as const;

/**
 * Splits the proclitics (و ف, then ب ك ل, then ال) off a folded Arabic word. A clitic is split only when
 * what remains is still a plausible stem (two letters after the article, three after a one-letter clitic),
 * so short words such as ول or بل stay whole. The split is deterministic, so the same word always splits the
 * same way on both sides of a comparison; words that merely begin with و (وزير) lose a letter in both.
 */
export function splitProclitics(folded: string): { clitics: string[]; stem: string; readings: string[] } {
  const clitics: string[] = [];
  const readings = [folded];
  let rest = folded;
  const strip = (clitic: string, letters: number): void => {
    clitics.push(clitic);
    rest = rest.slice(letters);
    readings.push(rest);
  };
  const conj = CONJUNCTIONS.find((c) => rest.startsWith(c) && rest.length - 1 >= 3);
  if (conj !== undefined) strip(conj, 1);
  // لل + stem: the preposition ل before the article, whose alef is not written.
  if (rest.startsWith('لل') && rest.length - 2 >= 2) {
    strip('ل', 1);
    strip('ال', 1);
    return { clitics, stem: rest, readings };
  }
  const prep = PREPOSITIONS.find((p) => rest.startsWith(p) && rest.length - 1 >= 3);
  if (prep !== undefined && (rest.startsWith('ال', 1) ? rest.length - 3 >= 2 : true)) strip(prep, 1);
  if (rest.startsWith('ال') && rest.length - 2 >= 2) strip('ال', 2);
  return { clitics, stem: rest, readings };
}

/** The words of `text`, folded, with Arabic proclitics split off. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const surface = m[0];
    const start = m.index;
    const folded = foldForMatch(surface);
    if (folded === '') continue;
    const numeric = /^\p{Nd}/u.test(surface);
    const arabic = !numeric && ARABIC_LETTER.test(surface);
    const { clitics, stem, readings } = arabic ? splitProclitics(folded) : { clitics: [], stem: folded, readings: [folded] };
    tokens.push({ start, end: start + surface.length, text: surface, folded, clitics, stem, readings, arabic, numeric });
  }
  return tokens;
}

/**
 * True when two words are the same word up to folding and proclitics: some reading of one is a reading of
 * the other (والحكومة ~ الحكومة ~ حكومة, الوزير ~ وزير, ٢٠١٦ ~ 2016).
 */
export function sameWord(a: WordToken, b: WordToken): boolean {
  if (a.stem === b.stem) return true;
  return a.readings.some((r) => b.readings.includes(r));
}

/** The stems of `text` in order: the unit fuzzy matching and term lookup compare. */
export function wordStems(text: string): string[] {
  return wordTokens(text).map((t) => t.stem);
}
