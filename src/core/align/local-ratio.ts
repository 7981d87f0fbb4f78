// The length ratio where each sentence is, not of the whole text.
//
// Gale–Church prices a bead by how far its target length, scaled by the expected ratio, is from its
// source length. One ratio for the whole text is right for one register, but a book mixes them:
// news Arabic is about as long as its English (≈ 0.93 in characters), vocalised scripture about half
// (≈ 0.52), and the global ratio of a mix lies between and fits neither, so merges and splits look
// like better length fits than the true 1:1 beads. After a first search, the ratio is re-estimated in a
// window of sentences around each position from the beads that search paired: a local error of the
// first path moves a window's sums by a sentence or two, not its ratio.
import type { Features } from './features.js';
import type { PathStep } from './search.js';

export interface LocalRatioParams {
  /** Source sentences on each side of a position that make up its window. */
  halfWindow: number;
  /** Characters of the global ratio mixed into every window, so a window of a few short sentences stays near it. */
  priorChars: number;
  /** Local ratios all within this relative distance of the global one: the text has one register, keep the global ratio. */
  minDeviation: number;
  /** Choose between the window before and the window after each position (see below) instead of a centred one. */
  edges: boolean;
}

export const DEFAULT_LOCAL_RATIO: Readonly<LocalRatioParams> = Object.freeze({
  halfWindow: 10,
  priorChars: 300,
  minDeviation: 0.12,
  edges: false,
});

/**
 * For each source position i (0..n), the ratio source length / target length of the paired beads in
 * the window of source sentences [i − halfWindow, i + halfWindow), or null when no position differs
 * from `global` by more than `minDeviation` (one register: nothing to gain from a second search).
 */
export function localRatios(
  f: Features,
  steps: readonly PathStep[],
  global: number,
  params: LocalRatioParams = DEFAULT_LOCAL_RATIO,
): Float64Array | null {
  const n = f.source.n;
  const len = (prefix: Float64Array, from: number, to: number): number => prefix[to]! - prefix[from]!;
  // Each source sentence of a paired bead carries its length and its share of the bead's target length.
  const sPrefix = new Float64Array(n + 1);
  const tPrefix = new Float64Array(n + 1);
  const sOwn = new Float64Array(n);
  const tOwn = new Float64Array(n);
  for (const s of steps) {
    if (s.i1 === s.i0 || s.j1 === s.j0) continue;
    const ls = len(f.source.lenPrefix, s.i0, s.i1);
    const lt = len(f.target.lenPrefix, s.j0, s.j1);
    for (let i = s.i0; i < s.i1; i++) {
      const own = len(f.source.lenPrefix, i, i + 1);
      sOwn[i] = own;
      tOwn[i] = ls > 0 ? (lt * own) / ls : lt / (s.i1 - s.i0);
    }
  }
  for (let i = 0; i < n; i++) {
    sPrefix[i + 1] = sPrefix[i]! + sOwn[i]!;
    tPrefix[i + 1] = tPrefix[i]! + tOwn[i]!;
  }
  const out = new Float64Array(n + 1);
  const h = params.halfWindow;
  const prior = params.priorChars;
  const ratioOf = (from: number, to: number): number =>
    (sPrefix[to]! - sPrefix[from]! + prior * global) / (tPrefix[to]! - tPrefix[from]! + prior);
  let deviates = false;
  for (let i = 0; i <= n; i++) {
    // Two windows, the one ending here and the one starting here: inside a register they agree; at a
    // change of register a centred window would mix both, so take the side whose ratio is closer to
    // that of the sentence itself in the first path.
    const left = ratioOf(Math.max(0, i - h), i);
    const right = ratioOf(i, Math.min(n, i + h));
    let r: number;
    if (!params.edges) r = ratioOf(Math.max(0, i - h), Math.min(n, i + h));
    else if (i === n || tOwn[i] === 0) r = i === n ? left : (left + right) / 2;
    else {
      const own = Math.log(sOwn[i]! / tOwn[i]!);
      r = Math.abs(own - Math.log(left)) < Math.abs(own - Math.log(right)) ? left : right;
    }
    out[i] = r;
    if (Math.abs(r - global) > params.minDeviation * global) deviates = true;
  }
  return deviates ? out : null;
}
