// How annotation spans follow their text when a person edits it (typing in the English editor):
// each span boundary is mapped through a character diff of the old and new text.
//
// Rules (offsets are UTF-16 code units, end exclusive):
// - Text inserted exactly at a boundary stays outside the span (typing right before or after a
//   marked name does not grow the mark); text inserted strictly inside a span extends it.
// - Combining marks typed right after a span's last letter (Arabic harakat, U+064B…) belong to that
//   letter, so they join the span; marks typed at its start belong to the letter before it.
// - A boundary inside text that was replaced moves to the edge of the replacement that keeps the
//   replacement inside the span: a span is never shrunk past text a person retyped in it.
// - A span is `lost` (the caller flags it, never deletes it) when fewer than half of its original
//   characters survive the edit. A zero-width span (only re-anchoring makes those) sits between two
//   characters; it is lost when the characters on both sides of it (those that exist) were
//   removed, i.e. the text around it vanished. It stays before text typed at its position.
//
// The diff is word by word first, then character by character inside changed words (see wordDiff).
// A raw character diff matches stray letters between two unrelated words ("Kirby" → "Toner" keeps
// the "r"), which would make a replaced name look half-surviving. Equal runs of at most three code
// units squeezed between longer changes are therefore folded into the change (diff-match-patch's
// semantic clean-up rule, made strict so that adding or removing one diacritic per letter still reads
// as an edit of the same word, and capped so that a name kept verbatim while the sentence around it
// is rewritten still survives).
import { diffArrays, diffChars } from 'diff';
import type { Span } from '../align/edit/spans.js';

export interface MappedSpan extends Span {
  /** Fewer than half of the span's characters survived: flag it for a person to look at. */
  lost: boolean;
}

/** One run of the edit: `equal` runs are unchanged text, the others replace old[oldStart, oldEnd) by new[newStart, newEnd). */
interface Run {
  equal: boolean;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Beyond this many edits (tokens or characters) the diff gives up and treats the stretch as one replacement. */
const MAX_EDIT_LENGTH = 1000;

/** The edit as alternating equal and changed runs; the common prefix and suffix are taken off first (cheap and exact). */
function editRuns(before: string, after: string): Run[] {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Do not split a surrogate pair between the prefix and the diffed middle.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;

  const runs: Run[] = [];
  const push = (equal: boolean, oldLength: number, newLength: number): void => {
    if (oldLength === 0 && newLength === 0) return;
    const last = runs[runs.length - 1];
    const oldStart = last?.oldEnd ?? 0;
    const newStart = last?.newEnd ?? 0;
    if (last && last.equal === equal) {
      last.oldEnd += oldLength;
      last.newEnd += newLength;
      return;
    }
    runs.push({ equal, oldStart, oldEnd: oldStart + oldLength, newStart, newEnd: newStart + newLength });
  };
  push(true, prefix, prefix);
  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);
  for (const piece of wordDiff(oldMiddle, newMiddle)) {
    if (piece.equal) {
      push(true, piece.old.length, piece.old.length);
      continue;
    }
    // Inside a changed stretch of words, characters: a word that took diacritics or lost a typo keeps most of itself.
    const changes = piece.old === '' || piece.new === '' ? undefined : diffChars(piece.old, piece.new, { maxEditLength: MAX_EDIT_LENGTH });
    if (!changes) push(false, piece.old.length, piece.new.length);
    // diffChars counts code points; offsets are UTF-16 units, so lengths come from the values.
    else for (const c of changes) push(!c.added && !c.removed, c.added ? 0 : c.value.length, c.removed ? 0 : c.value.length);
  }
  push(true, suffix, suffix);
  return cleanUp(runs);
}

/** Words (letters with their marks, digits), whitespace runs, and single other characters. */
const TOKEN = /[\p{L}\p{M}\p{N}_]+|\s+|[^]/gu;

/**
 * The edit word by word: equal stretches and changed ones (old text → new text). Diffing words
 * first keeps a name that survived a rewrite of its sentence; a character diff alone would match
 * stray letters all over the rewrite instead (minimal edits are not meaningful ones).
 */
