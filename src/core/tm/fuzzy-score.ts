import { sameWord, wordTokens, type WordToken } from '../text/word-tokens.js';

// OmegaT-style fuzzy score: a word-level edit distance turned into a percentage of the longer text,
// computed over Mizan's folded tokens. Words that differ only in their proclitics (والحكومة / الحكومة)
// cost a fraction of a word, so attached particles cost little; spelling variants the folds cover
// (أ/ا, ة/ه, ٢٠١٦/2016) cost nothing. 100 is kept for a text identical as written (NFC); any other text
// tops out at 99, and punctuation that differs takes a point off.

/** A cost for words that are the same word with other proclitics (و+, ال+, …). */
export const CLITIC_COST = 0.25;
/** Points off when the punctuation differs (after the word distance). */
export const PUNCTUATION_PENALTY = 1;

/** How one word of the query lines up with the match: the same, replaced, or only on one side. */
export type AlignedStep =
  | { kind: 'same'; query: number; match: number }
  | { kind: 'clitic'; query: number; match: number }
  | { kind: 'replaced'; query: number; match: number }
  | { kind: 'missing'; query: number }
  | { kind: 'extra'; match: number };

export interface TokenisedText {
  text: string;
  tokens: readonly WordToken[];
}

export function tokenise(text: string): TokenisedText {
  return { text, tokens: wordTokens(text) };
}

function substitutionCost(a: WordToken, b: WordToken): number {
  if (a.folded === b.folded) return 0;
  if (a.stem === b.stem || sameWord(a, b)) return CLITIC_COST;
  return 1;
}

/** The word-level edit distance between two token lists and one cheapest alignment. */
export function alignTokens(query: readonly WordToken[], match: readonly WordToken[]): { distance: number; steps: AlignedStep[] } {
  const n = query.length;
  const m = match.length;
  const width = m + 1;
  const d = new Float64Array((n + 1) * width);
  for (let i = 0; i <= n; i++) d[i * width] = i;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    const q = query[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * width + j - 1]! + substitutionCost(q, match[j - 1]!);
      const del = d[(i - 1) * width + j]! + 1;
      const ins = d[i * width + j - 1]! + 1;
      d[i * width + j] = Math.min(sub, del, ins);
    }
  }
  const steps: AlignedStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * width + j]!;
    if (i > 0 && j > 0) {
      const cost = substitutionCost(query[i - 1]!, match[j - 1]!);
      if (here === d[(i - 1) * width + j - 1]! + cost) {
        const kind = cost === 0 ? 'same' : cost === 1 ? 'replaced' : 'clitic';
        steps.push({ kind, query: i - 1, match: j - 1 });
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && here === d[(i - 1) * width + j]! + 1) {
      steps.push({ kind: 'missing', query: i - 1 });
      i--;
    } else {
      steps.push({ kind: 'extra', match: j - 1 });
      j--;
    }
  }
  steps.reverse();
  return { distance: d[n * width + m]!, steps };
}

/** The punctuation of a text in order (what is neither a word character nor a space). */
function punctuation(text: string): string {
  return text.replace(/[\p{L}\p{M}\p{N}\s\u0640]/gu, '');
}

/** The highest score a text of `m` words can reach against a query of `n` words (for length windows). */
export function bestPossibleScore(n: number, m: number): number {
  const longer = Math.max(n, m);
  return longer === 0 ? 100 : Math.floor(100 * (1 - Math.abs(n - m) / longer));
}

export interface FuzzyScore {
  /** 0–100. */
  score: number;
  steps: AlignedStep[];
}

/** The fuzzy score of `match` against `query` (both already tokenised). */
export function fuzzyScore(query: TokenisedText, match: TokenisedText): FuzzyScore {
  if (query.text.normalize('NFC') === match.text.normalize('NFC')) {
    return { score: 100, steps: query.tokens.map((_, k) => ({ kind: 'same', query: k, match: k })) };
  }
  const { distance, steps } = alignTokens(query.tokens, match.tokens);
  const longer = Math.max(query.tokens.length, match.tokens.length);
  let score = longer === 0 ? 0 : Math.floor(100 * (1 - distance / longer) + 1e-9);
  if (punctuation(query.text) !== punctuation(match.text)) score -= PUNCTUATION_PENALTY;
  return { score: Math.max(0, Math.min(99, score)), steps };
}
