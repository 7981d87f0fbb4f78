import { newStemmer } from 'snowball-stemmers';

// Light suffix stemming for term recognition. Proclitics are already split by word-tokens.ts; here only
// endings go (plural, dual, feminine, attached pronouns, the tanween alif), so الحكومات, حكومتها and
// المهاجرين meet حكومة and مهاجر. A key is kept only when it is a prefix of the word: a stemmer that also
// drops a leading و turns وزارة into زار ("visited"), and Mizan's clitic split already decides prefixes.
//
// The two sides are stemmed differently on purpose. A word of the text gets the Snowball Arabic stemmer's
// stem and the suffix list's; a term (written in citation form) gets only the suffix list's, plus itself
// when it is long enough to be a stem. Snowball on the term too would strip the nisba ي and make تشيلي
// (Chile) meet تشيلية (Chilean); a three-letter term as its own key would make قطر meet قطرات (drops).

const snowball = newStemmer('arabic');

/** Folded suffixes, longest first (folded: ة is ه, ى is ي). No bare ي: it is the nisba of adjectives. */
const SUFFIXES = ['تهما', 'تهم', 'تها', 'ته', 'هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'كم', 'نا', 'ه'] as const;

/** Keys shorter than this match too much (a two-letter root is half the dictionary). */
export const MIN_STEM_KEY = 3;
/** A term at least this long may be the stem of an inflected word of the text (مهاجر in المهاجرين). */
export const MIN_TERM_STEM = 4;

function suffixKey(reading: string): string | null {
  for (const suffix of SUFFIXES) {
    if (reading.endsWith(suffix) && reading.length - suffix.length >= MIN_STEM_KEY) return reading.slice(0, -suffix.length);
  }
  return null;
}

/** The stem keys of one folded reading of a word of the text (none when it has no ending to remove). */
export function textStemKeys(reading: string): string[] {
  const keys = new Set<string>();
  for (const key of [snowball.stem(reading), suffixKey(reading)]) {
    if (key !== null && key.length >= MIN_STEM_KEY && key !== reading && reading.startsWith(key)) keys.add(key);
  }
  return [...keys];
}

/** The stem keys of one folded reading of a term's word: itself when long enough, and without its ending. */
export function termStemKeys(reading: string): string[] {
  const keys: string[] = [];
  if (reading.length >= MIN_TERM_STEM) keys.push(reading);
  const key = suffixKey(reading);
  if (key !== null) keys.push(key);
  return keys;
}