function wordDiff(before: string, after: string): { equal: boolean; old: string; new: string }[] {
  if (before === '' || after === '') return before === after ? [] : [{ equal: false, old: before, new: after }];
  const changes = diffArrays(before.match(TOKEN) ?? [], after.match(TOKEN) ?? [], { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return [{ equal: false, old: before, new: after }];
  const out: { equal: boolean; old: string; new: string }[] = [];
  for (const c of changes) {
    const text = c.value.join('');
    const equal = !c.added && !c.removed;
    const last = out[out.length - 1];
    if (!equal && last && !last.equal) {
      if (c.removed) last.old += text;
      else last.new += text;
      continue;
    }
    out.push(equal ? { equal, old: text, new: text } : { equal, old: c.removed ? text : '', new: c.added ? text : '' });
  }
  return out;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

const changeSize = (r: Run | undefined): number => (r && !r.equal ? Math.max(r.oldEnd - r.oldStart, r.newEnd - r.newStart) : 0);

/** Longest equal run that counts as letters the diff matched by chance. */
const MAX_STRAY = 3;

/** Folds a short equal run shorter than the changes on both sides of it into one change, until none is left. */
function cleanUp(runs: Run[]): Run[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < runs.length - 1; i++) {
      const run = runs[i]!;
      const length = run.oldEnd - run.oldStart;
      if (!run.equal || length > MAX_STRAY || length >= changeSize(runs[i - 1]) || length >= changeSize(runs[i + 1])) continue;
      const before = runs[i - 1]!;
      const after = runs[i + 1]!;
      runs.splice(i - 1, 3, { equal: false, oldStart: before.oldStart, oldEnd: after.oldEnd, newStart: before.newStart, newEnd: after.newEnd });
      changed = true;
      break;
    }
  }
  return runs;
}

/** The run holding old position `p` for a start boundary (a change beginning at p wins over the equal run ending there). */
function mapStart(runs: readonly Run[], p: number): number {
  for (const r of runs) {
    if (r.equal) {
      if (p >= r.oldStart && p < r.oldEnd) return r.newStart + (p - r.oldStart);
      continue;
    }
    if (r.oldStart === r.oldEnd) {
      if (p === r.oldStart) return r.newEnd; // pure insertion at the start: outside the span
      continue;
    }
    if (p >= r.oldStart && p < r.oldEnd) return r.newStart; // the span starts in replaced text: keep the replacement
  }
  const last = runs[runs.length - 1];
  return last ? last.newEnd : 0;
}

/** How many combining marks (diacritics) `text` has at `from`. */
function leadingMarks(text: string, from: number, to: number): number {
  let n = 0;
  while (from + n < to && /\p{M}/u.test(text[from + n]!)) n++;
  return n;
}

/** Old position `p` for an end boundary (a change ending at p wins over the equal run starting there). */
function mapEnd(runs: readonly Run[], p: number, after: string): number {
  for (const [k, r] of runs.entries()) {
    if (r.equal) {
      if (p > r.oldStart && p < r.oldEnd) return r.newStart + (p - r.oldStart);
      if (p === r.oldEnd && p > r.oldStart) {
        // Text typed right after the span stays outside, except diacritics of its last letter.
        const next = runs[k + 1];
        const marks = next && next.oldStart === next.oldEnd ? leadingMarks(after, next.newStart, next.newEnd) : 0;
        return r.newEnd + marks;
      }
      if (p === r.oldStart && r.oldStart === 0) return r.newStart;
      continue;
    }
    if (r.oldStart === r.oldEnd) {
      if (p === r.oldStart) return r.newStart; // pure insertion at the end boundary (at the very start of the text)
      continue;
    }
    if (p > r.oldStart && p <= r.oldEnd) return r.newEnd; // the span ends in replaced text: keep the replacement
    if (p === r.oldStart) return r.newStart;
  }
  const last = runs[runs.length - 1];
  return last ? last.newEnd : 0;
}

/** How many of old[start, end) are in equal runs. */
function surviving(runs: readonly Run[], start: number, end: number): number {
  let n = 0;
  for (const r of runs) {
    if (!r.equal) continue;
    n += Math.max(0, Math.min(end, r.oldEnd) - Math.max(start, r.oldStart));
  }
  return n;
}

/**
 * Maps spans on `before` to `after` (see the rules at the top of this file). Spans are assumed to
 * lie within `before`; out-of-range offsets are clamped first. One diff serves every span.
 */
export function mapSpansThroughEdit(before: string, after: string, spans: readonly Span[]): MappedSpan[] {
  if (before === after) return spans.map((s) => ({ start: s.start, end: s.end, lost: false }));
  const runs = editRuns(before, after);
  return spans.map((span) => {
    const start = Math.min(Math.max(0, span.start), before.length);
    const end = Math.min(Math.max(start, span.end), before.length);
    if (start === end) {
      const at = mapEnd(runs, start, after);
      const neighbours = [start - 1, start].filter((k) => k >= 0 && k < before.length);
      const lost = neighbours.length > 0 && neighbours.every((k) => surviving(runs, k, k + 1) === 0);
      return { start: at, end: at, lost };
    }
    const newStart = mapStart(runs, start);
    const newEnd = Math.max(newStart, mapEnd(runs, end, after));
    return { start: newStart, end: newEnd, lost: 2 * surviving(runs, start, end) < end - start };
  });
}
