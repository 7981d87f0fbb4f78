// The cost of one bead (lower is better, roughly in nats = -log probability):
//   type prior          1:1 free, merges and omissions cost more (they are rarer)
// + length mismatch     Gale & Church (1993): the length difference is normal with a variance that
//                       grows with the length; cost = -log P(|δ| or more)
// - shared evidence     the weight of keys (numbers, Latin words, name skeletons, glossary,
//                       punctuation) found on both sides of the bead (./features.ts)
// + unmatched numbers   a number on one side only is evidence against the bead
// + paragraph penalties when paragraphs are known on both sides: a bead that spans a paragraph
//                       break, or starts a paragraph on one side only (soft: an omitted or merged
//                       paragraph can still be aligned)
import { KIND_NUMBER, type Features } from './features.js';

export interface CostParams {
  /** Expected source length per target character; estimated from the two texts when omitted. */
  ratio?: number;
  /** Gale–Church variance of the length difference per character. */
  variance: number;
  /** Cost of a 2:1 or 1:2 bead. */
  mergeCost: number;
  /** Cost of a 2:2 bead. */
  merge22Cost: number;
  /** Cost of a 3:1 or 1:3 bead. */
  merge3Cost: number;
  /** Cost of a 1:0 or 0:1 bead (a sentence without counterpart). */
  skipCost: number;
  /**
   * Cost of each further sentence in a run of unmatched sentences on the same side. Omissions come in
   * runs (a paragraph, a quote, a sidebar), so a run is priced like an affine gap: one skipCost to open,
   * much less to extend. Without this, the search prefers to hide an omitted paragraph in a string of
   * cheap merges and scattered skips, and misaligns everything around it.
   */
  skipExtend: number;
  /** Multiplier of the shared-key weight. */
  lexicalWeight: number;
  /** Cost per number found on one side of a bead only (at most 3 counted). */
  numberMismatch: number;
  /** Cost per paragraph break inside a bead, per side. */
  paragraphCross: number;
  /** Cost of a bead that starts a paragraph on one side and not on the other. */
  paragraphStart: number;
}

export const DEFAULT_COST_PARAMS: Readonly<CostParams> = Object.freeze({
  // Gale & Church measured 6.8 on German/French–English with a fixed ratio. With the ratio estimated
  // from the two texts, professional Arabic–English news translation (the ntrex tuning set) shows a
  // mean squared standardised difference of 3.2 per character (median 1.5, as a normal law predicts);
  // 4.5 leaves room for freer translations without letting a merge swallow an omitted sentence.
  variance: 4.5,
  // Merges are priced well below Gale & Church's priors (2:1 ≈ 3.0 nats there): translators merge and
  // split far more often than parliamentary proceedings do, and the key evidence keeps merges honest.
  mergeCost: 2.3,
  merge22Cost: 5.5,
  merge3Cost: 5,
  skipCost: 4,
  skipExtend: 1.2,
  lexicalWeight: 1,
  numberMismatch: 0.7,
  paragraphCross: 2,
  paragraphStart: 0.8,
});

/** Shapes of the paired beads the search tries, [source sentences, target sentences]; unmatched
 *  sentences (1:0, 0:1) are searched as runs (./search.ts). */
export const PAIRED_TYPES: readonly (readonly [number, number])[] = [
  [1, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3],
];

/**
 * Gale & Church's standardised length difference of a bead: how many standard deviations the target
 * (scaled by `ratio`, source characters per target character) is longer (positive) or shorter (negative)
 * than the source. The QA omission check uses it on one segment.
 */
export function lengthDeviation(sourceLength: number, targetLength: number, ratio: number, variance: number): number {
  const lt = targetLength * ratio;
  const mean = Math.max(1, (sourceLength + lt) / 2);
  return (lt - sourceLength) / Math.sqrt(variance * mean);
}

/** Share and relative width of the broad component of the length law (see lengthCost). */
const BROAD_SHARE = 0.1;
const BROAD_SCALE = 3;

/** -log(erfc(z)) for z ≥ 0, stable for large z (Abramowitz & Stegun 7.1.26: erfc(z) ≈ poly(t)·e^(-z²)). */
function negLogErfc(z: number): number {
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return z * z - Math.log(poly);
}

/**
 * The length cost of a standardised difference z: a mixture of a tight and a broad normal law. Most
 * translations keep the length ratio, a few do not (an acronym spelled out in Arabic letters, a
 * sentence explained or condensed). With the tight law alone a long-but-correct bead costs so much
 * that the search grabs a neighbouring sentence to even out the lengths, even against strong key evidence.
 */
