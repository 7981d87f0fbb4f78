import { splitSentences } from '../../text/split-sentences.js';
import { cutText, type TextCut } from './text-cut.js';

/**
 * The cut that separates the first English sentence from the rest (the rest may be empty), or
 * null when the text has no sentence.
 */
export function firstSentenceCut(text: string): TextCut | null {
  const sentences = splitSentences(text, 'en');
  if (sentences.length === 0) return null;
  return cutText(text, sentences[1]?.start ?? text.length);
}

/** The cut that separates the last English sentence (the second part) from the rest, or null. */
export function lastSentenceCut(text: string): TextCut | null {
  const sentences = splitSentences(text, 'en');
  const last = sentences[sentences.length - 1];
  if (!last) return null;
  return cutText(text, sentences.length === 1 ? 0 : last.start);
}
