import { wordTokens, type WordToken } from '../text/word-tokens.js';

// What the translation memory compares and indexes: Mizan's word tokens (folded, Arabic proclitics split),
// so والحكومة finds الحكومة and ٢٠١٦ finds 2016. The index holds one term per word, its stem made safe for
// FTS5's unicode61 tokenizer (letters and digits only), so a query's terms are exactly the index's terms.

/** The index term of a word: its stem with anything but letters and digits removed (1,000.5 → 10005). */
export function indexTerm(token: WordToken): string {
  return token.stem.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The index terms of a text, in order, one per word (words that fold to nothing are left out). */
export function indexTerms(text: string): string[] {
  return wordTokens(text).map(indexTerm).filter((t) => t !== '');
}

/** The text an index row holds: the terms joined by spaces. */
export function indexDocument(text: string): string {
  return indexTerms(text).join(' ');
}