export function lengthLaw(z: number): number {
  const tight = negLogErfc(z);
  const broad = negLogErfc(z / BROAD_SCALE);
  const lo = Math.min(tight, broad);
  return lo - Math.log((1 - BROAD_SHARE) * Math.exp(lo - tight) + BROAD_SHARE * Math.exp(lo - broad));
}

const LENGTH_TABLE_SCALE = 64;
const LENGTH_TABLE_SIZE = 64 * LENGTH_TABLE_SCALE;
const LENGTH_TABLE = Float64Array.from({ length: LENGTH_TABLE_SIZE }, (_, k) => lengthLaw(k / LENGTH_TABLE_SCALE));

export interface BeadParts {
  type: number;
  length: number;
  shared: number;
  mismatch: number;
  paragraph: number;
}

/** Scores beads of one pair of documents; reuses scratch arrays so the DP allocates nothing per bead. */
export class BeadCoster {
  /** The ratio of the whole texts (or the caller's). */
  readonly ratio: number;
  private readonly stampT: Int32Array;
  private readonly stampS: Int32Array;
  private readonly counted: Int32Array;
  /** Rarity of each key's occurrence in the current bead's target side (valid where stampT is the epoch). */
  private readonly rarityT: Float64Array;
  /** Prefix sums per side of each sentence's largest possible shared weight (all its keys matched). */
  private readonly sharedCapS: Float64Array;
  private readonly sharedCapT: Float64Array;
  private epoch = 0;
  /** Unmatched numbers found by the last shared() call (a field, not a returned object: the DP calls it millions of times). */
  private mismatchCount = 0;

  /**
   * @param local the expected ratio at each source position (./local-ratio.ts), for texts that mix
   *   registers; a bead uses the ratio where it starts. Without it, one ratio for the whole text.
   */
  constructor(private readonly f: Features, private readonly p: CostParams, private readonly local: Float64Array | null = null) {
    const s = f.source.lenPrefix[f.source.n]!;
    const t = f.target.lenPrefix[f.target.n]!;
    // The ratio of the whole texts adapts to any language pair or spelling habit. An omission skews it
    // by the omitted share: a few percent for a paragraph of a news article, but a third of a
    // three-sentence text, where a merge then looks like a perfect length fit. (Estimating it from the
    // anchor pairs instead was tried and lost 2.5 points of F1 on clean news: anchors are sentences with
    // numbers and names, whose Arabic spelling is longer than average.)
    this.ratio = p.ratio ?? (s > 0 && t > 0 ? s / t : 1);
    this.stampT = new Int32Array(f.keys.size);
    this.stampS = new Int32Array(f.keys.size);
    this.counted = new Int32Array(f.keys.size);
    this.rarityT = new Float64Array(f.keys.size);
    const caps = (side: Features['source']): Float64Array => {
      const out = new Float64Array(side.n + 1);
      for (let i = 0; i < side.n; i++) {
        let cap = 0;
        for (let q = side.keyStart[i]!; q < side.keyStart[i + 1]!; q++) cap += f.keys.prior[side.keys[q]!]! * side.rarity[q]!;
        out[i + 1] = out[i]! + cap;
      }
      return out;
    };
    this.sharedCapS = caps(f.source);
    this.sharedCapT = caps(f.target);
  }

  typeCost(a: number, b: number): number {
    if (a === 0 || b === 0) return this.skipRunCost(a + b);
    if (a === 1 && b === 1) return 0;
    if (a + b === 3) return this.p.mergeCost;
    if (a === 2 && b === 2) return this.p.merge22Cost;
    return this.p.merge3Cost;
  }

  /** A run of k unmatched sentences on one side. */
  skipRunCost(k: number): number {
    return this.p.skipCost + (k - 1) * this.p.skipExtend;
  }

  lengthCost(i0: number, i1: number, j0: number, j1: number): number {
    const ls = this.f.source.lenPrefix[i1]! - this.f.source.lenPrefix[i0]!;
    const lt = (this.f.target.lenPrefix[j1]! - this.f.target.lenPrefix[j0]!) * (this.local ? this.local[i0]! : this.ratio);
    const mean = Math.max(1, (ls + lt) / 2);
    const z = Math.abs(ls - lt) / Math.sqrt(this.p.variance * mean) / Math.SQRT2;
    // The DP asks this millions of times on a long text: read the law from a table (linear between
    // steps of 1/64; the law is smooth and the error is far below what changes a path).
    const x = z * LENGTH_TABLE_SCALE;
    if (x >= LENGTH_TABLE_SIZE - 1) return lengthLaw(z);
    const k = x | 0;
    const a = LENGTH_TABLE[k]!;
    return a + (LENGTH_TABLE[k + 1]! - a) * (x - k);
  }

