import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import {
  DEFAULT_RULE_LANGUAGES, defaultRuleSet, segmentText, validateRuleSet,
  type DefaultRuleLanguage, type SegmentationRuleSet, type SentenceSpan,
} from '../core/text/segmentation/index.js';
import { deleteMeta, getMeta, setMeta } from '../store/meta.js';

export interface ProjectRuleSet {
  ruleSet: SegmentationRuleSet;
  /** False once the project has its own (edited) rules for the language. */
  isDefault: boolean;
}

const metaKey = (lang: DefaultRuleLanguage) => `segmentation.${lang}`;

/** The rule language for a BCP 47 tag: its primary subtag when Mizan has rules for it, else English. */
export function ruleLanguage(tag: string): DefaultRuleLanguage {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  return (DEFAULT_RULE_LANGUAGES as readonly string[]).includes(primary) ? (primary as DefaultRuleLanguage) : 'en';
}

/** The project's rules for a language (its edited copy, or Mizan's defaults). */
export function projectRuleSet(db: Database | null, tag: string): ProjectRuleSet {
  const lang = ruleLanguage(tag);
  const stored = db ? getMeta(db, metaKey(lang)) : undefined;
  if (stored) {
    try {
      const ruleSet = JSON.parse(stored) as SegmentationRuleSet;
      if (validateRuleSet(ruleSet).length === 0) return { ruleSet, isDefault: false };
    } catch {
      // A damaged stored rule set must not block imports: fall back to the defaults.
    }
  }
  return { ruleSet: defaultRuleSet(lang), isDefault: true };
}

export function assertValidRuleSet(ruleSet: SegmentationRuleSet): void {
  const problems = validateRuleSet(ruleSet);
  if (problems.length === 0) return;
  const described = problems.slice(0, 3).map((p) => `${p.rule === null ? '' : `rule ${p.rule + 1} `}${p.field}: ${p.message}`);
  throw new MizanError('bad-input', `the segmentation rules have ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${described.join('; ')}`);
}

export function saveProjectRuleSet(db: Database, tag: string, ruleSet: SegmentationRuleSet): ProjectRuleSet {
  assertValidRuleSet(ruleSet);
  setMeta(db, metaKey(ruleLanguage(tag)), JSON.stringify(ruleSet));
  return { ruleSet, isDefault: false };
}

export function resetProjectRuleSet(db: Database, tag: string): ProjectRuleSet {
  deleteMeta(db, metaKey(ruleLanguage(tag)));
  return projectRuleSet(db, tag);
}

/** Segments a sample with rules that are being edited, for the settings view's live preview. */
export function trySegmentation(ruleSet: SegmentationRuleSet, text: string): SentenceSpan[] {
  assertValidRuleSet(ruleSet);
  return segmentText(text, ruleSet);
}
