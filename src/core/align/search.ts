// Dynamic programming over the band: cost[r][c] = cheapest way to align the first r source and the
// first c target sentences with the bead types of ./cost.ts.
//
// Runs of unmatched sentences are priced like an affine gap (open once, extend for less; ./cost.ts)
// and searched the way Gotoh's alignment does it: besides the best cost of a cell, the best cost of a
// cell reached by a run of 1:0 beads (from the row above, same column) and by a run of 0:1 beads (from
// the cell to the left). So a run of any length costs one step per sentence, not one step type per
// run length, and the DP tries 8 transitions per cell instead of 30. Memory is one double and two
// bytes per band cell (about 10 bytes × band area), never n × m; the run states need only one row.
import type { Band } from './band.js';
import { PAIRED_TYPES, type BeadCoster } from './cost.js';

export interface PathStep {
  /** Source sentences [i0, i1) and target sentences [j0, j1). */
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

export interface SearchResult {
  steps: PathStep[];
  cost: number;
  /** Whether the path runs along an edge of the band that is not an edge of the grid (it may have been cut off). */
  touchesEdge: boolean;
}

/** Back-pointer of a cell's best cost: an index of PAIRED_TYPES, or the end of a run of skips. */
const FROM_SOURCE_RUN = 254;
const FROM_TARGET_RUN = 253;
/** Bits of a cell's run byte: the 1:0 (resp. 0:1) run ending here continues one from the previous cell. */
const SOURCE_RUN_CONTINUES = 1;
const TARGET_RUN_CONTINUES = 2;

export function searchBand(band: Band, coster: BeadCoster): SearchResult {
  const { n, m, lo, hi, offset } = band;
  const cost = new Float64Array(band.cells).fill(Infinity);
  const back = new Uint8Array(band.cells);
  const runs = new Uint8Array(band.cells);
  const open = coster.skipRunCost(1);
  const extend = coster.skipRunCost(2) - open;
  // Best cost of reaching (r, c) with a 1:0 bead last, for the previous row and this one (by column).
  let sourceRunPrev = new Float64Array(m + 1).fill(Infinity);
  let sourceRun = new Float64Array(m + 1).fill(Infinity);
  const types = PAIRED_TYPES;
  cost[0] = 0;
  for (let r = 0; r <= n; r++) {
    const l = lo[r]!;
    const h = hi[r]!;
    const base = offset[r]!;
    const pl = r > 0 ? lo[r - 1]! : 0;
    const ph = r > 0 ? hi[r - 1]! : -1;
    const pbase = r > 0 ? offset[r - 1]! : 0;
    let targetRun = Infinity; // best cost of reaching (r, c) with a 0:1 bead last, along this row
    for (let c = l; c <= h; c++) {
      let best = r === 0 && c === 0 ? 0 : Infinity;
      let bestType = 255;
      for (let t = 0; t < types.length; t++) {
        const [a, b] = types[t]!;
        const pr = r - a;
        const pc = c - b;
        if (pr < 0 || pc < 0 || pc < lo[pr]! || pc > hi[pr]!) continue;
        const prev = cost[offset[pr]! + pc - lo[pr]!]!;
        if (prev === Infinity) continue;
        const v = prev + coster.costBelow(pr, r, pc, c, best - prev);
        if (v < best) {
          best = v;
          bestType = t;
        }
      }
      // A 1:0 bead from (r-1, c): opens a run there, or extends the run that reached it.
      let runBits = 0;
      let s = Infinity;
      if (r > 0 && c >= pl && c <= ph) {
        const opened = cost[pbase + c - pl]! + open;
        const extended = sourceRunPrev[c]! + extend;
        if (extended < opened) {
          s = extended;
          runBits |= SOURCE_RUN_CONTINUES;
        } else s = opened;
      }
      sourceRun[c] = s;
      // A 0:1 bead from (r, c-1), likewise.
      let u = Infinity;
      if (c > l) {
        const opened = cost[base + c - 1 - l]! + open;
        const extended = targetRun + extend;
        if (extended < opened) {
          u = extended;
          runBits |= TARGET_RUN_CONTINUES;
        } else u = opened;
      }
      targetRun = u;
      if (s < best) {
        best = s;
        bestType = FROM_SOURCE_RUN;
      }
      if (u < best) {
        best = u;
        bestType = FROM_TARGET_RUN;
      }
      cost[base + c - l] = best;
      back[base + c - l] = bestType;
      runs[base + c - l] = runBits;
    }
    // Columns of the previous row outside this one must not leak into the next row's runs.
    for (let c = pl; c <= ph; c++) sourceRunPrev[c] = Infinity;
    [sourceRunPrev, sourceRun] = [sourceRun, sourceRunPrev];
  }

  const steps: PathStep[] = [];
  let touchesEdge = false;
  let r = n;
  let c = m;
  const total = cost[offset[n]! + m - lo[n]!]!;
  // Which state the path is in: the cell's best (0), inside a 1:0 run (1) or a 0:1 run (2).
  let state = 0;
  while (r > 0 || c > 0) {
    if ((c === lo[r]! && c > 0) || (c === hi[r]! && c < m)) touchesEdge = true;
    const cell = offset[r]! + c - lo[r]!;
    if (state === 0) {
      const t = back[cell]!;
      if (t === FROM_SOURCE_RUN) state = 1;
      else if (t === FROM_TARGET_RUN) state = 2;
      else {
        const type = types[t];
        if (!type) throw new Error(`alignment search: no path to (${r}, ${c})`);
        const [a, b] = type;
        steps.push({ i0: r - a, i1: r, j0: c - b, j1: c });
        r -= a;
        c -= b;
        continue;
      }
    }
    // One unmatched sentence; stay in the run if it continues an earlier one.
    const bits = runs[cell]!;
    if (state === 1) {
      steps.push({ i0: r - 1, i1: r, j0: c, j1: c });
      r -= 1;
      state = bits & SOURCE_RUN_CONTINUES ? 1 : 0;
    } else {
      steps.push({ i0: r, i1: r, j0: c - 1, j1: c });
      c -= 1;
      state = bits & TARGET_RUN_CONTINUES ? 2 : 0;
    }
  }
  steps.reverse();
  return { steps, cost: total, touchesEdge };
}
