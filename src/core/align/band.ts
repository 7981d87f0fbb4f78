// The band of the DP: for each source prefix length r (row 0..n), the range of target prefix lengths
// [lo[r], hi[r]] the search considers. Rows are stored back to back, so memory is the band's area,
// not n × m.
//
// The band follows a guide path through the anchors (plus the corners (0,0) and (n,m)). Between two
// consecutive anchors A and B, a row gets the columns around the straight line from A to B, widened by
// `width` and clipped to the rectangle between A and B widened by `margin`. The rectangle is what
// makes omissions cheap to recover from: any monotone path from A to B (including a run of 0:1 beads
// for a paragraph missing on the source side) lies inside it, and when anchors are dense it is small.
// The line ± width bounds the area where anchors are sparse.
export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  /** offset[r] = index of cell (r, lo[r]) in the flat cell arrays; offset[n + 1] = number of cells. */
  offset: Float64Array;
  cells: number;
}

export interface GuidePoint {
  source: number;
  target: number;
}

export function buildBand(n: number, m: number, anchors: readonly GuidePoint[], width: number, margin: number): Band {
  const lo = new Int32Array(n + 1).fill(m + 1);
  const hi = new Int32Array(n + 1).fill(-1);
  const points: GuidePoint[] = [{ source: 0, target: 0 }, ...anchors, { source: n, target: m }];
  for (let s = 0; s + 1 < points.length; s++) {
    const a = points[s]!;
    const b = points[s + 1]!;
    const slope = b.source > a.source ? (b.target - a.target) / (b.source - a.source) : 0;
    const at = (r: number): number => Math.min(b.target, Math.max(a.target, a.target + (r - a.source) * slope));
    for (let r = a.source; r <= b.source; r++) {
      // The line may be steep (many target sentences for one source row): take the columns it
      // crosses between the previous and the next row, so a run of 0:1 beads stays inside.
      const from = b.source > a.source ? at(r - 1) : a.target;
      const to = b.source > a.source ? at(r + 1) : b.target;
      const l = Math.max(a.target - margin, Math.floor(from) - width);
      const h = Math.min(b.target + margin, Math.ceil(to) + width);
      if (l < lo[r]!) lo[r] = l;
      if (h > hi[r]!) hi[r] = h;
    }
  }
  for (let r = 0; r <= n; r++) {
    lo[r] = Math.max(0, Math.min(m, lo[r]!));
    hi[r] = Math.max(0, Math.min(m, hi[r]!));
  }
  lo[0] = 0;
  hi[n] = m;
  // A staircase: hi never falls and lo never falls, so every monotone path inside stays inside, and each
  // row overlaps the previous one (lo[r] <= hi[r-1]) so the corner (n, m) is always reachable.
  for (let r = 1; r <= n; r++) if (hi[r]! < hi[r - 1]!) hi[r] = hi[r - 1]!;
  for (let r = n - 1; r >= 0; r--) if (lo[r]! > lo[r + 1]!) lo[r] = lo[r + 1]!;
  for (let r = 0; r <= n; r++) if (hi[r]! < lo[r]!) hi[r] = lo[r]!;
  for (let r = 1; r <= n; r++) if (lo[r]! > hi[r - 1]!) lo[r] = hi[r - 1]!;
  const offset = new Float64Array(n + 2);
  for (let r = 0; r <= n; r++) offset[r + 1] = offset[r]! + (hi[r]! - lo[r]! + 1);
  return { n, m, lo, hi, offset, cells: offset[n + 1]! };
}

