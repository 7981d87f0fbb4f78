import { adaptTarget, type Adaptation, type NameMap } from './adapt.js';
import { bestPossibleScore, fuzzyScore, tokenise, type TokenisedText } from './fuzzy-score.js';
import { matchDiff, type MatchDiff } from './match-diff.js';

// Exact rescoring of the candidates an index lookup returned: score, diff, adaptation, best first.

/** Score of an identical source whose neighbours' sources are identical too (OmegaT's context match). */
export const CONTEXT_MATCH = 101;

export interface MatchQuery {
  source: string;
  /** The sources before and after the current segment, when it has neighbours (for 101 %). */
  prevSource?: string | null;
  nextSource?: string | null;
  names?: NameMap;
}

export interface MatchCandidate<O> {
  source: string;
  target: string;
  prevSource?: string | null;
  nextSource?: string | null;
  /** Newer first among equal scores (ms; 0 when unknown). */
  changedAt: number;
  origin: O;
}

export interface RankedMatch<O> {
  score: number;
  source: string;
  target: string;
  /** The English with numbers and known names replaced for the current source, or null. */
  adapted: Adaptation | null;
  diff: MatchDiff;
  origin: O;
}

export interface RankOptions {
  min: number;
  max: number;
}

function sameNeighbour(a: string | null | undefined, b: string | null | undefined): boolean {
  return a !== undefined && b !== undefined && (a ?? '').normalize('NFC') === (b ?? '').normalize('NFC');
}

export function rankMatches<O>(query: MatchQuery, candidates: Iterable<MatchCandidate<O>>, options: RankOptions): RankedMatch<O>[] {
  const q: TokenisedText = tokenise(query.source);
  const scored: { score: number; changedAt: number; candidate: MatchCandidate<O>; tokens: TokenisedText; steps: ReturnType<typeof fuzzyScore>['steps'] }[] = [];
  for (const candidate of candidates) {
    if (candidate.target.trim() === '') continue;
    const tokens = tokenise(candidate.source);
    if (bestPossibleScore(q.tokens.length, tokens.tokens.length) < options.min) continue;
    const { score, steps } = fuzzyScore(q, tokens);
    if (score < options.min) continue;
    const context = score === 100 && sameNeighbour(query.prevSource, candidate.prevSource) && sameNeighbour(query.nextSource, candidate.nextSource);
    scored.push({ score: context ? CONTEXT_MATCH : score, changedAt: candidate.changedAt, candidate, tokens, steps });
  }
  scored.sort((a, b) => b.score - a.score || b.changedAt - a.changedAt);
  const out: RankedMatch<O>[] = [];
  const seen = new Set<string>();
  // A repeated pair (the same unit in two memories, a repeated segment) is offered once, at its best.
  for (const s of scored) {
    const key = `${s.candidate.source}\u0000${s.candidate.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      score: s.score,
      source: s.candidate.source,
      target: s.candidate.target,
      adapted: s.score >= 100 ? null : adaptTarget(q, s.tokens, s.steps, s.candidate.target, query.names),
      diff: matchDiff(q, s.tokens, s.steps),
      origin: s.candidate.origin,
    });
    if (out.length >= options.max) break;
  }
  return out;
}
