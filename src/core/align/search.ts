// Dynamic programming over the band: cost[r][c] = cheapest way to align the first r source and the
// first c target sentences with the bead types of ./cost.ts. Memory is one double and one byte per
// band cell (about 9 bytes × band area), never n × m.
import type { Band } from './band.js';
import { stepTypes, type BeadCoster } from './cost.js';

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

export function searchBand(band: Band, coster: BeadCoster, maxSkipRun: number): SearchResult {
  const { n, m, lo, hi, offset } = band;
  const cost = new Float64Array(band.cells).fill(Infinity);
  const back = new Uint8Array(band.cells);
  const types = stepTypes(maxSkipRun);
  cost[0] = 0;
  for (let r = 0; r <= n; r++) {
    const l = lo[r]!;
    const h = hi[r]!;
    const base = offset[r]!;
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
        const v = prev + coster.cost(pr, r, pc, c);
        if (v < best) {
          best = v;
          bestType = t;
        }
      }
      cost[base + c - l] = best;
      back[base + c - l] = bestType;
    }
  }

  const steps: PathStep[] = [];
  let touchesEdge = false;
  let r = n;
  let c = m;
  const total = cost[offset[n]! + m - lo[n]!]!;
  while (r > 0 || c > 0) {
    if ((c === lo[r]! && c > 0) || (c === hi[r]! && c < m)) touchesEdge = true;
    const t = back[offset[r]! + c - lo[r]!]!;
    const type = types[t];
    if (!type) throw new Error(`alignment search: no path to (${r}, ${c})`);
    const [a, b] = type;
    if (a > 1 && b === 0) for (let k = 0; k < a; k++) steps.push({ i0: r - k - 1, i1: r - k, j0: c, j1: c });
    else if (b > 1 && a === 0) for (let k = 0; k < b; k++) steps.push({ i0: r, i1: r, j0: c - k - 1, j1: c - k });
    else steps.push({ i0: r - a, i1: r, j0: c - b, j1: c });
    r -= a;
    c -= b;
  }
  steps.reverse();
  return { steps, cost: total, touchesEdge };
}
