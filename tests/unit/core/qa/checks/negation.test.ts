import { describe, expect, it } from 'vitest';
import { negationMismatch } from '../../../../../src/core/qa/checks/negation.js';
import { isAffixNegative } from '../../../../../src/core/qa/lexicon/negation.js';
import { hitsOf } from '../qa-fixtures.js';

describe('negation-mismatch', () => {
  it.each([
    // faithful: negators rendered by a negator, a negative word, or an affix
    ['لم يتبادل البلدان السفراء منذ عام 1962', 'The two countries have not exchanged ambassadors since 1962', 0],
    ['لم يتمكن أحد من التفكير في ما حدث', 'Nobody could believe what was happening', 0],
    ['ليس هناك أي وقت أمام ويلوبي', 'Willoughby has no time', 0],
    ['أنت لديك السلطة عندما تكون معظم السيدات بدون سلطة', 'you have power when so many women are powerless', 0],
    ['هذا الادعاء الذي لا أساس له', 'This unfounded allegation', 0],
    ['لن تتخلى بوليفيا أبدا عن حقها', 'Bolivia will never give up its right', 0],
    ['وقال إنه لن يعلق', "He said he wouldn't comment", 0],
    ['فشل في الوصول', 'He failed to arrive', 0],
    // traps: not negations
    ['لا تزال ذكرى الخط الساحلي حية', 'the memory of a coastline is still vivid', 0],
    ['لا سيما في الجنوب', 'especially in the south', 0],
    ['لا بد من الحوار', 'dialogue is a must', 0],
    ['ما الذي حدث؟', 'What happened?', 0],
    ['دول غير أعضاء', 'non-member states', 0],
    ['غير أن الوضع تحسن', 'But the situation improved', 0],
    ['ومما لا شك فيه أنه سيفوز', 'He will no doubt win', 0],
    ['بشجاعة لا متناهية', 'with the greatest gallantry', 0],
    ['عندما وصلت إلى السيد فليس', 'When I reached Mr. Fleiss', 0], // فليس is a name here, not ف + ليس
    ['توقف عن التدخين', 'He no longer smokes', 0],
    ['ليس فقط الاقتصاد بل أيضا الصحة', 'not only the economy but also health', 0],
    // errors
    ['لم يتبادل البلدان السفراء', 'The two countries have exchanged ambassadors', 1],
    ['الحيوان لا ينتمي إلى يوان', 'The animal belonged to Yuan', 1],
    ['لن يدلوا بأصواتهم بدون تحقيق', 'they would vote without an investigation', 1], // two negations, one left
    ['وافق البرلمان على القانون', 'Parliament did not approve the law', 1],
    ['وافق البرلمان على القانون', "Parliament didn't approve the law", 1],
  ])('%s → %s gives %i', (source, target, n) => {
    expect(hitsOf(negationMismatch, source, target)).toHaveLength(n);
  });

  it('points at the Arabic negator that lost its English', () => {
    const [hit] = hitsOf(negationMismatch, 'وقال إنه لم يحضر', 'He said he attended');
    expect(hit?.range).toEqual({ side: 'source', start: 9, end: 11 });
  });

  it.each([
    ['unlikely', true], ['powerless', true], ['non-binding', true], ['impossible', true],
    ['under', false], ['united', false], ['unless', false], ['university', false], ['regardless', false], ['information', false],
  ])('isAffixNegative(%s) is %s', (word, expected) => {
    expect(isAffixNegative(word)).toBe(expected);
  });
});
