import type { SegmentationRuleSet } from './types.js';
import { ARABIC_RULES } from './rules/ar.js';
import { ENGLISH_RULES } from './rules/en.js';

export type DefaultRuleLanguage = 'ar' | 'en';

export const DEFAULT_RULE_LANGUAGES: readonly DefaultRuleLanguage[] = ['ar', 'en'];

const DEFAULTS: Record<DefaultRuleLanguage, SegmentationRuleSet> = { ar: ARABIC_RULES, en: ENGLISH_RULES };

/**
 * The built-in rule set for a language, as a fresh copy: a project stores it and edits its own copy,
 * so the defaults themselves can never be changed by accident.
 */
export function defaultRuleSet(lang: DefaultRuleLanguage): SegmentationRuleSet {
  return JSON.parse(JSON.stringify(DEFAULTS[lang])) as SegmentationRuleSet;
}
