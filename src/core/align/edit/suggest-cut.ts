// Where to cut a segment on both sides when its English reads as two sentences: the English cut is
// a sentence boundary, the Arabic cut is chosen among word boundaries from the aligner's evidence —
// how much of the text each part holds (length ratio), which anchors (numbers, Latin words, names by
// their consonant skeleton) fall on each side of the cut, and whether the cut looks like the start
// of an Arabic sentence or clause (after punctuation, before و/ف). About one Arabic sentence boundary
// in ten in news has no punctuation at all, so no splitting rule can see it; the English can.
import { sentenceKeys } from '../features.js';
import { splitSentences } from '../../text/split-sentences.js';

export interface CutSuggestion {
  /** Offset in the Arabic where the second segment starts. */
  source: number;
  /** Offset in the English where the second segment starts (an English sentence boundary). */
  target: number;
  /** How far the best cut is ahead of the best cut elsewhere (0..1; 1 = nothing else comes close). */
  margin: number;
  /** Whether the evidence is strong enough to cut without asking (what import does). */
  sure: boolean;
}

export interface CutParams {
  /** Weight of the length-ratio mismatch (fraction of the text, 0..1). */
  lengthWeight: number;
  /** Weight of one anchor key that lands on the matching side (numbers count double). */
  anchorWeight: number;
  /** Bonus of a cut right after sentence or clause punctuation. */
  punctuationBonus: number;
  /** Bonus of a cut before a word starting with the conjunction و or ف. */
  conjunctionBonus: number;
  /** A cut is sure when its margin is at least this, it falls after punctuation or before و/ف, and anchors agree. */
  sureMargin: number;
  /** Parts shorter than this many characters are not proposed. */
  minPart: number;
}

export const DEFAULT_CUT_PARAMS: Readonly<CutParams> = Object.freeze({
  lengthWeight: 12,
  anchorWeight: 1,
  punctuationBonus: 0.75,
  conjunctionBonus: 0.75,
  sureMargin: 0.5,
  minPart: 12,
});