  /** Shared key weight; the count of numbers found on one side only is left in mismatchCount. */
  shared(i0: number, i1: number, j0: number, j1: number): number {
    const { source, target, keys } = this.f;
    const e = ++this.epoch;
    for (let p = target.keyStart[j0]!; p < target.keyStart[j1]!; p++) {
      const k = target.keys[p]!;
      this.stampT[k] = e;
      this.rarityT[k] = target.rarity[p]!;
    }
    let shared = 0;
    let mismatch = 0;
    for (let p = source.keyStart[i0]!; p < source.keyStart[i1]!; p++) {
      const k = source.keys[p]!;
      if (this.stampS[k] === e) continue; // already seen in an earlier sentence of this bead
      this.stampS[k] = e;
      if (this.stampT[k] === e) shared += keys.prior[k]! * Math.min(source.rarity[p]!, this.rarityT[k]!);
      else if (keys.kind[k] === KIND_NUMBER) mismatch++;
    }
    for (let p = target.keyStart[j0]!; p < target.keyStart[j1]!; p++) {
      const k = target.keys[p]!;
      if (keys.kind[k] !== KIND_NUMBER || this.counted[k] === e) continue;
      this.counted[k] = e;
      if (this.stampS[k] !== e) mismatch++;
    }
    this.mismatchCount = mismatch;
    return shared;
  }

  paragraphCost(i0: number, i1: number, j0: number, j1: number): number {
    const ps = this.f.source.para;
    const pt = this.f.target.para;
    if (!ps || !pt || i1 === i0 || j1 === j0) return 0;
    let c = 0;
    if (ps[i0] !== ps[i1 - 1]) c += this.p.paragraphCross;
    if (pt[j0] !== pt[j1 - 1]) c += this.p.paragraphCross;
    const startsS = i0 === 0 || ps[i0] !== ps[i0 - 1];
    const startsT = j0 === 0 || pt[j0] !== pt[j0 - 1];
    if (startsS !== startsT) c += this.p.paragraphStart;
    return c;
  }

  /** The full cost of the bead source[i0, i1) × target[j0, j1). */
  cost(i0: number, i1: number, j0: number, j1: number): number {
    return this.costBelow(i0, i1, j0, j1, Infinity);
  }

  /**
   * The cost of a paired bead, or Infinity when it cannot be below `limit`: its type, length and
   * paragraph costs minus the most its keys could share already reach the limit, so the key scan
   * (most of the DP's work) is skipped. Exact: it never changes which bead is cheapest.
   */
  costBelow(i0: number, i1: number, j0: number, j1: number, limit: number): number {
    const a = i1 - i0;
    const b = j1 - j0;
    if (a === 0 || b === 0) return this.skipRunCost(a + b);
    const base = this.typeCost(a, b) + this.lengthCost(i0, i1, j0, j1) + this.paragraphCost(i0, i1, j0, j1);
    const cap = Math.min(this.sharedCapS[i1]! - this.sharedCapS[i0]!, this.sharedCapT[j1]! - this.sharedCapT[j0]!);
    if (base - this.p.lexicalWeight * cap >= limit) return Infinity;
    const shared = this.shared(i0, i1, j0, j1);
    return base - this.p.lexicalWeight * shared + this.p.numberMismatch * Math.min(3, this.mismatchCount);
  }

  parts(i0: number, i1: number, j0: number, j1: number): BeadParts {
    const a = i1 - i0;
    const b = j1 - j0;
    if (a === 0 || b === 0) return { type: this.skipRunCost(a + b), length: 0, shared: 0, mismatch: 0, paragraph: 0 };
    const shared = this.shared(i0, i1, j0, j1);
    const mismatch = this.mismatchCount;
    return {
      type: this.typeCost(a, b),
      length: this.lengthCost(i0, i1, j0, j1),
      shared: this.p.lexicalWeight * shared,
      mismatch: this.p.numberMismatch * Math.min(3, mismatch),
      paragraph: this.paragraphCost(i0, i1, j0, j1),
    };
  }
}
