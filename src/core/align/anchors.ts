// Anchors: sentence pairs whose shared rare keys make them almost certainly translations of each other.
// They steer the band of the DP (./band.ts) so that the search follows the real path through an
// omission instead of the length diagonal, which drifts by the size of whatever is missing.
//
// A pair is an anchor when (1) it shares enough weight of strong keys (numbers, Latin words, glossary
// terms, skeletons of 3+ classes, each occurring in few sentences), (2) each sentence is the other's
// best partner, clearly ahead of the runner-up (the neighbours are not runners-up: a merged
// sentence legitimately shares keys with both halves), and (3) it lies on the heaviest chain of
// anchors that is monotone on both sides (a weighted longest increasing subsequence), which drops
// anchors that cross the others.
import type { Features } from './features.js';

export interface Anchor {
  source: number;
  target: number;
  score: number;
}

export interface AnchorParams {
  /** Keys occurring in more sentences than this within LOCAL_RADIUS (on either side) do not propose anchors there. */
  maxKeyFrequency: number;
  /** Minimum shared weight of an anchor. */
  minScore: number;
  /** The best partner must beat the runner-up by this factor. */
  ratio: number;
  /** Pairs further than this from the length diagonal are not considered: max(minWindow, share × size). */
  minWindow: number;
  windowShare: number;
}

/** Occurrences of one key in a sentence's candidate window beyond which the key is not scanned. */
const MAX_POSTINGS_IN_WINDOW = 32;

export const DEFAULT_ANCHOR_PARAMS: Readonly<AnchorParams> = Object.freeze({
  maxKeyFrequency: 6,
  minScore: 2.5,
  ratio: 1.5,
  minWindow: 50,
  windowShare: 0.25,
});

/** For each source sentence, the target index at the same share of the total length (the diagonal). */
export function lengthDiagonal(f: Features): Float64Array {
  const { source, target } = f;
  const out = new Float64Array(source.n + 1);
  const totalS = source.lenPrefix[source.n]!;
  const totalT = target.lenPrefix[target.n]!;
  let j = 0;
  for (let i = 0; i <= source.n; i++) {
    const want = totalS > 0 ? (source.lenPrefix[i]! / totalS) * totalT : (i / Math.max(1, source.n)) * totalT;
    while (j < target.n && target.lenPrefix[j + 1]! <= want) j++;
    const span = j < target.n ? target.lenPrefix[j + 1]! - target.lenPrefix[j]! : 0;
    out[i] = span > 0 ? j + (want - target.lenPrefix[j]!) / span : j;
  }
  return out;
}

