// How a lookup finds its candidates without a scan, and in which order it scores them.
//
// Prefix filtering: a match scoring at least `min` differs from the query in at most D = (1 − min/100)
// of the longer text's words, so of any c distinct query terms it holds at least c − D. The plan takes the
// D + 1 *rarest* terms (so every match holds one of them and the posting lists read are the shortest), and
// more when they are rare (they cost little and sharpen the count). The rows found are taken in order of
// how many chosen terms they hold, which bounds their score from above: scoring stops as soon as the
// bound falls below the best scores already found (branch and bound), so the result is what scoring
// every unit would give, up to the rare pair of words the folds join but the stems do not (see fuzzy-score).

/** Extra terms beyond the minimum, taken when each is in at most SPARE_TERM_MAX_ROWS rows. */
const SPARE_TERMS = 32;
const SPARE_TERM_MAX_ROWS = 20_000;

export interface LookupPlan {
  /** Distinct index terms to read the posting lists of. */
  terms: string[];
  /** The shortest and longest candidate (in words) that can still reach `min`. */
  minWords: number;
  maxWords: number;
  /** The most words a match can differ in (for the longest candidate). */
  maxDistance: number;
  /** A match holds at least this many of `terms`. */
  minShared: number;
  /** Words in the longest text a match can be (max of the query and maxWords). */
  maxLonger: number;
}

/**
 * `frequency(term)` is how many index rows hold the term (an estimate is fine: it only orders the terms;
 * the guarantee holds for any choice of distinct terms).
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
  const maxDistance = Math.floor(slack * maxLonger + 1e-9);
  const needed = Math.min(distinct.length, maxDistance + 1);
  const ranked = distinct.map((term) => ({ term, rows: frequency(term) })).sort((a, b) => a.rows - b.rows || (a.term < b.term ? -1 : 1));
  const chosen = ranked.slice(0, needed);
  for (const extra of ranked.slice(needed, needed + SPARE_TERMS)) if (extra.rows <= SPARE_TERM_MAX_ROWS) chosen.push(extra);
  return { terms: chosen.map((c) => c.term), minWords, maxWords, maxDistance, minShared: Math.max(1, chosen.length - maxDistance), maxLonger };
}

/** Rows that hold at least `plan.minShared` of the plan's terms, most shared first. */
export function rowsBySharedTerms(postings: readonly (readonly number[])[], plan: LookupPlan): { id: number; shared: number }[] {
  const counts = new Map<number, number>();
  for (const list of postings) for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
  const out: { id: number; shared: number }[] = [];
  for (const [id, shared] of counts) if (shared >= plan.minShared) out.push({ id, shared });
  return out.sort((a, b) => b.shared - a.shared || a.id - b.id);
}

/** The highest score a row holding `shared` of the plan's terms can have. */
export function sharedTermsBound(shared: number, plan: LookupPlan): number {
  const missing = plan.terms.length - shared;
  return Math.floor(100 * (1 - missing / plan.maxLonger) + 1e-9);
}

/** Whether a row of `words` index terms can reach the plan's threshold by its length alone. */
export function inLengthWindow(words: number, plan: LookupPlan): boolean {
  return words >= plan.minWords && words <= plan.maxWords;
}

/** How many times each term occurs in the query, for `sharedWordsBound`. */
export function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * A cheap bound above `termDistanceBound`: an alignment pairs equal words at most as often as the two texts
 * share them (as multisets), and every other word of the longer text costs at least one.
 */
export function sharedWordsBound(queryCounts: ReadonlyMap<string, number>, queryLength: number, row: readonly string[]): number {
  const used = new Map<string, number>();
  let common = 0;
  for (const t of row) {
    const have = queryCounts.get(t);
    if (have === undefined) continue;
    const u = used.get(t) ?? 0;
    if (u < have) {
      common++;
      used.set(t, u + 1);
    }
  }
  const longer = Math.max(queryLength, row.length);
  return longer === 0 ? 100 : Math.floor(100 * (1 - (longer - common) / longer) + 1e-9);
}

/**
 * The highest score a row with these index terms can have: the word edit distance over terms (a word whose
 * stem differs costs a whole word), which the exact score can only raise. Rows outside the length window get -1.
 */
export function termScoreBound(query: readonly string[], row: readonly string[], plan: LookupPlan): number {
  return inLengthWindow(row.length, plan) ? termDistanceBound(query, row) : -1;
}

/** `termScoreBound` without the length window (it does not depend on the threshold, so a lookup keeps it per row). */
export function termDistanceBound(query: readonly string[], row: readonly string[]): number {
  const m = row.length;
  const n = query.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const q = query[i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (q === row[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  const longer = Math.max(n, m);
  return Math.floor(100 * (1 - prev[m]! / longer) + 1e-9);
}
