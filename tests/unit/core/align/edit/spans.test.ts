import { describe, expect, it } from 'vitest';
import { cutText, findNearest, placeSpan, reanchorSpan } from '../../../../../src/core/align/edit/index.js';

describe('placeSpan', () => {
  //           0123456789012345
  const text = 'One two. Three four.';
  const cut = cutText(text, 9); // "One two." | "Three four."
  it.each([
    ['wholly before', 0, 3, 'first', 0, 3, false],
    ['ending at the cut', 4, 8, 'first', 4, 8, false],
    ['with trailing space only', 4, 9, 'first', 4, 8, false],
    ['wholly after', 9, 14, 'second', 0, 5, false],
    ['starting in the trimmed space', 8, 14, 'second', 0, 5, false],
    ['through the cut', 4, 14, 'first', 4, 8, true],
    ['zero-width at the cut', 9, 9, 'first', 8, 8, false],
  ] as const)('%s', (_name, start, end, part, s, e, flagged) => {
    expect(placeSpan({ start, end }, cut)).toEqual({ part, start: s, end: e, cut: flagged });
  });

  it('keeps the characters of spans that are not cut', () => {
    for (const [start, end] of [[0, 3], [4, 7], [9, 14], [15, 20]] as const) {
      const placed = placeSpan({ start, end }, cut);
      const part = placed.part === 'first' ? cut.first : cut.second;
      expect(part.slice(placed.start, placed.end)).toBe(text.slice(start, end));
    }
  });
});

describe('reanchorSpan', () => {
  it.each([
    ['unchanged text', 'a b c', 'a b c', 2, 3, 2, 3, false],
    ['text inserted before', 'Kirby said', 'John Kirby said', 0, 5, 5, 10, false],
    ['nearest of two', 'x Kirby y Kirby', 'Kirby x Kirby y Kirby', 10, 15, 8, 13, false],
    ['text gone', 'Kirby said', 'He said', 0, 5, 0, 5, true],
    ['text gone, clamped', 'said Kirby', 'said', 5, 10, 4, 4, true],
  ] as const)('%s', (_name, before, after, start, end, s, e, lost) => {
    expect(reanchorSpan(before, after, { start, end })).toEqual({ start: s, end: e, lost });
  });
});

describe('findNearest', () => {
  it.each([
    ['abcabcabc', 'abc', 4, 3],
    ['abcabcabc', 'abc', 7, 6],
    ['abc', 'x', 0, null],
    ['abc', '', 9, 3],
  ] as const)('%j / %j near %i', (haystack, needle, near, expected) => {
    expect(findNearest(haystack, needle, near)).toBe(expected);
  });
});
