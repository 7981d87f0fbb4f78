import { newStemmer } from 'snowball-stemmers';

// Light suffix stemming for term recognition. Proclitics are already split by word-tokens.ts; here only
// endings go (plural, dual, feminine, attached pronouns), so الحكومات and حكومتها meet حكومة.
// Two sources of keys, both kept only when they are a prefix of the word (a stemmer that also drops a
// leading و turns وزارة into زار, "visited": Mizan's clitic split already decides about prefixes):
// the Snowball Arabic stemmer, and a short list of common suffixes (Snowball leaves حكومات as حكوما).

const snowball = newStemmer('arabic');

/** Folded suffixes, longest first (folded: ة is ه, ى is ي). */
const SUFFIXES = ['تهما', 'تهم', 'تها', 'ته', 'هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'يه', 'ها', 'هم', 'كم', 'نا', 'ه', 'ي'] as const;

/** Keys shorter than this match too much (a two-letter root is half the dictionary). */
export const MIN_STEM_KEY = 3;

/** The suffix-stem keys of one folded reading of a word (none when the word is too short to stem). */
export function stemKeys(reading: string): string[] {
  const keys = new Set<string>();
  // Only a form that lost an ending is a key: a word already at its stem (زار, قطر) must match exactly,
  // or قطرات would find قطر and زارها would find وزارة's stem.
  const add = (key: string): void => {
    if (key.length >= MIN_STEM_KEY && key !== reading && reading.startsWith(key)) keys.add(key);
  };
  add(snowball.stem(reading));
  for (const suffix of SUFFIXES) {
    if (reading.endsWith(suffix) && reading.length - suffix.length >= MIN_STEM_KEY) {
      add(reading.slice(0, -suffix.length));
      break;
    }
  }
  return [...keys];
}
