import { sameWord, wordTokens, type WordToken } from '../text/word-tokens.js';
import type { TextRange } from '../model.js';
import { literalRuns } from './raw-prefilter.js';

// Finding a phrase as words: each query word must be the same word as the text's word in that place
// (folded, proclitics split: الحكومة finds والحكومة and للحكومة), in order, with nothing between.

export interface PhraseQuery {
  words: readonly WordToken[];
  /** The stems of the words: a text holding an occurrence holds each of them in its folded form. */
  stems: readonly string[];
  /** Letters of the stems that must appear as written (raw-prefilter.ts). */
  runs: readonly string[];
}

/** At most this many words in a query: a phrase, not a paragraph. */
export const MAX_QUERY_WORDS = 12;

/** The query's words, or null when it has none (punctuation only, empty). */
export function compilePhrase(query: string): PhraseQuery | null {
  const words = wordTokens(query).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  const stems = words.map((w) => w.stem);
  return { words, stems, runs: literalRuns(stems) };
}

/**
 * A cheap necessary condition for an occurrence: the folded text contains every query stem. Sound
 * because a word's stem is a suffix of each of its readings, and `sameWord` needs a shared reading,
 * which is part of the text's folded word.
 */
export function mayContain(foldedText: string, phrase: PhraseQuery): boolean {
  return phrase.stems.every((stem) => foldedText.includes(stem));
}

/** Every occurrence of the phrase in `tokens` (the text's words), as offsets of the whole words. */
export function findPhrase(tokens: readonly WordToken[], phrase: PhraseQuery): TextRange[] {
  const found: TextRange[] = [];
  const n = phrase.words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let all = true;
    for (let k = 0; k < n && all; k++) all = sameWord(tokens[i + k]!, phrase.words[k]!);
    if (!all) continue;
    found.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
    i += n - 1;
  }
  return found;
}
