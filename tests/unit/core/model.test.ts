import { describe, expect, it } from 'vitest';
import { SEGMENT_STATUSES, isConfirmed, type SegmentStatus } from '../../../src/core/model.js';

describe('isConfirmed', () => {
  // Record<SegmentStatus, …> makes the table exhaustive: a new status fails to compile here.
  const expected: Record<SegmentStatus, boolean> = {
    new: false,
    draft: false,
    translated: true,
    reviewed: true,
    approved: true,
    rejected: false,
  };

  it('the table covers exactly SEGMENT_STATUSES', () => {
    expect(Object.keys(expected).sort()).toEqual([...SEGMENT_STATUSES].sort());
  });

  it.each(SEGMENT_STATUSES.map((s) => [s, expected[s]] as const))('%s → %s', (status, confirmed) => {
    expect(isConfirmed(status)).toBe(confirmed);
  });
});

describe('SEGMENT_STATUSES', () => {
  it('lists the six statuses in workflow order', () => {
    expect(SEGMENT_STATUSES).toEqual(['new', 'draft', 'translated', 'reviewed', 'approved', 'rejected']);
  });
});
