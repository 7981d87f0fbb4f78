// The length ratio where each sentence is, not of the whole text.
//
// Gale–Church prices a bead by how far its target length, scaled by the expected ratio, is from its
// source length. One ratio for the whole text is right for one register, but a book mixes them:
// news Arabic is about as long as its English (≈ 0.93 in characters), vocalised scripture about half
// (≈ 0.52), and the global ratio of a mix lies between and fits neither, so merges and splits look
// like better length fits than the true 1:1 beads. After a first search, the ratio is re-estimated in a
// window of sentences around each position from the stretch of text the first path crosses there: a
// local error of that path moves a window's sums by a sentence or two, not its ratio.
import type { Features } from './features.js';
import type { PathStep } from './search.js';

export interface LocalRatioParams {
  /** Source sentences on each side of a position that make up its window. */
  halfWindow: number;
  /** Characters of the global ratio mixed into every window, so a window of a few short sentences stays near it. */
  priorChars: number;
  /** Local ratios all within this relative distance of the global one: the text has one register, keep the global ratio. */
  minDeviation: number;
  /** Runs of at least this many unmatched sentences on one side count as an omission, not as drift. */
  minRun: number;
}

export const DEFAULT_LOCAL_RATIO: Readonly<LocalRatioParams> = Object.freeze({
  halfWindow: 10,
  priorChars: 300,
  minDeviation: 0.12,
  minRun: 2,
});

/**
 * For each source position i (0..n), the ratio source length / target length of the window of source
 * sentences [i − halfWindow, i + halfWindow) and of the target sentences the path spans alongside, or
 * null when no position differs from `global` by more than `minDeviation` (one register: nothing to
 * gain from a second search).
 */
export function localRatios(
  f: Features,
  steps: readonly PathStep[],
  global: number,
  params: LocalRatioParams = DEFAULT_LOCAL_RATIO,
): Float64Array | null {
  const n = f.source.n;
  // Where the path is on the target side when it enters each source row. A window's ratio is its
  // source length over the target length the path spans meanwhile, unmatched sentences included: a
  // path that drifts (drops sentences on one side to make the lengths fit a wrong ratio) cannot
  // confirm its own ratio, because what it drops is still counted.
  const at = new Int32Array(n + 1).fill(-1);
  for (const s of steps) {
    for (let i = s.i0; i <= s.i1; i++) if (at[i] === -1) at[i] = i === s.i1 ? s.j1 : s.j0;
  }
  at[n] = f.target.n;
  for (let i = 1; i <= n; i++) if (at[i]! < at[i - 1]!) at[i] = at[i - 1]!;
  // Except runs of unmatched sentences (an omitted paragraph): the text around an omission keeps its
  // ratio, and counting what is missing on one side would halve or double it there.
  const sLen = withoutRuns(f.source.lenPrefix, steps, 'source', params.minRun);
  const tLen = withoutRuns(f.target.lenPrefix, steps, 'target', params.minRun);
  const out = new Float64Array(n + 1);
  const h = params.halfWindow;
  const prior = params.priorChars;
  const ratioOf = (from: number, to: number): number =>
    (sLen[to]! - sLen[from]! + prior * global) / (tLen[at[to]!]! - tLen[at[from]!]! + prior);
  let deviates = false;
  for (let i = 0; i <= n; i++) {
    const r = ratioOf(Math.max(0, i - h), Math.min(n, i + h));
    out[i] = r;
    if (Math.abs(r - global) > params.minDeviation * global) deviates = true;
  }
  return deviates ? out : null;
}

/** Length prefix sums of one side in which the sentences of unmatched runs of `minRun` or more weigh nothing. */
function withoutRuns(prefix: Float64Array, steps: readonly PathStep[], side: 'source' | 'target', minRun: number): Float64Array {
  const n = prefix.length - 1;
  const omitted = new Uint8Array(n);
  let runStart = -1;
  let runLength = 0;
  const close = (): void => {
    if (runLength >= minRun) omitted.fill(1, runStart, runStart + runLength);
    runLength = 0;
  };
  for (const s of steps) {
    const mine = side === 'source' ? s.i1 - s.i0 : s.j1 - s.j0;
    const other = side === 'source' ? s.j1 - s.j0 : s.i1 - s.i0;
    if (mine === 1 && other === 0) {
      if (runLength === 0) runStart = side === 'source' ? s.i0 : s.j0;
      runLength++;
    } else if (mine > 0 || other > 0) {
      close();
    }
  }
  close();
  const out = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) out[k + 1] = out[k]! + (omitted[k] ? 0 : prefix[k + 1]! - prefix[k]!);
  return out;
}
