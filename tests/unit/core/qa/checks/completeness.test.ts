import { describe, expect, it } from 'vitest';
import { doNotTranslateChanged, emptyTarget, identicalToSource, omission, untranslated } from '../../../../../src/core/qa/checks/completeness.js';
import { EMPTY_CONTEXT, hitsOf, qaSegment } from '../qa-fixtures.js';

describe('completeness checks', () => {
  it.each([
    ['قال الوزير', '', 1],
    ['قال الوزير', '   ', 1],
    ['قال الوزير', 'The minister said', 0],
    ['', '', 0],
  ])('empty-target: %s → "%s" gives %i', (source, target, n) => {
    expect(hitsOf(emptyTarget, source, target)).toHaveLength(n);
  });

  it.each([
    ['قال الوزير إن الاتفاق صامد', 'قال الوزير إن الاتفاق', 1], // pasted Arabic
    ['قال الوزير إن الاتفاق صامد', 'The minister said the deal holds (الاتفاق)', 0], // a gloss in Arabic is fine
    ['قال الوزير', 'قال الوزير', 0], // identical: the other check reports it
    ['BBC', 'BBC', 0],
  ])('untranslated: %s → %s gives %i', (source, target, n) => {
    expect(hitsOf(untranslated, source, target)).toHaveLength(n);
  });

  it.each([
    ['قال الوزير', 'قال الوزير', 1],
    ['قال الوزير', '\u200Fقال  الوزير ', 1], // bidi marks and spacing do not hide a copy
    ['2016', '2016', 0], // nothing to translate
    ['https://example.org', 'https://example.org', 0],
    ['قال الوزير', 'The minister said', 0],
  ])('identical-to-source: %s → %s gives %i', (source, target, n) => {
    expect(hitsOf(identicalToSource, source, target)).toHaveLength(n);
  });

  it('do-not-translate-changed: only for marked segments whose English differs', () => {
    expect(doNotTranslateChanged.run(qaSegment('#hashtag', '#hashtag', { doNotTranslate: true }), EMPTY_CONTEXT)).toEqual([]);
    expect(doNotTranslateChanged.run(qaSegment('#هاشتاج', 'a hashtag', { doNotTranslate: true }), EMPTY_CONTEXT)).toHaveLength(1);
    expect(doNotTranslateChanged.run(qaSegment('#هاشتاج', 'a hashtag'), EMPTY_CONTEXT)).toEqual([]);
    // an unmarked empty do-not-translate segment is the empty check's business, not this one's
    expect(doNotTranslateChanged.run(qaSegment('#هاشتاج', '', { doNotTranslate: true }), EMPTY_CONTEXT)).toEqual([]);
  });

  const arabic = 'قالت هيئة مكافحة الكوارث في إندونيسيا في وقت مبكر يوم الأحد إن عدد الوفيات جراء الزلزال وتسونامي إندونيسيا قد ارتفع ليصل إلى 832 حالة وفاة.';
  it.each([
    [arabic, "The death toll in Indonesia's earthquake and tsunami has climbed to 832, the country's disaster agency said early Sunday.", 0],
    [arabic, 'The death toll has climbed.', 1],
    ['ارتفاع عدد الوفيات', 'Toll rises', 0], // a headline is too short to judge by length
  ])('omission: %s → %s gives %i', (source, target, n) => {
    expect(hitsOf(omission, source, target)).toHaveLength(n);
  });
});
