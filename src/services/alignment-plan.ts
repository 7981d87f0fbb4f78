// The expensive half of aligning: segmenting the text and running the aligner. Pure (core code only) and
// plain data in and out, so it runs in a job's worker thread while the session, which owns the undo
// history, applies the result (alignment-service.ts).
import { LOW_CONFIDENCE, alignSentences, type Bead } from '../core/align/index.js';
import { MizanError } from '../core/errors.js';
import { segmentText, type SegmentationRuleSet } from '../core/text/segmentation/index.js';

/** A segment as the plan sees it: its Arabic (and, for re-align, its English) and its paragraph. */
export interface PlanUnit {
  source: string;
  target: string;
  paragraph: number;
}

/** A source unit of the alignment: a whole segment (import) or one of its sentences (re-align). */
export interface PlanSource {
  text: string;
  paragraph: number;
  /** Index of the segment it comes from, among the planned units (its status is read when applying). */
  unit: number;
}

export interface AlignmentPlan {
  sources: PlanSource[];
  sentences: { text: string; paragraph: number }[];
  beads: Bead[];
}

export const lowConfidenceCount = (plan: AlignmentPlan): number => plan.beads.filter((b) => b.score < LOW_CONFIDENCE).length;

function align(sources: PlanSource[], sentences: AlignmentPlan['sentences']): AlignmentPlan {
  const beads = alignSentences(sources.map((s) => ({ text: s.text, paragraph: s.paragraph })), sentences);
  return { sources, sentences, beads };
}

/** "Import translation…": the English text split into sentences and aligned to the segments as they are. */
export function planTranslationImport(units: readonly PlanUnit[], english: string, targetRules: SegmentationRuleSet): AlignmentPlan {
  const sentences = segmentText(english.normalize('NFC'), targetRules).map((s) => ({ text: s.text, paragraph: s.paragraph }));
  if (sentences.length === 0) throw new MizanError('bad-input', 'the translation is empty (no sentences to align)');
  return align(units.map((u, unit) => ({ text: u.source, paragraph: u.paragraph, unit })), sentences);
}

/** Re-align: both sides split into sentences again (so a wrong merge can come apart) and aligned again. */
export function planRealign(units: readonly PlanUnit[], sourceRules: SegmentationRuleSet, targetRules: SegmentationRuleSet): AlignmentPlan {
  const sources = units.flatMap((u, unit) => segmentText(u.source, sourceRules).map((s) => ({ text: s.text, paragraph: u.paragraph, unit })));
  const sentences = units.flatMap((u) => segmentText(u.target, targetRules).map((s) => ({ text: s.text, paragraph: u.paragraph })));
  return align(sources, sentences);
}
