// Sentence alignment of a source text and its translation (Arabic ↔ English first, any pair works).
//
// alignSentences(source, target) returns beads (1:1, 1:2, 2:1, 2:2, 1:3, 3:1, 1:0, 0:1) that cover
// every sentence of both sides exactly once and in order. How:
//   1. features  each sentence → a length and a few keys that survive translation without a
//                dictionary: numbers (٢٠١٦ = 2016), Latin words, name skeletons (كيربي ~ Kirby),
//                glossary terms, punctuation (./features.ts, ./skeleton.ts)
//   2. anchors   pairs sharing rare keys, mutually best and on one monotone chain (./anchors.ts)
//   3. band      the DP's search area follows the anchors, so an omitted paragraph does not make the
//                search drift off the diagonal (./band.ts)
//   4. search    banded DP: Gale–Church length cost + type priors − shared-key evidence
//                (+ soft paragraph penalties) (./cost.ts, ./search.ts); if the best path runs along
//                the band's edge, the band is widened and the search repeated
//   5. local     where the length ratio around a position is not the global one (a text mixing
//                registers), the ratio is re-estimated along the first path and a second search
//                runs in a fixed band around it (./local-ratio.ts); both searches are O(n)
//   6. scores    each bead's confidence from its own cost terms (./confidence.ts)
import { findAnchors, DEFAULT_ANCHOR_PARAMS, type Anchor, type AnchorParams } from './anchors.js';
import { buildBand, type GuidePoint } from './band.js';
import { confidence, discountNextToNull } from './confidence.js';
import { BeadCoster, DEFAULT_COST_PARAMS, type CostParams } from './cost.js';
import { DEFAULT_KEY_WEIGHTS, extractFeatures, type KeyWeights } from './features.js';
import { DEFAULT_LOCAL_RATIO, localRatios, type LocalRatioParams } from './local-ratio.js';
import { searchBand, type SearchResult } from './search.js';
import type { AlignSentence, Bead, GlossaryEntry } from './types.js';

export type { AlignSentence, Bead, GlossaryEntry } from './types.js';
export { formatBeads, parseBeads } from './format.js';
export { arabicSkeleton, arabicSkeletonVariants, latinSkeleton } from './skeleton.js';
export type { CostParams } from './cost.js';
export type { AnchorParams } from './anchors.js';
export type { LocalRatioParams } from './local-ratio.js';
export type { KeyWeights } from './features.js';

/**
 * Beads scoring below this are flagged for the user. The score is a logistic function of the bead's
 * own evidence (./confidence.ts), calibrated on the benchmark's damaged documents so that 0.5 is where
 * a bead is about as likely wrong as right; unmatched sentences (1:0, 0:1) always score below it,
 * because an omission is exactly what a translator should look at.
 */
export const LOW_CONFIDENCE = 0.5;

export interface AlignOptions {
  /** Term pairs the user knows; a pair found on both sides of a bead counts as strong evidence. */
  glossary?: GlossaryEntry[];
  /** Cost model knobs (./cost.ts). */
  cost?: Partial<CostParams>;
  /** Key weights (./features.ts). */
  keyWeights?: Partial<KeyWeights>;
  /** Anchor search knobs, or false for no anchors (the band then follows the length diagonal). */
  anchors?: Partial<AnchorParams> | false;
  /** Initial half-width of the band in sentences around the guide path (doubled when the path hits its edge). */
  bandWidth?: number;
  /** Initial slack around the rectangle between two anchors. */
  bandMargin?: number;
  /** The band is not widened beyond this many cells (about 10 bytes each). */
  maxCells?: number;
  /** Local length ratio knobs, or false for one ratio for the whole text and no second search (./local-ratio.ts). */
  localRatio?: Partial<LocalRatioParams> | false;
  /** Use only lengths (no keys, no anchors): a plain Gale–Church aligner, for comparison. */
  lengthOnly?: boolean;
}

export interface AlignStats {
  anchors: number;
  passes: number;
  /** Cells of the widest band searched; memory is about 10 bytes per cell. */
  bandCells: number;
}

const DEFAULT_BAND_WIDTH = 15;
const DEFAULT_BAND_MARGIN = 8;
const DEFAULT_MAX_CELLS = 12_000_000;
const MAX_PASSES = 5;
/** Half-width of the band around the first path in the search with local ratios. */
const REFINE_WIDTH = 12;

