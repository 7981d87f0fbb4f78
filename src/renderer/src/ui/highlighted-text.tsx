import type { TextRange } from '../../../core/model';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Widens ranges in Arabic text to whole words: a highlight that starts or ends inside a word
 * cuts it into separately shaped pieces and breaks letter joining.
 */
export function widenToWords(text: string, ranges: TextRange[]): TextRange[] {
  const widened = ranges.map(({ start, end }) => {
    let s = start;
    let e = end;
    while (s > 0 && ARABIC_LETTER.test(text[s - 1]!) && ARABIC_LETTER.test(text[s]!)) s--;
    while (e < text.length && ARABIC_LETTER.test(text[e]!) && ARABIC_LETTER.test(text[e - 1]!)) e++;
    return { start: s, end: e };
  });
  const merged: TextRange[] = [];
  for (const r of widened.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Text with <mark>s over the given ranges; everything is rendered as text, never as markup. */
export function HighlightedText({ text, ranges }: { text: string; ranges: TextRange[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={i}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
