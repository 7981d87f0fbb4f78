// How annotation spans follow their text when a text is cut, joined or replaced.
import type { TextCut } from './text-cut.js';

export interface Span {
  start: number;
  end: number;
}

export interface PlacedSpan extends Span {
  /** Which part of a cut the span now belongs to. */
  part: 'first' | 'second';
  /** True when the cut went through the span's text: the span was clipped and needs a human look. */
  cut: boolean;
}

/**
 * Places a span after `cut`. A span wholly before the cut (trailing whitespace aside) stays on the
 * first part; wholly after it, it moves to the second part with its offsets rebased. A span the cut
 * goes through follows its START and is clipped to that part's text, with `cut: true` so the caller
 * flags it — a span is never dropped.
 */
export function placeSpan(span: Span, cut: TextCut): PlacedSpan {
  const { firstEnd, offset, secondStart } = cut;
  const firstLength = firstEnd;
  const secondLength = cut.second.length;
  if (span.end <= offset) {
    return { part: 'first', start: Math.min(span.start, firstLength), end: Math.min(span.end, firstLength), cut: false };
  }
  if (span.start >= offset) {
    const rebase = (x: number) => Math.max(x, secondStart) - secondStart;
    return { part: 'second', start: rebase(span.start), end: rebase(span.end), cut: false };
  }
  // The cut is strictly inside the span. Whitespace-only overhang is not text that was cut.
  if (span.end <= secondStart) return { part: 'first', start: Math.min(span.start, firstLength), end: firstLength, cut: false };
  if (span.start >= firstEnd) return { part: 'second', start: 0, end: Math.min(span.end - secondStart, secondLength), cut: false };
  return { part: 'first', start: span.start, end: firstLength, cut: true };
}

export function shiftSpan<S extends Span>(span: S, by: number): S {
  return { ...span, start: span.start + by, end: span.end + by };
}

export interface ReanchoredSpan extends Span {
  /** The span's text could not be found again: it was clamped into the new text and needs a look. */
  lost: boolean;
}

/**
 * Finds a span's text again after its text changed from `before` to `after`: the occurrence of the
 * same characters nearest to the old start. When they are gone, the span is clamped into `after`
 * and reported lost (to be flagged).
 */
export function reanchorSpan(before: string, after: string, span: Span): ReanchoredSpan {
  if (before === after) return { start: span.start, end: span.end, lost: false };
  const found = findNearest(after, before.slice(span.start, span.end), span.start);
  if (found !== null) return { start: found, end: found + (span.end - span.start), lost: false };
  const start = Math.min(span.start, after.length);
  return { start, end: Math.max(start, Math.min(span.end, after.length)), lost: true };
}

/** Start of the occurrence of `needle` in `haystack` nearest to `near`, or null. Empty needles match at `near` (clamped). */
export function findNearest(haystack: string, needle: string, near: number): number | null {
  if (needle === '') return Math.min(Math.max(near, 0), haystack.length);
  let best: number | null = null;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best;
}
