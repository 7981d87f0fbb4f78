// Planning "replace a range of segments with new beads" (re-align a range, import a translation):
// which old segments keep their identity, and where the others' annotations and comments go.

export interface PlanOld {
  source: string;
}

export interface PlanNew {
  source: string;
}

export interface ReplacePlan {
  /** For each new segment, the index of the old segment whose id (and source annotations) it keeps, or null. */
  keep: (number | null)[];
  /**
   * For each old segment not kept, the new segment that inherits its comments, revisions and
   * annotations (-1 when there are no new segments). Kept old segments map to their own new index.
   */
  home: number[];
  /** For each old segment, the new indexes its text may have gone to (in search order, home first). */
  candidates: number[][];
}

/**
 * Keeps an old segment's id where a new segment has exactly the same (non-empty) source, matching
 * in order (a monotone greedy match: beads never reorder). Unmatched old segments go to the new
 * segment between the neighbouring kept ones that contains their source (a merge), or whose source
 * they contain (a split), else the first new one in that stretch.
 */
export function planReplace(olds: readonly PlanOld[], news: readonly PlanNew[]): ReplacePlan {
  const bySource = new Map<string, number[]>();
  olds.forEach((o, i) => {
    if (o.source.trim() === '') return;
    const list = bySource.get(o.source);
    if (list) list.push(i);
    else bySource.set(o.source, [i]);
  });
  const keep: (number | null)[] = [];
  const keptAs = new Array<number>(olds.length).fill(-1);
  let last = -1;
  news.forEach((n, j) => {
    const list = bySource.get(n.source);
    const i = list?.find((x) => x > last);
    if (i === undefined) {
      keep.push(null);
      return;
    }
    keep.push(i);
    keptAs[i] = j;
    last = i;
  });

  // Nearest kept neighbours of each old segment, as new indexes (linear passes, no per-segment scans).
  const keptBefore = new Array<number>(olds.length);
  const keptAfter = new Array<number>(olds.length);
  for (let i = 0, seen = -1; i < olds.length; i++) {
    keptBefore[i] = seen;
    if (keptAs[i]! >= 0) seen = keptAs[i]!;
  }
  for (let i = olds.length - 1, seen = news.length; i >= 0; i--) {
    keptAfter[i] = seen;
    if (keptAs[i]! >= 0) seen = keptAs[i]!;
  }

  const home: number[] = [];
  const candidates: number[][] = [];
  for (let i = 0; i < olds.length; i++) {
    if (keptAs[i]! >= 0) {
      home.push(keptAs[i]!);
      candidates.push([keptAs[i]!]);
      continue;
    }
    // The stretch of new segments between the kept neighbours: where this text must have gone.
    const lo = keptBefore[i]!;
    const hi = keptAfter[i]!;
    const stretch = window(lo + 1, hi, i, olds.length, news.length);
    const source = olds[i]!.source.trim();
    const containing = source === '' ? undefined : stretch.find((j) => news[j]!.source.includes(source));
    const contained = stretch.find((j) => news[j]!.source.trim() !== '' && source.includes(news[j]!.source.trim()));
    const fallback = stretch[0] ?? (lo >= 0 ? lo : hi < news.length ? hi : -1);
    const h = containing ?? contained ?? fallback;
    home.push(h);
    const near = new Set<number>([...stretch, lo - 1, lo, hi, hi + 1].filter((j) => j >= 0 && j < news.length && j !== h));
    const rest = [...near].sort((a, b) => Math.abs(a - h) - Math.abs(b - h));
    candidates.push(h >= 0 ? [h, ...rest] : rest);
  }
  return { keep, home, candidates };
}

/** Widest stretch searched for one old segment; longer stretches are narrowed around the proportional spot. */
const STRETCH_LIMIT = 64;

/** New indexes [from, to), narrowed to STRETCH_LIMIT around where old segment `i` would fall proportionally. */
function window(from: number, to: number, i: number, oldCount: number, newCount: number): number[] {
  let a = from;
  let b = to;
  if (b - a > STRETCH_LIMIT) {
    const guess = Math.round((i / Math.max(1, oldCount - 1)) * Math.max(0, newCount - 1));
    a = Math.min(Math.max(from, guess - STRETCH_LIMIT / 2), to - STRETCH_LIMIT);
    b = a + STRETCH_LIMIT;
  }
  const out: number[] = [];
  for (let j = a; j < b; j++) out.push(j);
  return out;
}
