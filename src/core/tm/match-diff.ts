import type { AlignedStep, TokenisedText } from './fuzzy-score.js';

// What the matches panel marks in the match's Arabic: the words that differ from the current source,
// as offsets into the match's own text (UTF-16, end exclusive), plus the current source's words the match
// lacks (shown apart, since they have no place in the match's text).

export type DiffKind = 'changed' | 'extra' | 'clitic';

export interface MatchDiffRange {
  start: number;
  end: number;
  /** changed: another word here; extra: only the match has it; clitic: the same word, other particles. */
  kind: DiffKind;
}

export interface MatchDiff {
  ranges: MatchDiffRange[];
  /** Words of the current source that the match does not have, as written in the current source. */
  missing: string[];
}

export function matchDiff(query: TokenisedText, match: TokenisedText, steps: readonly AlignedStep[]): MatchDiff {
  const ranges: MatchDiffRange[] = [];
  const missing: string[] = [];
  for (const step of steps) {
    if (step.kind === 'missing') {
      missing.push(query.tokens[step.query]!.text);
      continue;
    }
    if (step.kind === 'same') continue;
    const token = match.tokens[step.match]!;
    const kind: DiffKind = step.kind === 'replaced' ? 'changed' : step.kind;
    ranges.push({ start: token.start, end: token.end, kind });
  }
  return { ranges, missing };
}
