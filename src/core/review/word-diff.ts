// A word-level diff of two versions of a text, for showing a revision: removed words struck
// through, added words underlined. Built on jsdiff's diffWords with a Unicode word segmenter:
// diffWords' own tokenizer knows only Latin letters and would cut Arabic into single letters (and
// a harakah into a piece of its own), and a lone letter or mark wrapped in its own element breaks
// the joining of the word it belongs to. With the segmenter a word keeps its diacritics, so
// "قال" → "قالَ" reads as one word replaced by another.
//
// Punctuation is a token of its own, so "said." → "stated." keeps the full stop; a short run of
// punctuation squeezed between two changes ("no". → "yes.") is folded into them, so the changed
// words keep the marks they touch. Differences in whitespace alone are not shown (jsdiff's
// diffWords ignores them): the pieces then all read 'same' although the texts differ.
import { diffWords } from 'diff';

export type WordDiffKind = 'same' | 'added' | 'removed';

export interface WordDiffPiece {
  kind: WordDiffKind;
  text: string;
}

/** Beyond this many token edits the diff shows the whole text replaced (a rewrite, not an edit). */
const MAX_EDIT_LENGTH = 5000;

/** Longest run of punctuation between two changes that is folded into them. */
const MAX_FOLDED = 3;

let segmenter: Intl.Segmenter | undefined;
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  return segmenter;
}

const PUNCTUATION_ONLY = /^[^\p{L}\p{M}\p{N}\s]+$/u;

/** The changes that turn `before` into `after`, word by word, in reading order (removed before added within a change). */
export function wordDiff(before: string, after: string): WordDiffPiece[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  if (before === '' || after === '') return before === '' ? [{ kind: 'added', text: after }] : [{ kind: 'removed', text: before }];
  const changes = diffWords(before, after, { intlSegmenter: wordSegmenter(), maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return [{ kind: 'removed', text: before }, { kind: 'added', text: after }];
  return groupChanges(foldPunctuation(groupChanges(placeWhitespace(before, after, changes))));
}

const isSpace = (c: string): boolean => /\s/.test(c);

/** Offsets of the non-whitespace characters of `text` (what diffWords keeps as it is), then the length. */
function visibleOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (!isSpace(text[i]!)) out.push(i);
  out.push(text.length);
  return out;
}

const visibleCount = (text: string): number => visibleOffsets(text).length - 1;

function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n] && isSpace(a[n]!)) n++;
  return a.slice(0, n);
}

function commonSuffix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && isSpace(a[a.length - 1 - n]!)) n++;
  return a.slice(a.length - n);
}

/**
 * diffWords decides which words are kept, removed or added, but spreads the whitespace around the
 * changes as best it can (an inserted comma may take the space the old text had). The pieces are cut
 * again from the two texts at the same words, and the whitespace around each change goes to the
 * 'same' side where both texts have it: the removed and same pieces then read exactly as the old
 * text, the added and same pieces as the new one (unless whitespace alone differs inside kept text).
 */
function placeWhitespace(before: string, after: string, changes: readonly { added: boolean; removed: boolean; value: string }[]): WordDiffPiece[] {
  const inBefore = visibleOffsets(before);
  const inAfter = visibleOffsets(after);
  const out: WordDiffPiece[] = [];
  let b = 0; // visible characters of `before` consumed
  let a = 0;
  let gapB = 0; // where the text between two kept stretches starts
  let gapA = 0;
  const closeGap = (endB: number, endA: number) => {
    const oldText = before.slice(gapB, endB);
    const newText = after.slice(gapA, endA);
    const lead = commonPrefix(oldText, newText);
    const trail = commonSuffix(oldText.slice(lead.length), newText.slice(lead.length));
    if (lead) out.push({ kind: 'same', text: lead });
    const removed = oldText.slice(lead.length, oldText.length - trail.length);
    const added = newText.slice(lead.length, newText.length - trail.length);
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    if (trail) out.push({ kind: 'same', text: trail });
  };
  for (const change of changes) {
    const n = visibleCount(change.value);
    if (change.removed) b += n;
    else if (change.added) a += n;
    else if (n > 0) {
      const startB = inBefore[b]!;
      const startA = inAfter[a]!;
      closeGap(startB, startA);
      const endA = inAfter[a + n - 1]! + 1;
      out.push({ kind: 'same', text: after.slice(startA, endA) });
      gapB = inBefore[b + n - 1]! + 1;
      gapA = endA;
      b += n;
      a += n;
    }
  }
  closeGap(before.length, after.length);
  return out;
}

/** Each stretch between two 'same' pieces becomes at most one removed piece followed by one added piece. */
function groupChanges(pieces: readonly WordDiffPiece[]): WordDiffPiece[] {
  const out: WordDiffPiece[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (const piece of pieces) {
    if (piece.text === '') continue;
    if (piece.kind === 'removed') removed += piece.text;
    else if (piece.kind === 'added') added += piece.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'same') last.text += piece.text;
      else out.push({ ...piece });
    }
  }
  flush();
  return out;
}

/** Folds a short punctuation-only 'same' piece lying between two changes into both sides of the change. */
function foldPunctuation(pieces: readonly WordDiffPiece[]): WordDiffPiece[] {
  const out: WordDiffPiece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const previous = pieces[i - 1];
    const next = pieces[i + 1];
    const squeezed = piece.kind === 'same' && piece.text.length <= MAX_FOLDED && PUNCTUATION_ONLY.test(piece.text) && previous && previous.kind !== 'same' && next && next.kind !== 'same';
    if (squeezed) out.push({ kind: 'removed', text: piece.text }, { kind: 'added', text: piece.text });
    else out.push(piece);
  }
  return out;
}