export function alignSentences(source: AlignSentence[], target: AlignSentence[], options: AlignOptions = {}): Bead[] {
  return alignSentencesWithStats(source, target, options).beads;
}

export function alignSentencesWithStats(
  source: readonly AlignSentence[],
  target: readonly AlignSentence[],
  options: AlignOptions = {},
): { beads: Bead[]; stats: AlignStats } {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0) {
    // Nothing to pair: every sentence is its own null bead.
    const beads: Bead[] = [
      ...source.map((_, i) => ({ source: [i], target: [], score: confidence(null, 1, 0) })),
      ...target.map((_, j) => ({ source: [], target: [j], score: confidence(null, 0, 1) })),
    ];
    return { beads, stats: { anchors: 0, passes: 0, bandCells: 0 } };
  }
  const lengthOnly = options.lengthOnly === true;
  const weights: KeyWeights = { ...DEFAULT_KEY_WEIGHTS, ...options.keyWeights };
  const features = extractFeatures(source, target, lengthOnly ? [] : options.glossary, weights);
  const anchors: Anchor[] = lengthOnly || options.anchors === false
    ? []
    : findAnchors(features, { ...DEFAULT_ANCHOR_PARAMS, ...options.anchors });
  const params: CostParams = {
    ...DEFAULT_COST_PARAMS,
    ...options.cost,
    ...(lengthOnly ? { lexicalWeight: 0, numberMismatch: 0 } : {}),
  };
  const coster = new BeadCoster(features, params);
  const width = options.bandWidth ?? DEFAULT_BAND_WIDTH;
  const margin = options.bandMargin ?? DEFAULT_BAND_MARGIN;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  let search = searchWidening(n, m, anchors, coster, width, margin, maxCells);
  let passes = search.passes;
  let bandCells = search.bandCells;
  let finalCoster = coster;

  // A text that mixes registers (news and scripture, prose and verse) has no single length ratio:
  // re-estimate it around every position from the first path and search again, in a band of fixed
  // width around that path, so this second search costs O(n) whatever the length (./local-ratio.ts).
  const local = params.ratio === undefined && !lengthOnly && options.localRatio !== false
    ? localRatios(features, search.result.steps, coster.ratio, { ...DEFAULT_LOCAL_RATIO, ...options.localRatio })
    : null;
  if (local) {
    const localCoster = new BeadCoster(features, params, local);
    const guide = search.result.steps.slice(0, -1).map((s) => ({ source: s.i1, target: s.j1 }));
    const refined = searchWidening(n, m, guide, localCoster, REFINE_WIDTH, REFINE_WIDTH, maxCells);
    passes += refined.passes;
    bandCells = Math.max(bandCells, refined.bandCells);
    search = refined;
    finalCoster = localCoster;
  }
  const { result } = search;

  const beads: Bead[] = result.steps.map((s) => {
    const a = s.i1 - s.i0;
    const b = s.j1 - s.j0;
    return {
      source: range(s.i0, s.i1),
      target: range(s.j0, s.j1),
      score: confidence(a > 0 && b > 0 ? finalCoster.parts(s.i0, s.i1, s.j0, s.j1) : null, a, b),
    };
  });
  return { beads: discountNextToNull(beads), stats: { anchors: anchors.length, passes, bandCells } };

  function range(from: number, to: number): number[] {
    const out: number[] = [];
    for (let k = from; k < to; k++) out.push(k);
    return out;
  }
}

/**
 * The banded search, widened (width and margin doubled) while the best path runs along the band's
 * edge, as hunalign does: a band that already covers the grid, MAX_PASSES, or maxCells ends it.
 */
function searchWidening(
  n: number,
  m: number,
  guide: readonly GuidePoint[],
  coster: BeadCoster,
  width0: number,
  margin0: number,
  maxCells: number,
): { result: SearchResult; passes: number; bandCells: number } {
  const full = (n + 1) * (m + 1);
  let width = width0;
  let margin = margin0;
  let result: SearchResult | undefined;
  let passes = 0;
  let bandCells = 0;
  for (;;) {
    const band = buildBand(n, m, guide, width, margin);
    if (result && band.cells > maxCells) break; // keep the last path rather than exhaust memory
    result = searchBand(band, coster);
    passes++;
    bandCells = Math.max(bandCells, band.cells);
    if (!result.touchesEdge || band.cells >= full || passes >= MAX_PASSES) break;
    width *= 2;
    margin *= 2;
  }
  return { result, passes, bandCells };
}

