// How overlapping spans are drawn over a text: the text is cut into runs at every (displayed) span
// boundary, and each run knows which spans cover it, outermost first. Arabic spans are widened to
// whole words for display only (the stored offsets stay exact): a highlight that starts or ends
// inside a word shapes the pieces separately and breaks letter joining.

export interface DisplaySpan {
  id: number;
  start: number;
  end: number;
}

export interface DisplayRun {
  start: number;
  end: number;
  /** The spans covering this run, longest (outermost) first; empty for plain text. */
  ids: number[];
}

// Letters and marks of the Arabic script only: Arabic punctuation (، ؛ ؟) and digits sit in the same
// Unicode block but do not join, and a span widened over them swallows them.
const ARABIC_SCRIPT = /\p{Script_Extensions=Arabic}/u; // harakat and tatweel are shared (Inherited, Common)
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const isArabicLetter = (c: string): boolean => ARABIC_SCRIPT.test(c) && LETTER_OR_MARK.test(c);

/** A span widened so it neither starts nor ends between two joined Arabic letters. */
export function widenToWord(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  const inWord = (i: number) => i > 0 && i < text.length && isArabicLetter(text[i - 1]!) && isArabicLetter(text[i]!);
  while (inWord(s)) s--;
  while (inWord(e)) e++;
  return { start: s, end: e };
}

/**
 * Cuts `text` into runs for drawing `spans`. Empty spans (text edited away, flagged) draw nothing
 * here; the annotation list shows them.
 */
export function displayRuns(text: string, spans: readonly DisplaySpan[], options: { wholeWords: boolean }): DisplayRun[] {
  const shown = spans
    .map((s) => (options.wholeWords ? { id: s.id, ...widenToWord(text, s.start, s.end) } : { id: s.id, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of shown) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: DisplayRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = shown
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.id - b.id)
      .map((s) => s.id);
    const last = runs[runs.length - 1];
    if (last && last.ids.length === ids.length && last.ids.every((id, k) => id === ids[k])) last.end = end;
    else runs.push({ start, end, ids });
  }
  return runs;
}
