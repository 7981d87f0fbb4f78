// A bead's confidence (0..1) from its own cost terms: a logistic function of its evidence
//   z = shared keys − length mismatch − type prior − unmatched numbers − paragraph penalties
// i.e. minus the bead's cost. A well-fitting 1:1 bead without keys has z ≈ 0; a shared name or number
// pushes z up; a poor length fit or a merge pushes it down. OFFSET and SCALE were calibrated on the
// benchmark's damaged documents (scripts/bench-alignment.ts prints the calibration table): wrong beads
// concentrate below 0.5, correct ones above.
import type { BeadParts } from './cost.js';

const OFFSET = 1.5;
const SCALE = 1;
/** Unmatched sentences: below LOW_CONFIDENCE (0.5) on purpose, an omission deserves a look. */
const NULL_BEAD_SCORE = 0.3;

export function confidence(parts: BeadParts | null, sourceCount: number, targetCount: number): number {
  if (!parts || sourceCount === 0 || targetCount === 0) return NULL_BEAD_SCORE;
  const z = parts.shared - parts.length - parts.type - parts.mismatch - parts.paragraph;
  const score = 1 / (1 + Math.exp(-(z + OFFSET) / SCALE));
  return Math.round(score * 1000) / 1000;
}

/** Beads next to an unmatched sentence are where the benchmark's errors cluster (the exact edge of an omission is the hard call). */
const NEXT_TO_NULL_FACTOR = 0.7;

/** Lowers the score of paired beads that border a null bead (in place; returns the same array). */
export function discountNextToNull<T extends { source: number[]; target: number[]; score: number }>(beads: T[]): T[] {
  const isNull = (b: T | undefined): boolean => b !== undefined && (b.source.length === 0 || b.target.length === 0);
  beads.forEach((b, k) => {
    if (isNull(b)) return;
    if (isNull(beads[k - 1]) || isNull(beads[k + 1])) b.score = Math.round(b.score * NEXT_TO_NULL_FACTOR * 1000) / 1000;
  });
  return beads;
}
