import { describe, expect, it } from 'vitest';
import { planReplace } from '../../../../../src/core/align/edit/index.js';

const src = (...sources: string[]) => sources.map((source) => ({ source }));

describe('planReplace', () => {
  it.each([
    {
      name: 'same sources keep every id (import translation)',
      olds: src('a', 'b', 'c'), news: src('a', 'b', 'c'),
      keep: [0, 1, 2], home: [0, 1, 2],
    },
    {
      name: 'a merge: both old segments go to the bead containing them',
      olds: src('a', 'b', 'c'), news: src('a', 'b c'),
      keep: [0, null], home: [0, 1, 1],
    },
    {
      name: 'a split: the old segment goes to the first bead it contains',
      olds: src('a', 'b c', 'd'), news: src('a', 'b', 'c', 'd'),
      keep: [0, null, null, 2], home: [0, 1, 3],
    },
    {
      name: 'nothing in common: homes fall in order',
      olds: src('x', 'y'), news: src('p', 'q', 'r'),
      keep: [null, null, null], home: [0, 0],
    },
    {
      name: 'no beads at all',
      olds: src('x'), news: src(),
      keep: [], home: [-1],
    },
    {
      name: 'empty sources are never matched on',
      olds: src('', 'a'), news: src('', 'a'),
      keep: [null, 1], home: [0, 1],
    },
    {
      name: 'matching is in order (no crossing)',
      olds: src('a', 'b'), news: src('b', 'a'),
      keep: [1, null], home: [0, 0],
    },
  ])('$name', ({ olds, news, keep, home }) => {
    const plan = planReplace(olds, news);
    expect(plan.keep).toEqual(keep);
    expect(plan.home).toEqual(home);
    plan.candidates.forEach((c, i) => {
      if (plan.home[i]! >= 0) expect(c[0]).toBe(plan.home[i]);
      expect(new Set(c).size).toBe(c.length);
    });
  });

  // How long it takes is measured by scripts/bench-replace-plan.ts (figures, not a test).
  it('stays bounded for 5,000 unmatched segments', () => {
    const olds = Array.from({ length: 5000 }, (_, i) => ({ source: `old ${i}` }));
    const news = Array.from({ length: 5000 }, (_, i) => ({ source: `new ${i}` }));
    const plan = planReplace(olds, news);
    expect(Math.max(...plan.candidates.map((c) => c.length))).toBeLessThanOrEqual(70);
    expect(plan.home[2500]).toBeGreaterThan(2400);
  });
});
