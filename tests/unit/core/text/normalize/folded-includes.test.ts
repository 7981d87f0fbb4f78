import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLDS, foldForMatch, foldedIncludes, NO_FOLDS } from '../../../../../src/core/text/normalize/index.js';
import { holdsSearchKey, searchKey } from '../../../../../src/core/text/search-key.js';

// Alef forms, hamza seats, ta marbuta, alef maqsura, harakat, tatweel, a dagger alef, Latin case, digits, spaces.
const ALPHABET = ['ا', 'أ', 'إ', 'آ', 'ء', 'ئ', 'ؤ', 'ي', 'ى', 'ة', 'ه', 'َ', 'ً', 'ـ', 'ٰ', 'ل', 'a', 'A', 'b', '٢', '2', ' '];

/** A deterministic pseudo-random string over ALPHABET. */
function sample(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += ALPHABET[x % ALPHABET.length];
  }
  return out;
}

describe('foldedIncludes', () => {
  it('agrees with folding the text and calling includes, on thousands of mixed strings', () => {
    let found = 0;
    for (let seed = 1; seed < 3000; seed++) {
      const text = sample(seed, 1 + (seed % 40));
      const needle = foldForMatch(sample(seed * 7 + 3, 1 + (seed % 4)), DEFAULT_FOLDS);
      const expected = foldForMatch(text, DEFAULT_FOLDS).includes(needle);
      if (expected) found++;
      expect(foldedIncludes(text, needle, DEFAULT_FOLDS), `${JSON.stringify(text)} ∋ ${JSON.stringify(needle)}`).toBe(expected);
    }
    // Both answers occur, so the comparison says something.
    expect(found).toBeGreaterThan(100);
    expect(found).toBeLessThan(2900);
  });

  it('overlapping needles need the failure links: "aab" in "aaab"', () => {
    expect(foldedIncludes('aaab', 'aab', NO_FOLDS)).toBe(true);
    expect(foldedIncludes('abaabab', 'abab', NO_FOLDS)).toBe(true);
    expect(foldedIncludes('abaaba', 'abab', NO_FOLDS)).toBe(false);
  });

  it('holdsSearchKey: a search key is found through harakat, tatweel and letter forms', () => {
    expect(holdsSearchKey('قالَت المسؤولـة', searchKey('مسءوله'))).toBe(true);
    expect(holdsSearchKey('الولايات المتحدة الأمريكية', searchKey('امريكيه'))).toBe(true);
    expect(holdsSearchKey('The United States', searchKey('STATES'))).toBe(true);
    expect(holdsSearchKey('The United States', searchKey('kingdom'))).toBe(false);
  });
});
