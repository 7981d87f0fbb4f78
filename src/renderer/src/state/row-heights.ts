/**
 * The heights of a long list of rows whose heights vary (the segment grid, the document lists), as
 * prefix sums in a Fenwick tree: a row's offset, the row at a scroll offset and one row's new height
 * each cost O(log n), so measuring the rows on screen of a 100,000-row list does not walk all rows
 * (@tanstack/react-virtual rebuilt every offset on each measured row: half the main thread at 100k).
 *
 * Rows are known by index here; what a height belongs to across reloads (a segment id) is the
 * caller's `HeightMemo`. Changing the list (a merge, a split, a filter) rebuilds in O(n), once.
 */
/** How a row's height is known: a default guess, an estimate from its content, or measured. */
export type HeightKind = 'default' | 'estimated' | 'measured';
const KIND_CODE: Record<HeightKind, number> = { default: 0, estimated: 1, measured: 2 };

export class RowHeights {
  /** Fenwick tree, 1-based: tree[i] sums the heights of rows (i - lowbit(i), i]. */
  private tree = new Float64Array(1);
  private heights = new Float64Array(0);
  private kinds = new Uint8Array(0);
  private n = 0;

  constructor(count = 0, heightOf: (index: number) => number = () => 0) {
    this.reset(count, heightOf);
  }

  get count(): number {
    return this.n;
  }

  /** Replaces every row (the list changed): O(n). */
  reset(count: number, heightOf: (index: number) => number, kindOf: (index: number) => HeightKind = () => 'default'): void {
    this.n = count;
    this.heights = new Float64Array(count);
    this.kinds = new Uint8Array(count);
    this.tree = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) {
      const h = clean(heightOf(i));
      this.heights[i] = h;
      this.kinds[i] = KIND_CODE[kindOf(i)];
      this.tree[i + 1]! += h;
      const parent = i + 1 + ((i + 1) & -(i + 1));
      if (parent <= count) this.tree[parent]! += this.tree[i + 1]!;
    }
  }

  /** Removes `remove` rows at `at` and inserts `insert` (their heights) there: O(n). */
  splice(at: number, remove: number, insert: readonly number[]): void {
    const from = Math.max(0, Math.min(at, this.n));
    const gone = Math.max(0, Math.min(remove, this.n - from));
    const heights = Array.from(this.heights);
    const kinds = Array.from(this.kinds);
    heights.splice(from, gone, ...insert);
    kinds.splice(from, gone, ...insert.map(() => KIND_CODE.default));
    this.reset(heights.length, (i) => heights[i]!, (i) => KINDS[kinds[i] ?? 0]!);
  }

  heightOf(index: number): number {
    return this.heights[index] ?? 0;
  }

  /** How the row's height is known. */
  kindOf(index: number): HeightKind {
    return KINDS[this.kinds[index] ?? 0]!;
  }

  /** Sets one row's height (a measurement outranks an estimate); returns by how much it changed. O(log n). */
  set(index: number, height: number, kind: Exclude<HeightKind, 'default'> = 'measured'): number {
    if (index < 0 || index >= this.n) return 0;
    this.kinds[index] = Math.max(this.kinds[index]!, KIND_CODE[kind]);
    const delta = clean(height) - this.heights[index]!;
    if (delta === 0) return 0;
    this.heights[index] = clean(height);
    for (let i = index + 1; i <= this.n; i += i & -i) this.tree[i]! += delta;
    return delta;
  }

  /** Where row `index` starts (the sum of the heights before it); `count` gives the total. O(log n). */
  offsetOf(index: number): number {
    let sum = 0;
    for (let i = Math.max(0, Math.min(index, this.n)); i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }

  total(): number {
    return this.offsetOf(this.n);
  }

  /** The row at offset `y` (the one whose [start, end) holds it), clamped to the rows. O(log n). */
  indexAt(y: number): number {
    if (this.n === 0) return 0;
    if (y <= 0) return 0;
    // Binary lifting down the tree: the largest prefix whose sum is ≤ y.
    let pos = 0;
    let rest = y;
    for (let step = highestPowerOfTwo(this.n); step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= this.n && this.tree[next]! <= rest) {
        pos = next;
        rest -= this.tree[next]!;
      }
    }
    return Math.min(pos, this.n - 1);
  }

  /** The rows that meet [top, bottom), widened by `overscan` rows each way. */
  range(top: number, bottom: number, overscan: number): { start: number; end: number } {
    if (this.n === 0) return { start: 0, end: -1 };
    const first = this.indexAt(top);
    const last = this.indexAt(Math.max(top, bottom - 0.5));
    return { start: Math.max(0, first - overscan), end: Math.min(this.n - 1, last + overscan) };
  }

  /**
   * Applies new heights and returns the scroll offset that keeps the row at `scrollTop` where it
   * was on screen: rows above it that grow or shrink (measured at last, a page whose text arrived)
   * must not move what the user is reading.
   */
  setAnchored(changes: Iterable<readonly [index: number, height: number]>, scrollTop: number, kind: Exclude<HeightKind, 'default'> = 'measured'): number {
    const anchor = this.indexAt(scrollTop);
    const within = scrollTop - this.offsetOf(anchor);
    for (const [index, height] of changes) this.set(index, height, kind);
    return this.n === 0 ? 0 : this.offsetOf(anchor) + Math.min(within, this.heightOf(anchor));
  }
}

/**
 * Measured heights by what the row shows (a segment id), so a row measured once is not estimated
 * again when the list is rebuilt (a filter, an undo) or scrolled back to; forgotten when the width
 * changes (wrapping changes with it).
 */
export class HeightMemo<K> {
  private readonly byKey = new Map<K, number>();
  private width = -1;

  get(key: K): number | undefined {
    return this.byKey.get(key);
  }

  set(key: K, height: number): void {
    this.byKey.set(key, height);
  }

  delete(key: K): void {
    this.byKey.delete(key);
  }

  /** Forgets every height when the list's width changed; returns whether it did. */
  setWidth(width: number): boolean {
    const rounded = Math.round(width);
    if (rounded === this.width) return false;
    const had = this.width >= 0;
    this.width = rounded;
    this.byKey.clear();
    return had;
  }
}

const KINDS: readonly HeightKind[] = ['default', 'estimated', 'measured'];

function clean(height: number): number {
  return Number.isFinite(height) && height > 0 ? height : 0;
}

function highestPowerOfTwo(n: number): number {
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return p;
}
