import { DEFAULT_FOLDS, foldForMatch, foldWithMap, foldedIncludes, type FoldOptions } from './normalize/index.js';

// Search compares folded text: every Arabic fold on (alef forms, hamza seats, ta marbuta, alef
// maqsura, harakat, tatweel, Persian letters, digits) and, unless the user asks to match case, case.
const CASE_SENSITIVE: FoldOptions = { ...DEFAULT_FOLDS, caseFold: false };

export interface MatchOptions {
  matchCase?: boolean;
  /** Only matches with no letter, mark or digit right before or after them (الى does not find اليوم). */
  wholeWord?: boolean;
}

/** The text as the search index stores it. */
export function searchKey(text: string, matchCase = false): string {
  return foldForMatch(text, matchCase ? CASE_SENSITIVE : DEFAULT_FOLDS);
}

/** Whether searchKey(text) contains `key` (a search key), without building it. */
export function holdsSearchKey(text: string, key: string): boolean {
  return foldedIncludes(text, key, DEFAULT_FOLDS);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when [start, end) of `text` is not glued to a letter, mark or digit on either side. */
function isWholeWord(text: string, start: number, end: number): boolean {
  return (start === 0 || !WORD_CHAR.test(text[start - 1]!)) && (end >= text.length || !WORD_CHAR.test(text[end]!));
}

/** Ranges of `text` (UTF-16, end exclusive) whose folded form contains the folded `query`. */
export function findFoldedRanges(text: string, query: string, { matchCase = false, wholeWord = false }: MatchOptions = {}): { start: number; end: number }[] {
  const needle = searchKey(query, matchCase);
  if (needle === '') return [];
  const folded = foldWithMap(text, matchCase ? CASE_SENSITIVE : DEFAULT_FOLDS);
  const ranges: { start: number; end: number }[] = [];
  let at = folded.text.indexOf(needle);
  while (at !== -1) {
    const end = at + needle.length;
    // Word edges are judged on the folded text: removed diacritics and tatweel belong to their letter.
    if (wholeWord && !isWholeWord(folded.text, at, end)) {
      at = folded.text.indexOf(needle, at + 1);
      continue;
    }
    ranges.push(folded.toOriginalRange(at, end));
    at = folded.text.indexOf(needle, end);
  }
  return ranges;
}
