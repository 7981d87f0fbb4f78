import { describe, expect, it } from 'vitest';
import { planLookup, sharedWordsBound, termCounts, termDistanceBound, termScoreBound } from '../../../../src/core/tm/lookup-plan.js';

// The lookup drops a row when a bound says it cannot win, so every bound must stay at or above the next,
// finer one (multiset ≥ edit distance over terms), and the length window must never cut a row that reaches
// the threshold by the distance.

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const TERMS = ['a', 'b', 'c', 'd', 'e', 'f'];
const words = (rand: () => number, n: number): string[] => Array.from({ length: n }, () => TERMS[Math.floor(rand() * TERMS.length)]!);

describe('lookup bounds', () => {
  it('the multiset bound is never below the edit-distance bound (random term lists)', () => {
    const rand = seeded(7);
    let strict = 0;
    for (let k = 0; k < 3000; k++) {
      const q = words(rand, 1 + Math.floor(rand() * 10));
      const r = words(rand, Math.floor(rand() * 12));
      const shared = sharedWordsBound(termCounts(q), q.length, r);
      const distance = termDistanceBound(q, r);
      expect(shared, `${q.join(' ')} / ${r.join(' ')}`).toBeGreaterThanOrEqual(distance);
      if (shared > distance) strict++;
    }
    expect(strict).toBeGreaterThan(0);
  });

  it('counts a repeated word only as often as both hold it', () => {
    expect(sharedWordsBound(termCounts(['a', 'b']), 2, ['a', 'a'])).toBe(50);
    expect(sharedWordsBound(termCounts(['a', 'b']), 2, ['b', 'a'])).toBe(100);
    expect(termDistanceBound(['a', 'b'], ['b', 'a'])).toBe(0);
  });

  it('the length window keeps every row whose distance bound reaches the threshold', () => {
    const rand = seeded(11);
    for (let k = 0; k < 2000; k++) {
      const q = words(rand, 1 + Math.floor(rand() * 10));
      const r = words(rand, 1 + Math.floor(rand() * 14));
      const min = 50 + Math.floor(rand() * 50);
      const plan = planLookup(q, min, () => 1)!;
      if (termDistanceBound(q, r) >= min) expect(termScoreBound(q, r, plan), `${q.join(' ')} / ${r.join(' ')} at ${min}`).toBe(termDistanceBound(q, r));
    }
  });
});
