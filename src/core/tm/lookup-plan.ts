// Which index terms a lookup asks for. A match scoring at least `min` differs from the query in at most
// (1 − min/100) of the longer text's words, so among any k+1 distinct query terms, where k is that many
// words, at least one is in the match (prefix filtering). Asking for the k+1 *rarest* terms therefore
// finds every match above `min` while reading the shortest posting lists; common words (في, من, the)
// are asked for only when the query has nothing rarer.

/** How many more terms than the minimum to ask for when they are rare: cheap, and covers clitic variants. */
const SPARE_TERMS = 2;
/** A term seen in more rows than this is not worth asking for beyond the minimum. */
const SPARE_TERM_MAX_ROWS = 2000;

export interface LookupPlan {
  /** Distinct index terms to OR together. */
  terms: string[];
  /** The shortest and longest candidate (in words) that can still reach `min`. */
  minWords: number;
  maxWords: number;
}

/**
 * `frequency(term)` is how many index rows hold the term (an estimate is fine: it only orders the terms;
 * the guarantee holds for any choice of k+1 distinct terms).
 */
export function planLookup(terms: readonly string[], min: number, frequency: (term: string) => number): LookupPlan | null {
  const n = terms.length;
  if (n === 0) return null;
  const distinct = [...new Set(terms)];
  const slack = Math.max(0, 1 - min / 100);
  // Query of n words, match of m: the score cannot exceed 100·(1 − |n − m| / max(n, m)).
  const minWords = Math.max(1, Math.ceil(n * (1 - slack) - 1e-9));
  const maxWords = slack >= 1 ? Number.MAX_SAFE_INTEGER : Math.floor(n / (1 - slack) + 1e-9);
  const maxLonger = Math.max(n, maxWords);
  const needed = Math.min(distinct.length, Math.floor(slack * maxLonger + 1e-9) + 1);
  const ranked = distinct.map((term) => ({ term, rows: frequency(term) })).sort((a, b) => a.rows - b.rows || (a.term < b.term ? -1 : 1));
  const chosen = ranked.slice(0, needed);
  for (const extra of ranked.slice(needed, needed + SPARE_TERMS)) if (extra.rows <= SPARE_TERM_MAX_ROWS) chosen.push(extra);
  return { terms: chosen.map((c) => c.term), minWords, maxWords };
}

/** An index row a lookup returned: its id and its space-joined terms. */
export interface IndexedRow {
  id: number;
  terms: string;
}

/**
 * The rows worth scoring exactly: within the plan's length window, the `keep` sharing the most query words
 * (a multiset count). Exact scoring is the costly part; a row sharing few words cannot score high.
 */
export function preselect(queryTerms: readonly string[], rows: readonly IndexedRow[], plan: LookupPlan, keep: number): number[] {
  const wanted = new Map<string, number>();
  for (const t of queryTerms) wanted.set(t, (wanted.get(t) ?? 0) + 1);
  const scored: { id: number; shared: number }[] = [];
  for (const row of rows) {
    const terms = row.terms === '' ? [] : row.terms.split(' ');
    if (terms.length < plan.minWords || terms.length > plan.maxWords) continue;
    const left = new Map(wanted);
    let shared = 0;
    for (const t of terms) {
      const n = left.get(t);
      if (n !== undefined && n > 0) {
        shared++;
        left.set(t, n - 1);
      }
    }
    // Shared words over the longer text: the same shape as the score, so short near-copies rank first.
    scored.push({ id: row.id, shared: shared / Math.max(terms.length, queryTerms.length) });
  }
  scored.sort((a, b) => b.shared - a.shared || a.id - b.id);
  return scored.slice(0, keep).map((s) => s.id);
}
