import { describe, expect, it } from 'vitest';
import { HeightMemo, RowHeights } from '../../../../src/renderer/src/state/row-heights';

/** The same answers computed the slow way, to check the tree against. */
function naive(heights: number[]) {
  const offsetOf = (i: number) => heights.slice(0, i).reduce((a, b) => a + b, 0);
  const indexAt = (y: number) => {
    let sum = 0;
    for (let i = 0; i < heights.length; i++) {
      sum += heights[i]!;
      if (y < sum) return i;
    }
    return heights.length - 1;
  };
  return { offsetOf, indexAt };
}

/** A small deterministic generator (no Math.random: a failure must repeat). */
function lcg(seed: number) {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('RowHeights', () => {
  it('gives offsets, the total and the row at an offset', () => {
    const rows = new RowHeights(4, (i) => [10, 20, 30, 40][i]!);
    expect([0, 1, 2, 3, 4].map((i) => rows.offsetOf(i))).toEqual([0, 10, 30, 60, 100]);
    expect(rows.total()).toBe(100);
    expect([0, 9.9, 10, 29, 30, 99, 100, 1e9, -5].map((y) => rows.indexAt(y))).toEqual([0, 0, 1, 1, 2, 3, 3, 3, 0]);
  });

  it('agrees with a plain sum after measurements arrive in any order', () => {
    const random = lcg(7);
    const n = 1000;
    const heights = Array.from({ length: n }, () => 64);
    const rows = new RowHeights(n, () => 64);
    for (let k = 0; k < 3000; k++) {
      const i = Math.floor(random() * n);
      const h = 20 + Math.floor(random() * 200);
      heights[i] = h;
      rows.set(i, h);
    }
    const check = naive(heights);
    for (let k = 0; k < 200; k++) {
      const i = Math.floor(random() * (n + 1));
      expect(rows.offsetOf(i)).toBe(check.offsetOf(i));
      const y = random() * rows.total();
      expect(rows.indexAt(y)).toBe(check.indexAt(y));
    }
  });

  it('tells measured rows from estimated ones, and ignores heights that are not sizes', () => {
    const rows = new RowHeights(3, () => 50);
    rows.set(1, 70);
    rows.set(2, 55, 'estimated');
    expect([rows.kindOf(0), rows.kindOf(1), rows.kindOf(2)]).toEqual(['default', 'measured', 'estimated']);
    // A later estimate does not make a measured row an estimated one again.
    rows.set(1, 60, 'estimated');
    expect(rows.kindOf(1)).toBe('measured');
    expect(rows.set(0, Number.NaN)).toBe(-50);
    expect(rows.set(5, 10)).toBe(0);
    expect(rows.total()).toBe(115);
  });

  it('changes the list: a merge removes a row, a split inserts one, measured rows stay measured', () => {
    const rows = new RowHeights(5, (i) => (i + 1) * 10);
    rows.set(4, 99);
    rows.splice(1, 2, [45]); // rows 1 and 2 merged into one
    expect(rows.count).toBe(4);
    expect([0, 1, 2, 3].map((i) => rows.heightOf(i))).toEqual([10, 45, 40, 99]);
    expect(rows.kindOf(3)).toBe('measured');
    expect(rows.kindOf(1)).toBe('default');
    rows.splice(2, 1, [25, 25]); // row 2 split in two
    expect([0, 1, 2, 3, 4].map((i) => rows.heightOf(i))).toEqual([10, 45, 25, 25, 99]);
    expect(rows.total()).toBe(204);
    expect(rows.indexAt(80)).toBe(3);
  });

  it('handles an empty list', () => {
    const rows = new RowHeights();
    expect(rows.total()).toBe(0);
    expect(rows.indexAt(100)).toBe(0);
    expect(rows.range(0, 500, 3)).toEqual({ start: 0, end: -1 });
  });

  it('gives the rows that meet a window, with overscan, clamped to the list', () => {
    const rows = new RowHeights(100, () => 10);
    expect(rows.range(95, 195, 2)).toEqual({ start: 7, end: 21 });
    expect(rows.range(0, 50, 3)).toEqual({ start: 0, end: 7 });
    expect(rows.range(980, 1080, 3)).toEqual({ start: 95, end: 99 });
  });

  it('keeps the row being read still when rows above it change height', () => {
    const rows = new RowHeights(100, () => 50);
    // Reading row 40, 20px into it.
    const scrollTop = 40 * 50 + 20;
    const next = rows.setAnchored([[3, 90], [10, 30], [39, 100], [60, 10]], scrollTop);
    // Rows above grew by 40 - 20 + 50 = 70; the one below does not count.
    expect(next).toBe(scrollTop + 70);
    expect(rows.indexAt(next)).toBe(40);
    expect(next - rows.offsetOf(40)).toBe(20);
  });

  it('keeps the anchor row top still when that row itself changes, and stays at the top at 0', () => {
    const rows = new RowHeights(10, () => 50);
    expect(rows.setAnchored([[0, 200]], 0)).toBe(0);
    const top = rows.offsetOf(5) + 40;
    const next = rows.setAnchored([[5, 20]], top);
    expect(next).toBe(rows.offsetOf(5) + 20);
  });
});

describe('HeightMemo', () => {
  it('remembers heights by key until the width changes', () => {
    const memo = new HeightMemo<number>();
    expect(memo.setWidth(800)).toBe(false);
    memo.set(7, 120);
    expect(memo.get(7)).toBe(120);
    expect(memo.setWidth(800.2)).toBe(false);
    expect(memo.get(7)).toBe(120);
    expect(memo.setWidth(600)).toBe(true);
    expect(memo.get(7)).toBeUndefined();
  });
});
