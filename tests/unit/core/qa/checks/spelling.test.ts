import { describe, expect, it } from 'vitest';
import { spelling } from '../../../../../src/core/qa/checks/spelling.js';
import type { QaContext } from '../../../../../src/core/qa/index.js';
import { hitsOf } from '../qa-fixtures.js';

const DICTIONARY = new Set(['the', 'minister', 'said', 'deal', 'holds', 'traveled', 'neighboring', 'organized', 'center', 'and', 'leader']);
const context: QaContext = { speakers: [{ nameSource: 'كيربي', nameTarget: 'John Kirby' }], terms: [{ sources: ['داعش'], targets: ['daesh'], forbidden: [] }], spell: (w) => DICTIONARY.has(w) };

describe('spelling', () => {
  it.each([
    ['the minister said the deal holds', 0],
    ['the minsiter said the deal holds', 1],
    ['the minister said the deal hodls and the leadr', 2],
    ['The Minister Kirby and NATO said', 0], // names and acronyms are skipped
    ['the minister traveled, travelled and organised the centre of the neighbouring deal', 0], // British spelling
    ['the daesh leader', 0], // a glossary word
    ['the minister said the deal 2holds', 0], // a token with a digit
  ])('%s gives %i', (target, n) => {
    expect(hitsOf(spelling, 'قال', target, context)).toHaveLength(n);
  });

  it('does nothing without a dictionary', () => {
    expect(hitsOf(spelling, 'قال', 'the minsiter', { speakers: [], terms: [] })).toEqual([]);
  });
});
