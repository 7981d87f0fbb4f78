import { describe, expect, it } from 'vitest';
import { cutText, isProperCut, joinTexts } from '../../../../../src/core/align/edit/index.js';

describe('cutText', () => {
  it.each([
    // text, offset, first, second, firstEnd, secondStart
    ['Hello. World', 6, 'Hello.', 'World', 6, 7],
    ['Hello. World', 7, 'Hello.', 'World', 6, 7],
    ['Hello.   World', 8, 'Hello.', 'World', 6, 9],
    ['abc', 0, '', 'abc', 0, 0],
    ['abc', 3, 'abc', '', 3, 3],
    ['قال. ثم', 4, 'قال.', 'ثم', 4, 5],
  ] as const)('%j at %i', (text, offset, first, second, firstEnd, secondStart) => {
    const cut = cutText(text, offset);
    expect(cut).toEqual({ first, second, firstEnd, offset, secondStart });
    expect(text.slice(0, cut.firstEnd)).toBe(cut.first);
    expect(text.slice(cut.secondStart)).toBe(cut.second);
  });

  it.each([-1, 4, 1.5, Number.NaN])('rejects offset %s', (offset) => {
    expect(() => cutText('abc', offset)).toThrow(RangeError);
  });

  it.each([
    ['ab cd', 2, true],
    ['ab   ', 3, false],
    ['   ab', 2, false],
    ['ab', 0, false],
  ] as const)('isProperCut(%j at %i) = %s', (text, offset, proper) => {
    expect(isProperCut(cutText(text, offset))).toBe(proper);
  });
});

describe('joinTexts', () => {
  it.each([
    ['One.', 'Two.', 'One. Two.', 5],
    ['', 'Two.', 'Two.', 0],
    ['One.', '', 'One.', 4],
    ['', '', '', 0],
    ['One. ', 'Two.', 'One. Two.', 5],
    ['One.', ' Two.', 'One. Two.', 4],
  ] as const)('%j + %j', (a, b, text, shift) => {
    const joined = joinTexts(a, b);
    expect(joined).toEqual({ text, shift });
    expect(joined.text.slice(joined.shift)).toBe(b);
  });
});