export function findAnchors(f: Features, params: AnchorParams = DEFAULT_ANCHOR_PARAMS): Anchor[] {
  const { source, target, keys } = f;
  const n = source.n;
  const m = target.n;
  if (n === 0 || m === 0) return [];
  // A key proposes anchors where it is rare on both sides within LOCAL_RADIUS sentences (./features.ts):
  // a name that recurs through a book still pins down its own stretch.
  const usable = (k: number): boolean => keys.anchorable[k] === 1 && keys.dfSource[k]! > 0 && keys.dfTarget[k]! > 0;

  // Target occurrences of the usable keys, grouped by key in sentence order (start offsets + flat list).
  const postStart = new Int32Array(keys.size + 1);
  for (const k of target.keys) if (usable(k)) postStart[k + 1]!++;
  for (let k = 0; k < keys.size; k++) postStart[k + 1]! += postStart[k]!;
  const postings = new Int32Array(postStart[keys.size]!);
  const fill = postStart.slice(0, keys.size);
  const sentenceOf = new Int32Array(target.keys.length);
  for (let j = 0; j < m; j++) {
    for (let p = target.keyStart[j]!; p < target.keyStart[j + 1]!; p++) {
      sentenceOf[p] = j;
      const k = target.keys[p]!;
      if (usable(k)) postings[fill[k]!++] = p;
    }
  }
  /** First posting of key k whose sentence is ≥ j (binary search). */
  const firstAtOrAfter = (k: number, j: number): number => {
    let lo = postStart[k]!;
    let hi = postStart[k + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentenceOf[postings[mid]!]! < j) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const diagonal = lengthDiagonal(f);
  const window = Math.max(params.minWindow, params.windowShare * Math.max(n, m));
  const acc = new Float64Array(m);
  const touched: number[] = [];
  const bestJ = new Int32Array(n).fill(-1);
  const bestS = new Float64Array(n);
  const secondS = new Float64Array(n);
  const bestIforJ = new Int32Array(m).fill(-1);
  const bestSforJ = new Float64Array(m);
  const secondSforJ = new Float64Array(m);

  for (let i = 0; i < n; i++) {
    const center = diagonal[i]!;
    for (let p = source.keyStart[i]!; p < source.keyStart[i + 1]!; p++) {
      const k = source.keys[p]!;
      if (!usable(k) || source.localDf[p]! > params.maxKeyFrequency) continue;
      const from = firstAtOrAfter(k, Math.ceil(center - window));
      const to = firstAtOrAfter(k, Math.floor(center + window) + 1);
      // Many copies in the window cannot single out one partner: skip the scan.
      if (to - from > MAX_POSTINGS_IN_WINDOW) continue;
      for (let q = from; q < to; q++) {
        const occurrence = postings[q]!;
        if (target.localDf[occurrence]! > params.maxKeyFrequency) continue;
        const j = sentenceOf[occurrence]!;
        if (acc[j] === 0) touched.push(j);
        acc[j]! += keys.prior[k]! * Math.min(source.rarity[p]!, target.rarity[occurrence]!);
      }
    }
    let bj = -1;
    let bs = 0;
    for (const j of touched) {
      if (acc[j]! > bs) {
        bs = acc[j]!;
        bj = j;
      }
    }
    let ss = 0;
    for (const j of touched) {
      const s = acc[j]!;
      if (Math.abs(j - bj) > 1 && s > ss) ss = s;
      // Track each target's best and runner-up source the same way (neighbours excluded later).
      if (s > bestSforJ[j]!) {
        if (Math.abs(i - bestIforJ[j]!) > 1) secondSforJ[j] = bestSforJ[j]!;
        bestSforJ[j] = s;
        bestIforJ[j] = i;
      } else if (Math.abs(i - bestIforJ[j]!) > 1 && s > secondSforJ[j]!) {
        secondSforJ[j] = s;
      }
      acc[j] = 0;
    }
    touched.length = 0;
    bestJ[i] = bj;
    bestS[i] = bs;
    secondS[i] = ss;
  }

  const candidates: Anchor[] = [];
  for (let i = 0; i < n; i++) {
    const j = bestJ[i]!;
    if (j < 0 || bestIforJ[j] !== i) continue;
    const s = bestS[i]!;
    if (s < params.minScore || s < params.ratio * secondS[i]! || s < params.ratio * secondSforJ[j]!) continue;
    candidates.push({ source: i, target: j, score: s });
  }
  return heaviestMonotoneChain(candidates, m);
}

/**
 * The subset of candidates (sorted by source, each source once) with strictly increasing targets and
 * the largest total score: a weighted longest increasing subsequence, O(k log m) with a Fenwick tree
 * of prefix maxima over target indexes.
 */
export function heaviestMonotoneChain(candidates: readonly Anchor[], m: number): Anchor[] {
  const treeScore = new Float64Array(m + 1);
  const treeIndex = new Int32Array(m + 1).fill(-1);
  const total = new Float64Array(candidates.length);
  const prev = new Int32Array(candidates.length).fill(-1);
  candidates.forEach((c, idx) => {
    // Best chain ending at a target < c.target: prefix max over Fenwick positions 1..c.target.
    let bestScore = 0;
    let bestIdx = -1;
    for (let x = c.target; x > 0; x -= x & -x) {
      if (treeScore[x]! > bestScore) {
        bestScore = treeScore[x]!;
        bestIdx = treeIndex[x]!;
      }
    }
    total[idx] = bestScore + c.score;
    prev[idx] = bestIdx;
    for (let x = c.target + 1; x <= m; x += x & -x) {
      if (total[idx]! > treeScore[x]!) {
        treeScore[x] = total[idx]!;
        treeIndex[x] = idx;
      }
    }
  });
  let end = -1;
  let endScore = 0;
  total.forEach((t, idx) => {
    if (t > endScore) {
      endScore = t;
      end = idx;
    }
  });
  const chain: Anchor[] = [];
  for (let idx = end; idx >= 0; idx = prev[idx]!) chain.push(candidates[idx]!);
  return chain.reverse();
}
