import { describe, expect, it } from 'vitest';
import { inconsistentSource, inconsistentTranslation } from '../../../../../src/core/qa/checks/consistency.js';
import { EMPTY_CONTEXT, qaSegment } from '../qa-fixtures.js';

const doc = (pairs: [string, string][]) => pairs.map(([s, t], i) => qaSegment(s, t, { id: i + 1 }));

describe('consistency checks', () => {
  it('inconsistent-translation: the same Arabic (up to folding and punctuation) translated two ways', () => {
    const segments = doc([
      ['قال الوزير إن الاتفاق صامد.', 'The minister said the deal holds.'],
      ['قال الوزير إن الإتفاق صامد', 'The minister said the deal holds'],
      ['قال الوزير إن الاتفاق صامد', 'The minister said the agreement stands.'],
      ['نعم', 'Yes'],
      ['نعم', 'Indeed'],
    ]);
    expect(inconsistentTranslation.run(segments, EMPTY_CONTEXT).map((f) => f.segmentId)).toEqual([3]);
  });

  it('inconsistent-source: two different Arabic sentences with the same English', () => {
    const segments = doc([
      ['قال الوزير إن الاتفاق صامد', 'The minister said the deal holds.'],
      ['قال الرئيس إن الاتفاق انهار', 'The minister said the deal holds.'],
      ['هذا الادعاء زائف تماما', 'This allegation is completely false.'],
      ['هذا الادعاء زائف تماما.', 'This allegation is completely false.'],
    ]);
    expect(inconsistentSource.run(segments, EMPTY_CONTEXT).map((f) => f.segmentId)).toEqual([2]);
  });
});
