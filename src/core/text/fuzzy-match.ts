// The command palette's matcher, like VS Code's: the typed letters must appear in order in the label;
// letters at the start of words and runs of adjacent letters score higher, so "mn" ranks
// "Merge with Next" above "Comments Panel".

export interface FuzzyMatch {
  score: number;
  /** Indexes into the text of the matched letters (for highlighting). */
  positions: number[];
}

const BASE = 1;
const WORD_START = 8;
const TEXT_START = 4;
const ADJACENT = 6;

function isWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text[i - 1]!;
  const here = text[i]!;
  if (!/[\p{L}\p{N}]/u.test(before)) return true;
  // camelCase: "realignSelection" starts a word at "S".
  return before === before.toLowerCase() && here !== here.toLowerCase();
}

/**
 * The best way to find `query`'s letters, in order, in `text` (case and spaces in the query ignored),
 * or null when they are not all there. Finds the highest-scoring placement, not just the first.
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = [...query.replace(/\s+/g, '').toLowerCase()];
  if (q.length === 0) return { score: 0, positions: [] };
  const lower = text.toLowerCase();
  // Only when the lower-case text keeps the same UTF-16 indexes can positions be shared with `text`.
  if (lower.length !== text.length) return null;
  const n = q.length;
  const m = text.length;
  if (n > m) return null;

  const bonus = Array.from({ length: m }, (_, j) => BASE + (isWordStart(text, j) ? WORD_START : 0) + (j === 0 ? TEXT_START : 0));
  // best[i][j]: the best score with query letter i placed at text index j (-Infinity: impossible).
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m).fill(-Infinity);
    const back = new Array<number>(m).fill(-1);
    let runningMax = -Infinity;
    let runningAt = -1;
    for (let j = 0; j < m; j++) {
      if (i > 0 && j >= 2 && best[i - 1]![j - 2]! > runningMax) {
        // Placements of the previous letter at least two back: no adjacency bonus.
        runningMax = best[i - 1]![j - 2]!;
        runningAt = j - 2;
      }
      if (lower[j] !== q[i]) continue;
      if (i === 0) {
        row[j] = bonus[j]!;
        continue;
      }
      const adjacent = j >= 1 ? best[i - 1]![j - 1]! + ADJACENT : -Infinity;
      if (adjacent >= runningMax && adjacent > -Infinity) {
        row[j] = adjacent + bonus[j]!;
        back[j] = j - 1;
      } else if (runningMax > -Infinity) {
        row[j] = runningMax + bonus[j]!;
        back[j] = runningAt;
      }
    }
    best.push(row);
    from.push(back);
  }

  const last = best[n - 1]!;
  let end = -1;
  for (let j = 0; j < m; j++) if (last[j]! > -Infinity && (end < 0 || last[j]! > last[end]!)) end = j;
  if (end < 0) return null;
  const positions: number[] = [];
  for (let i = n - 1, j = end; i >= 0; j = from[i]![j]!, i--) positions.unshift(j);
  return { score: last[end]!, positions };
}
