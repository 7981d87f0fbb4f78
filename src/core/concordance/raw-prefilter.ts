import { foldForMatch } from '../text/normalize/index.js';

// A sound shortcut before folding a whole text: folding is a map of single UTF-16 units (some to
// nothing: harakat, tatweel), so a stem letter that no other unit folds into must appear as itself in
// the raw text, and a run of such letters must appear as a run — unless a dropped mark sits inside
// it. So a text without any droppable mark that lacks one of those runs cannot hold the phrase, and
// is skipped without being folded (most of a large project, for most queries).

interface FoldFacts {
  /** 1 where the unit folds to itself and no other unit folds to it. */
  selfOnly: Uint8Array;
  /** Matches a text containing any unit folding removes. */
  droppable: RegExp;
}

let facts: FoldFacts | null = null;

/** Derived once from the fold itself (65,536 one-unit folds), so it cannot drift from the table. */
function foldFacts(): FoldFacts {
  if (facts) return facts;
  const intoCount = new Uint16Array(0x10000);
  const toSelf = new Uint8Array(0x10000);
  const dropped: number[] = [];
  for (let u = 0; u < 0x10000; u++) {
    const folded = foldForMatch(String.fromCharCode(u));
    if (folded.length === 0) dropped.push(u);
    else if (folded.length === 1) {
      const into = folded.charCodeAt(0);
      intoCount[into] = intoCount[into]! + 1;
      if (into === u) toSelf[u] = 1;
    }
  }
  const selfOnly = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) selfOnly[u] = toSelf[u] && intoCount[u] === 1 ? 1 : 0;
  const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
  const droppable = dropped.length === 0 ? /(?!)/ : new RegExp(`[${dropped.map(hex).join('')}]`);
  facts = { selfOnly, droppable };
  return facts;
}

/** The runs of stem letters that must appear as written in a text holding the stem. */
export function literalRuns(stems: readonly string[]): string[] {
  const { selfOnly } = foldFacts();
  const runs: string[] = [];
  for (const stem of stems) {
    let run = '';
    for (let i = 0; i <= stem.length; i++) {
      const c = i < stem.length ? stem.charCodeAt(i) : -1;
      if (c >= 0 && selfOnly[c]) run += stem[i];
      else {
        if (run !== '') runs.push(run);
        run = '';
      }
    }
  }
  return runs;
}

/** False only when `text` certainly cannot hold the stems the runs came from. */
export function mayHoldRuns(text: string, runs: readonly string[]): boolean {
  return runs.every((run) => text.includes(run)) || foldFacts().droppable.test(text);
}
