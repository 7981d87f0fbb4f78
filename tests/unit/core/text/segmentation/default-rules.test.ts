import { describe, expect, it } from 'vitest';
import { validateRuleSet } from '../../../../../src/core/text/segmentation/compile.js';
import { DEFAULT_RULE_LANGUAGES, defaultRuleSet } from '../../../../../src/core/text/segmentation/default-rules.js';
import { segmentText } from '../../../../../src/core/text/segmentation/segment-text.js';
import type { SegmentationRuleSet } from '../../../../../src/core/text/segmentation/types.js';

const SAMPLE =
  'قال د. محمد إن النمو بلغ ٣٫٥ بالمئة… والأخيرة تأسف. انتهى؟ نعم!\n' +
  'The U.S. officials met Mr. Smith at 6 a.m. Tuesday. "Why?" she asked. He left... Then J. Kirby spoke.';

describe.each(DEFAULT_RULE_LANGUAGES.map((lang) => [lang] as const))('defaultRuleSet(%s)', (lang) => {
  it('is valid and names its language', () => {
    const set = defaultRuleSet(lang);
    expect(set.language).toBe(lang);
    expect(validateRuleSet(set)).toEqual([]);
  });

  it('is plain JSON data: a stored and reloaded copy segments identically', () => {
    const set = defaultRuleSet(lang);
    const reloaded = JSON.parse(JSON.stringify(set)) as SegmentationRuleSet;
    expect(reloaded).toEqual(set);
    expect(segmentText(SAMPLE, reloaded)).toEqual(segmentText(SAMPLE, set));
  });

  it('returns a fresh copy each time, so editing one never changes the defaults', () => {
    const edited = defaultRuleSet(lang);
    edited.rules.length = 0;
    Object.values(edited.lists ?? {}).forEach((words) => words.splice(0));
    expect(defaultRuleSet(lang).rules.length).toBeGreaterThan(0);
    expect(defaultRuleSet(lang)).not.toBe(defaultRuleSet(lang));
  });

  it('explains every rule in a note and has a break rule', () => {
    const { rules } = defaultRuleSet(lang);
    for (const rule of rules) expect(rule.note?.length ?? 0).toBeGreaterThan(10);
    expect(rules.some((r) => r.break)).toBe(true);
  });

  it('uses only placeholders it defines', () => {
    const set = defaultRuleSet(lang);
    const defined = new Set([...Object.keys(set.lists ?? {}), ...Object.keys(set.patterns ?? {})]);
    const sources = [...set.rules.flatMap((r) => [r.before, r.after]), ...Object.values(set.patterns ?? {})];
    const used = sources.flatMap((s) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!));
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });
});