const WORD_START = /(?<=\s)\S/gu;
const ARABIC_PUNCT_BEFORE = /[.!?؟،؛:;,]["'»”)\]]*\s*$/u;
const SENTENCE_PUNCT_BEFORE = /[.!?؟]["'»”)\]]*\s*$/u;
const CLOSING_QUOTE_BEFORE = /\S["»”]\s*$/u;
const ENDS_WITH_QUOTE = /["”’']\s*$/u;
const CONJUNCTION = /^[«"(]?[وف][\u0600-\u06FF]/u;

/** Offsets where a word starts (after whitespace): the candidate cuts of a text. */
export function wordStarts(text: string): number[] {
  return [...text.matchAll(WORD_START)].map((m) => m.index);
}

/** The offsets where the second, third, … English sentence starts. */
export function targetBoundaries(target: string): number[] {
  return splitSentences(target, 'en').slice(1).map((s) => s.start);
}

function keyWeight(key: string): number {
  return key.startsWith('n:') ? 2 : key.startsWith('p:') ? 0 : 1;
}

function keySet(text: string): Set<string> {
  return new Set(sentenceKeys(text).keys);
}

/**
 * Anchor agreement of a pairing (A1↔E1, A2↔E2): weight of keys that occur on one side of the cut
 * only, in both languages, minus those that cross over. Keys in both halves say nothing.
 */
function anchorScore(a1: Set<string>, a2: Set<string>, e1: Set<string>, e2: Set<string>): { score: number; agreeing: number; crossing: number } {
  let agreeing = 0;
  let crossing = 0;
  const consider = (key: string, inA1: boolean) => {
    const w = keyWeight(key);
    if (w === 0) return;
    const inE1 = e1.has(key) && !e2.has(key);
    const inE2 = e2.has(key) && !e1.has(key);
    if (!inE1 && !inE2) return;
    if (inA1 === inE1) agreeing += w;
    else crossing += w;
  };
  for (const k of a1) if (!a2.has(k)) consider(k, true);
  for (const k of a2) if (!a1.has(k)) consider(k, false);
  return { score: agreeing - crossing, agreeing, crossing };
}

function visibleLength(text: string): number {
  return text.replace(/\s+/gu, ' ').trim().length;
}

interface Scored {
  source: number;
  target: number;
  score: number;
  punctuated: boolean;
  sentencePunct: boolean;
  conjunction: boolean;
  agreeing: number;
  crossing: number;
}

/**
 * The best cut of a segment into two on both sides, or null when the English has a single
 * sentence or either text is too short to cut. `target` fixes the English cut (the user chose it);
 * otherwise each English sentence boundary is tried.
 */
export function suggestCut(source: string, targetText: string, options: { target?: number; params?: Partial<CutParams> } = {}): CutSuggestion | null {
  const p = { ...DEFAULT_CUT_PARAMS, ...options.params };
  const targets = options.target === undefined ? targetBoundaries(targetText) : [options.target];
  const sourceLength = visibleLength(source);
  const targetLength = visibleLength(targetText);
  if (targets.length === 0 || sourceLength === 0 || targetLength === 0) return null;
  const cuts = wordStarts(source).filter((c) => visibleLength(source.slice(0, c)) >= p.minPart && visibleLength(source.slice(c)) >= p.minPart);
  if (cuts.length === 0) return null;

  const scored: Scored[] = [];
  for (const t of targets) {
    if (t <= 0 || t >= targetText.length) continue;
    const e1 = keySet(targetText.slice(0, t));
    const e2 = keySet(targetText.slice(t));
    const share = visibleLength(targetText.slice(0, t)) / targetLength;
    // An English sentence ending in a quotation: the Arabic quotation closes at the cut too.
    const quoteEnds = ENDS_WITH_QUOTE.test(targetText.slice(0, t));
    for (const c of cuts) {
      const before = source.slice(0, c);
      const after = source.slice(c);
      const lengthMiss = Math.abs(visibleLength(before) / sourceLength - share);
      const anchors = anchorScore(keySet(before), keySet(after), e1, e2);
      const punctuated = ARABIC_PUNCT_BEFORE.test(before);
      const sentencePunct = SENTENCE_PUNCT_BEFORE.test(before);
      const conjunction = CONJUNCTION.test(after);
      const score =
        -p.lengthWeight * lengthMiss +
        p.anchorWeight * anchors.score +
        (punctuated ? (sentencePunct ? 2 : 1) * p.punctuationBonus : 0) +
        (conjunction ? p.conjunctionBonus : 0) +
        (quoteEnds && CLOSING_QUOTE_BEFORE.test(before) ? p.punctuationBonus : 0);
      scored.push({ source: c, target: t, score, punctuated, sentencePunct, conjunction, agreeing: anchors.agreeing, crossing: anchors.crossing });
    }
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score || a.source - b.source);
  const best = scored[0]!;
  // The runner-up is the best cut that is not the same place give or take a word.
  const nearby = new Set([best.source, ...neighbourCuts(cuts, best.source)]);
  const runnerUp = scored.find((s) => s.target !== best.target || !nearby.has(s.source));
  const gap = runnerUp ? best.score - runnerUp.score : Number.POSITIVE_INFINITY;
  const margin = Math.min(1, gap / 2);
  // Sure only where the Arabic itself shows a boundary the splitting rules left alone (a comma before
  // و/ف, or sentence punctuation the rules did not cut at) and no anchor says otherwise.
  const sure = margin >= p.sureMargin && best.punctuated && (best.sentencePunct || best.conjunction) && best.crossing === 0;
  return { source: best.source, target: best.target, margin, sure };
}

function neighbourCuts(cuts: readonly number[], at: number): number[] {
  const k = cuts.indexOf(at);
  return [cuts[k - 1], cuts[k + 1]].filter((c): c is number => c !== undefined);
}

/** The cuts a two-sided split starts from, and whether they are the aligner's suggestion. */
export interface InitialCuts {
  source: number;
  /** `target.length` keeps all the English on the first segment. */
  target: number;
  suggested: boolean;
}

/**
 * Where the Split Both Sides dialog puts the cuts before the user moves them: the suggestion when
 * the English has two sentences, else the second Arabic sentence (or the word nearest the middle)
 * and the second English sentence (or no English cut). Null when the Arabic has a single word.
 */
export function initialCuts(source: string, target: string): InitialCuts | null {
  const suggestion = suggestCut(source, target);
  if (suggestion) return { source: suggestion.source, target: suggestion.target, suggested: true };
  const starts = wordStarts(source);
  if (starts.length === 0) return null;
  const second = splitSentences(source, 'ar')[1]?.start;
  const middle = starts.reduce((best, c) => (Math.abs(c - source.length / 2) < Math.abs(best - source.length / 2) ? c : best));
  return { source: second ?? middle, target: targetBoundaries(target)[0] ?? target.length, suggested: false };
}
