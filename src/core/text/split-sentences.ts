// The convenience entry point the rest of the app calls: the default rules of a language. Projects
// with their own (edited) rules call segmentText from ./segmentation directly.
import { defaultRuleSet, type DefaultRuleLanguage } from './segmentation/default-rules.js';
import { segmentText } from './segmentation/segment-text.js';
import type { SegmentationRuleSet, SentenceSpan } from './segmentation/types.js';

export type { SentenceSpan } from './segmentation/types.js';

const defaults = new Map<DefaultRuleLanguage, SegmentationRuleSet>();

/** Splits plain text into sentences with the default rules of `lang` (see segmentText). */
export function splitSentences(text: string, lang: DefaultRuleLanguage = 'ar'): SentenceSpan[] {
  let rules = defaults.get(lang);
  if (!rules) {
    rules = defaultRuleSet(lang);
    defaults.set(lang, rules);
  }
  return segmentText(text, rules);
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}
