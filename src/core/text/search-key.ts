import { DEFAULT_FOLDS, foldForMatch, foldWithMap, type FoldOptions } from './normalize/index.js';

// Search compares folded text: every Arabic fold on (alef forms, ta marbuta, alef maqsura,
// harakat, tatweel, Persian letters, digits) and, unless the user asks to match case, case.
const CASE_SENSITIVE: FoldOptions = { ...DEFAULT_FOLDS, caseFold: false };

/** The text as the search index stores it. */
export function searchKey(text: string, matchCase = false): string {
  return foldForMatch(text, matchCase ? CASE_SENSITIVE : DEFAULT_FOLDS);
}

/** Ranges of `text` (UTF-16, end exclusive) whose folded form contains the folded `query`. */
export function findFoldedRanges(text: string, query: string, matchCase = false): { start: number; end: number }[] {
  const needle = searchKey(query, matchCase);
  if (needle === '') return [];
  const folded = foldWithMap(text, matchCase ? CASE_SENSITIVE : DEFAULT_FOLDS);
  const ranges: { start: number; end: number }[] = [];
  for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + needle.length)) {
    ranges.push(folded.toOriginalRange(at, at + needle.length));
  }
  return ranges;
}
