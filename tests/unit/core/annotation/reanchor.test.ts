import { describe, expect, it } from 'vitest';
import { mapSpansThroughEdit } from '../../../../src/core/annotation/reanchor.js';

/** A span over the first occurrence of `text` in `within` (at or after `from`). */
function spanOf(within: string, text: string, from = 0): { start: number; end: number } {
  const start = within.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in "${within}"`);
  return { start, end: start + text.length };
}

const EN = 'Kirby said the talks failed.';
const AR = 'قال المتحدث جون كيربي إن المحادثات فشلت.';
const AR_VOWELLED = 'قالَ المُتَحَدِّثُ جون كِيرْبِي إنَّ المُحادَثاتِ فَشِلَتْ.';

// before, after, the marked text in before, [the text the span covers after, lost]
const cases: [string, string, string, string, [string, boolean]][] = [
  ['no change', EN, EN, 'talks', ['talks', false]],
  ['typing before the span', EN, `Yesterday ${EN}`, 'talks', ['talks', false]],
  ['typing right before the span stays outside', EN, 'John Kirby said the talks failed.', 'Kirby', ['Kirby', false]],
  ['typing right after the span stays outside', EN, 'Kirby said the talks have failed.', 'the talks', ['the talks', false]],
  ['typing inside the span extends it', EN, 'Kirby said the peace talks failed.', 'the talks', ['the peace talks', false]],
  ['typing after the span', EN, 'Kirby said the talks failed again.', 'Kirby', ['Kirby', false]],
  ['deleting text before the span', EN, 'said the talks failed.', 'talks', ['talks', false]],
  ['a small correction inside', 'a Kirbey b', 'a Kirby b', 'Kirbey', ['Kirby', false]],
  ['retyping the end of the span', 'a Kirby b', 'a Kirbie b', 'Kirby', ['Kirbie', false]],
  ['replacing the word under the span', EN, 'Toner said the talks failed.', 'Kirby', ['Toner', true]],
  ['deleting the span text', EN, ' said the talks failed.', 'Kirby', ['', true]],
  ['deleting more than half of it', EN, 'Kirby said the ks failed.', 'talks', ['ks', true]],
  ['deleting exactly half keeps it', 'x abcd y', 'x ab y', 'abcd', ['ab', false]],
  ['rewriting the sentence around a name kept verbatim', EN, 'Yesterday the spokesman Kirby told reporters the negotiations collapsed.', 'Kirby', ['Kirby', false]],
  ['replacing the whole text', EN, 'Completely different words here now.', 'talks', ['Completely different words here now', true]],
  ['emptying the text', EN, '', 'talks', ['', true]],
  ['Arabic: typing before the span', AR, `أمس ${AR}`, 'جون كيربي', ['جون كيربي', false]],
  ['Arabic: adding diacritics inside the span', AR, AR_VOWELLED, 'كيربي', ['كِيرْبِي', false]],
  ['Arabic: adding diacritics everywhere', AR, AR_VOWELLED, 'المحادثات فشلت', ['المُحادَثاتِ فَشِلَتْ', false]],
  ['Arabic: removing the diacritics again', AR_VOWELLED, AR, 'كِيرْبِي', ['كيربي', false]],
  ['Arabic: replacing the name', AR, AR.replace('كيربي', 'تونر'), 'كيربي', ['تونر', true]],
  ['surrogate pairs before the span', 'I 👍 Kirby', 'I 👍👍 Kirby', 'Kirby', ['Kirby', false]],
];

describe('mapSpansThroughEdit', () => {
  it.each(cases)('%s', (_name, before, after, marked, [text, lost]) => {
    const [mapped] = mapSpansThroughEdit(before, after, [spanOf(before, marked)]);
    expect(mapped).toBeDefined();
    expect(after.slice(mapped!.start, mapped!.end)).toBe(text);
    expect(mapped!.lost).toBe(lost);
    expect(0 <= mapped!.start && mapped!.start <= mapped!.end && mapped!.end <= after.length).toBe(true);
  });

  // Zero-width spans sit between two characters: lost only when the text around them vanished.
  const zeroWidth: [string, string, string, number, [number, boolean]][] = [
    ['unchanged', 'Kirby said', 'Kirby said', 5, [5, false]],
    ['typing at it stays after it', 'Kirby said', 'Kirby, said', 5, [5, false]],
    ['one neighbour deleted', 'Kirby said', 'Kirbysaid', 5, [5, false]],
    ['text before it deleted', 'Kirby said', 'said', 6, [0, false]],
    ['both neighbours deleted', 'Kirby said', 'Kirsaid', 5, [3, true]],
    ['the text emptied', 'Kirby said', '', 5, [0, true]],
    ['an empty text filled', '', 'Kirby', 0, [0, false]],
  ];
  it.each(zeroWidth)('zero-width: %s', (_name, before, after, at, [expected, lost]) => {
    expect(mapSpansThroughEdit(before, after, [{ start: at, end: at }])).toEqual([{ start: expected, end: expected, lost }]);
  });

  it('maps several spans through one edit, each on its own', () => {
    const before = 'Kirby said the talks failed.';
    const after = 'Yesterday Kirby said that the peace talks failed.';
    const mapped = mapSpansThroughEdit(before, after, [spanOf(before, 'Kirby'), spanOf(before, 'said'), spanOf(before, 'talks'), spanOf(before, 'failed')]);
    expect(mapped.map((m) => after.slice(m.start, m.end))).toEqual(['Kirby', 'said', 'talks', 'failed']);
    expect(mapped.every((m) => !m.lost)).toBe(true);
  });

  it('clamps offsets outside the old text instead of failing', () => {
    const [m] = mapSpansThroughEdit('abc', 'abcd', [{ start: 2, end: 99 }]);
    expect(m).toEqual({ start: 2, end: 3, lost: false });
  });

  it('a 2,000-character text: edits at the start, middle and end keep far spans exactly', () => {
    const sentence = 'قال المتحدث باسم وزارة الخارجية الأمريكية مارك تونر إن المحادثات مع موسكو علقت. ';
    const before = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 2000);
    const spans = Array.from({ length: 50 }, (_, k) => ({ start: k * 40, end: k * 40 + 10 }));
    // Inserted between two spans (1000..1010 and 1040..1050), so where the diff puts it is not ambiguous for a boundary.
    const after = `بداية ${before.slice(0, 1020)}إضافة في الوسط ${before.slice(1020)} نهاية`;
    const mapped = mapSpansThroughEdit(before, after, spans);
    expect(mapped).toHaveLength(50);
    mapped.forEach((m, k) => {
      const s = spans[k]!;
      expect(after.slice(m.start, m.end)).toBe(before.slice(s.start, s.end));
      expect(m.lost).toBe(false);
    });
    // A wholesale rewrite of a long text is handled too (one replacement: every span lost).
    const rewritten = mapSpansThroughEdit(before, 'x'.repeat(2000), spans);
    expect(rewritten.every((m) => m.lost)).toBe(true);
  });
});
