import { describe, expect, it } from 'vitest';
import { displayRuns, widenToWord } from '../../../../src/core/annotation/display-runs.js';

const AR = 'قالَ المتحدثُ جون كيربي إنّ القرار صعب.';
const at = (needle: string) => ({ start: AR.indexOf(needle), end: AR.indexOf(needle) + needle.length });

describe('widenToWord', () => {
  it.each([
    ['a whole word stays', 'كيربي', 'كيربي'],
    ['inside a word grows to the word', 'يرب', 'كيربي'],
    ['a word with diacritics keeps them', 'متحدث', 'المتحدثُ'],
    ['two words', 'جون كير', 'جون كيربي'],
  ])('%s', (_name, part, whole) => {
    const { start, end } = widenToWord(AR, at(part).start, at(part).end);
    expect(AR.slice(start, end)).toBe(whole);
  });

  it('leaves Latin text alone at word edges that are not Arabic letters', () => {
    expect(widenToWord('John Kirby said', 1, 3)).toEqual({ start: 1, end: 3 });
  });
});

describe('displayRuns', () => {
  it('plain text is one run with no spans', () => {
    expect(displayRuns('abc', [], { wholeWords: false })).toEqual([{ start: 0, end: 3, ids: [] }]);
  });

  it('overlapping spans: runs change where the covering set changes, outermost first', () => {
    // "John Kirby said" — speaker 1 = "John Kirby", cue 2 = "said", content 3 = "Kirby said"
    const text = 'John Kirby said it';
    const runs = displayRuns(text, [{ id: 1, start: 0, end: 10 }, { id: 2, start: 11, end: 15 }, { id: 3, start: 5, end: 15 }], { wholeWords: false });
    expect(runs.map((r) => [text.slice(r.start, r.end), r.ids])).toEqual([
      ['John ', [1]],
      ['Kirby', [1, 3]],
      [' ', [3]],
      ['said', [3, 2]],
      [' it', []],
    ]);
  });

  it('Arabic: runs are cut between words only, never between joined letters', () => {
    const runs = displayRuns(AR, [{ id: 1, ...at('يرب') }, { id: 2, ...at('حدث') }], { wholeWords: true });
    const pieces = runs.filter((r) => r.ids.length).map((r) => AR.slice(r.start, r.end));
    expect(pieces).toEqual(['المتحدثُ', 'كيربي']);
    expect(runs.map((r) => AR.slice(r.start, r.end)).join('')).toBe(AR);
  });

  it('empty (edited-away) spans draw nothing; spans past the end are clipped', () => {
    expect(displayRuns('abc', [{ id: 1, start: 2, end: 2 }, { id: 2, start: 1, end: 99 }], { wholeWords: false })).toEqual([
      { start: 0, end: 1, ids: [] },
      { start: 1, end: 3, ids: [2] },
    ]);
  });
});

describe('widenToWord and Arabic punctuation', () => {
  it('does not widen over Arabic punctuation or digits next to a word', () => {
    const text = 'قالت الحكومة، إن ٣٢ شخصًا؟';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    expect(widenToWord(text, at('الحكومة').start, at('الحكومة').end)).toEqual(at('الحكومة'));
    expect(widenToWord(text, at('شخصًا').start, at('شخصًا').end)).toEqual(at('شخصًا'));
  });
});
