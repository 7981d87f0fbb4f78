import { describe, expect, it } from 'vitest';
import { formatBeads, parseBeads, type Bead } from '../../../../src/core/align/index';

const bead = (source: number[], target: number[]): Bead => ({ source, target, score: 1 });

describe('formatBeads', () => {
  const cases: { name: string; beads: Bead[]; text: string }[] = [
    { name: 'no beads', beads: [], text: '' },
    { name: '1:1', beads: [bead([0], [0])], text: '0\t0\n' },
    { name: 'merges and nulls', beads: [bead([0], [0]), bead([1, 2], [1]), bead([], [2]), bead([3], []), bead([4], [3, 4])], text: '0\t0\n1,2\t1\n\t2\n3\t\n4\t3,4\n' },
  ];
  it.each(cases)('$name', ({ beads, text }) => {
    expect(formatBeads(beads)).toBe(text);
    expect(parseBeads(text)).toEqual(beads);
  });

  it('parseBeads rejects a line without a tab', () => {
    expect(() => parseBeads('0 0\n')).toThrow(/SRC<TAB>TGT/u);
  });
});
