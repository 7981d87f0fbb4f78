import { describe, expect, it } from 'vitest';
import { firstSentenceCut, lastSentenceCut } from '../../../../../src/core/align/edit/index.js';

describe('sentence cuts for moving English sentences', () => {
  it.each([
    ['One. Two. Three.', 'One.', 'Two. Three.'],
    ['Mr. Smith left. He came back.', 'Mr. Smith left.', 'He came back.'],
    ['Only one.', 'Only one.', ''],
  ] as const)('first of %j', (text, first, rest) => {
    const cut = firstSentenceCut(text)!;
    expect([cut.first, cut.second]).toEqual([first, rest]);
  });

  it.each([
    ['One. Two. Three.', 'One. Two.', 'Three.'],
    ['Only one.', '', 'Only one.'],
  ] as const)('last of %j', (text, rest, last) => {
    const cut = lastSentenceCut(text)!;
    expect([cut.first, cut.second]).toEqual([rest, last]);
  });

  it.each(['', '   '])('no sentence in %j', (text) => {
    expect(firstSentenceCut(text)).toBeNull();
    expect(lastSentenceCut(text)).toBeNull();
  });
});
