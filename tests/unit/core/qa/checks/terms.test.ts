import { describe, expect, it } from 'vitest';
import { speakerSpelling, termForbidden, termMissing } from '../../../../../src/core/qa/checks/terms.js';
import type { QaContext } from '../../../../../src/core/qa/index.js';
import { hitsOf } from '../qa-fixtures.js';

const context: QaContext = {
  speakers: [{ nameSource: 'جون كيربي', nameTarget: 'John Kirby' }],
  terms: [
    { sources: ['وقف إطلاق النار'], targets: ['ceasefire'], forbidden: ['truce'] },
    { sources: ['الأمم المتحدة'], targets: ['United Nations', 'UN'], forbidden: [] },
  ],
};

describe('term-missing', () => {
  it.each([
    ['دعا إلى وقف إطلاق النار', 'He called for a ceasefire', 0],
    ['دعا إلى وقف إطلاق النار', 'He called for ceasefires', 0],
    ['ودعت الأمم المتحدة', 'The UN called', 0], // a proclitic on the Arabic term, an admitted English variant
    ['ودعت للأمم المتحدة', 'the United Nations', 0],
    ['دعا إلى وقف إطلاق النار', 'He called for an end to the fighting', 1],
    ['دعا إلى الحوار', 'He called for dialogue', 0],
  ])('%s → %s gives %i', (source, target, n) => {
    expect(hitsOf(termMissing, source, target, context)).toHaveLength(n);
  });
});

describe('term-forbidden', () => {
  it.each([
    ['دعا إلى هدنة', 'He called for a truce', 1],
    ['دعا إلى هدنة', 'He called for a Truce', 1],
    ['دعا إلى هدنة', 'He called for a ceasefire', 0],
    ['دعا إلى هدنة', 'He mistrusted them', 0], // a word containing the term is not the term
  ])('%s → %s gives %i', (source, target, n) => {
    expect(hitsOf(termForbidden, source, target, context)).toHaveLength(n);
  });

  it('points at the forbidden English and names the approved one', () => {
    const [hit] = hitsOf(termForbidden, 'هدنة', 'A truce now');
    expect(hit).toBeUndefined();
    const [found] = hitsOf(termForbidden, 'هدنة', 'A truce now', context);
    expect(found).toMatchObject({ range: { side: 'target', start: 2, end: 7 } });
    expect(found?.message).toContain('ceasefire');
  });
});

describe('speaker-spelling', () => {
  it.each([
    ['قال جون كيربي', 'John Kirby said', 0],
    ['قال جون كيربي', 'Kirby said', 0],
    ['قال جون كيربي', 'Jon Kerby said', 1],
    ['قال جون كيربي', 'The spokesman said', 0], // missing, not misspelt: speaker-missing reports it
  ])('%s → %s gives %i', (source, target, n) => {
    expect(hitsOf(speakerSpelling, source, target, context)).toHaveLength(n);
  });
});
