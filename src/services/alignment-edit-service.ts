// Alignment editing on the grid: merge, split, move a sentence, insert/delete an empty segment,
// confirm, and replace a range with new beads. Each is one transaction, keeps positions dense,
// carries annotations/comments/revisions with their text, keeps the search index in step, and is
// recorded for undo (edit-history.ts).
import type { Database } from 'better-sqlite3';
import {
  cutText, firstSentenceCut, isProperCut, joinTexts, lastSentenceCut, lowerStatus, mergedStatus, placeSpan,
  planReplace, statusForTarget, allowedStatus, findNearest, type TextCut,
} from '../core/align/edit/index.js';
import { MizanError } from '../core/errors.js';
import type { AnnotationId, DocumentId, Segment, SegmentId, SegmentStatus } from '../core/model.js';
import {
  countAttachments, deleteSegmentRow, insertBead, listAnchors, readRange, reanchorAnnotation, repointComments,
  repointRevisions, rewriteBead, updateAlignConfirmed, type Anchor, type BeadFields,
} from '../store/range-edits.js';
import { getDocument } from '../store/documents.js';
import { recordRevision } from '../store/revisions.js';
import { toSegment } from '../store/rows.js';
import { countSegments, getSegmentAt, shiftPositions } from '../store/segments.js';
import type { ServiceContext } from './context.js';
import { historyState, rangeEdit, runUndoable, type RangeEdit } from './edit-history.js';
import { requireSegment } from './segment-service.js';

import type { AlignmentEditResult, TextSide } from '../core/model.js';

export type { AlignmentEditResult, TextSide };

/** One bead of a replacement (an aligner's output). Text is stored NFC. */
export interface ReplacementBead {
  source: string;
  target: string;
  paragraph: number;
  /** Aligner confidence 0..1, or null. */
  alignScore: number | null;
  /** Defaults: see replaceRange. */
  status?: SegmentStatus;
}

function beadOf(s: Segment): BeadFields {
  return {
    paragraph: s.paragraph, source: s.source, target: s.target, status: s.status,
    alignConfirmed: s.alignConfirmed, alignScore: s.alignScore, doNotTranslate: s.doNotTranslate,
  };
}

/** Rewrites a segment and keeps its text and status changes as revisions (the track-changes history). */
function rewrite(db: Database, before: Segment, position: number, bead: BeadFields, at: number, author: string): void {
  rewriteBead(db, before.id, position, bead, at, author);
  const fields = [['source', before.source, bead.source], ['target', before.target, bead.target], ['status', before.status, bead.status]] as const;
  for (const [field, was, now] of fields) {
    if (was !== now) recordRevision(db, { segmentId: before.id, field, before: was, after: now, author, at, session: null });
  }
}

/** Where an edit puts the cursor; set by the edit inside its transaction. */
interface Focus {
  id: SegmentId | null;
}

/** Runs one range edit through the undo runner and adds the cursor. */
function runEdit(db: Database, ctx: ServiceContext, plan: (focus: Focus) => RangeEdit): AlignmentEditResult {
  const focus: Focus = { id: null };
  const { value, history } = runUndoable(db, () => rangeEdit(db, () => ctx.now(), plan(focus)));
  return { ...value, focusId: focus.id, history };
}

function neighbour(db: Database, s: Segment, delta: -1 | 1): Segment | undefined {
  return getSegmentAt(db, s.documentId, s.position + delta);
}

function textOf(s: Pick<Segment, 'source' | 'target'>, side: TextSide): string {
  return side === 'source' ? s.source : s.target;
}

function isTextSide(side: Anchor['side']): side is TextSide {
  return side === 'source' || side === 'target';
}

// ---------------------------------------------------------------------------------------------
// Merge

/** Merges a segment with the one after it (see mergePair). */
export function mergeWithNext(db: Database, ctx: ServiceContext, segmentId: SegmentId): AlignmentEditResult {
  return mergePair(db, ctx, segmentId, 1);
}

/** Merges a segment with the one before it (see mergePair). */
export function mergeWithPrevious(db: Database, ctx: ServiceContext, segmentId: SegmentId): AlignmentEditResult {
  return mergePair(db, ctx, segmentId, -1);
}

/**
 * The FIRST of the two segments survives (id, paragraph, comments): its source and target become
 * both texts joined with a single space (no space when either is empty). The second segment's
 * annotations move over with their offsets shifted by where its text now starts; its comments and
 * revisions are re-pointed to the survivor. Status: the less advanced of the two (order
 * new < draft < rejected < translated < reviewed < approved; a merge with English is at least a
 * draft). The alignment is unconfirmed and no longer the aligner's (align_score null).
 */
function mergePair(db: Database, ctx: ServiceContext, segmentId: SegmentId, direction: -1 | 1): AlignmentEditResult {
  return runEdit(db, ctx, (focus) => {
    const here = requireSegment(db, segmentId);
    const other = neighbour(db, here, direction);
    if (!other) {
      throw new MizanError('bad-input', direction === 1 ? 'the last segment has no next segment to merge with' : 'the first segment has no previous segment to merge with');
    }
    const [first, second] = direction === 1 ? [here, other] : [other, here];
    focus.id = first.id;
    return {
      label: 'Merge segments',
      documentId: first.documentId,
      from: first.position,
      count: 2,
      apply: () => {
        const at = ctx.now();
        const source = joinTexts(first.source, second.source);
        const target = joinTexts(first.target, second.target);
        for (const a of listAnchors(db, second.id)) {
          const shift = a.side === 'source' ? source.shift : target.shift;
          reanchorAnnotation(db, a.id, first.id, a.start === null ? null : a.start + shift, a.end === null ? null : a.end + shift, false, at);
        }
        repointComments(db, second.id, first.id);
        repointRevisions(db, second.id, first.id);
        deleteSegmentRow(db, second.id);
        shiftPositions(db, first.documentId, second.position + 1, -1);
        rewrite(db, first, first.position, {
          paragraph: first.paragraph,
          source: source.text,
          target: target.text,
          status: mergedStatus(first.status, second.status, target.text),
          alignConfirmed: false,
          alignScore: null,
          doNotTranslate: first.doNotTranslate && second.doNotTranslate,
        }, at, ctx.user());
        return 1;
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Split

/** A "cut" at the very end that leaves the text exactly as it is (no trimming). */
function wholeText(text: string): TextCut {
  return { first: text, second: '', firstEnd: text.length, offset: text.length, secondStart: text.length };
}

/**
 * Splits a segment's `side` text at `offset` (0 < offset < length, with text on both sides of the
 * cut; whitespace at the cut is trimmed). A new segment right after it takes the second part.
 *
 * The other side: with `otherOffset` (0..length of the other text) it is split there too — what a
 * translator usually wants when cutting the Arabic at a sentence boundary, where the English has
 * one too. Without it (a plain split) the other side stays whole on the FIRST segment and the new
 * segment's other side is empty, to be filled by moving a sentence or typing.
 *
 * Annotations wholly after a cut move to the new segment (rebased); a span the cut goes through
 * stays with the part holding its start, clipped to it, and is flagged. Segment-level annotations,
 * comments and revisions stay on the first segment. Status: the first keeps its status (a draft
 * left without English becomes new); the new one is `new` without English, else the same status.
 * Both are unconfirmed with align_score null. The cursor goes to the new segment.
 */
export function splitSegment(
  db: Database,
  ctx: ServiceContext,
  segmentId: SegmentId,
  side: TextSide,
  offset: number,
  otherOffset: number | null = null,
): AlignmentEditResult {
  return runEdit(db, ctx, (focus) => {
    const s = requireSegment(db, segmentId);
    const text = textOf(s, side);
    const otherSide: TextSide = side === 'source' ? 'target' : 'source';
    const otherText = textOf(s, otherSide);
    if (!Number.isInteger(offset) || offset <= 0 || offset >= text.length) {
      throw new MizanError('bad-input', `cannot split the ${side} at ${offset}: put the cursor inside the text (1..${Math.max(0, text.length - 1)})`);
    }
    const cut = cutText(text, offset);
    if (!isProperCut(cut)) throw new MizanError('bad-input', `cannot split the ${side} at ${offset}: there is no text on one side of the cut`);
    if (otherOffset !== null && (!Number.isInteger(otherOffset) || otherOffset < 0 || otherOffset > otherText.length)) {
      throw new MizanError('bad-input', `cannot split the ${otherSide} at ${otherOffset}: it has ${otherText.length} characters`);
    }
    const otherCut = otherOffset === null ? wholeText(otherText) : cutText(otherText, otherOffset);
    const cuts: Record<TextSide, TextCut> = side === 'source' ? { source: cut, target: otherCut } : { source: otherCut, target: cut };
    return {
      label: 'Split segment',
      documentId: s.documentId,
      from: s.position,
      count: 1,
      apply: () => {
        const at = ctx.now();
        const by = ctx.user();
        const firstTarget = cuts.target.first;
        const secondTarget = cuts.target.second;
        shiftPositions(db, s.documentId, s.position + 1, 1);
        const created = insertBead(db, s.documentId, s.position + 1, {
          paragraph: s.paragraph,
          source: cuts.source.second,
          target: secondTarget,
          status: secondTarget.trim() === '' ? 'new' : statusForTarget(s.status, secondTarget),
          alignConfirmed: false,
          alignScore: null,
          doNotTranslate: s.doNotTranslate,
        }, at, by);
        focus.id = created;
        for (const a of listAnchors(db, s.id)) {
          if (!isTextSide(a.side) || a.start === null || a.end === null) continue;
          const placed = placeSpan({ start: a.start, end: a.end }, cuts[a.side]);
          reanchorAnnotation(db, a.id, placed.part === 'first' ? s.id : created, placed.start, placed.end, placed.cut, at);
        }
        rewrite(db, s, s.position, {
          ...beadOf(s),
          source: cuts.source.first,
          target: firstTarget,
          status: statusForTarget(s.status, firstTarget),
          alignConfirmed: false,
          alignScore: null,
        }, at, by);
        return 2;
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Move one English sentence to a neighbour

/**
 * Moves the first English sentence of a segment to the end of the previous segment's English
 * (joined with a space). The sentence's target annotations go with it (offsets shifted); a span
 * running from it into the rest follows its start and is clipped and flagged. The segment may be
 * left without English. Statuses follow statusForTarget; both segments become unconfirmed.
 * The cursor stays on the segment.
 */
export function moveFirstTargetSentenceToPrevious(db: Database, ctx: ServiceContext, segmentId: SegmentId): AlignmentEditResult {
  return moveSentence(db, ctx, segmentId, -1);
}

/** Moves the last English sentence of a segment to the start of the next segment's English (see moveFirstTargetSentenceToPrevious). */
export function moveLastTargetSentenceToNext(db: Database, ctx: ServiceContext, segmentId: SegmentId): AlignmentEditResult {
  return moveSentence(db, ctx, segmentId, 1);
}

function moveSentence(db: Database, ctx: ServiceContext, segmentId: SegmentId, direction: -1 | 1): AlignmentEditResult {
  return runEdit(db, ctx, (focus) => {
    const s = requireSegment(db, segmentId);
    focus.id = s.id;
    const other = neighbour(db, s, direction);
    if (!other) throw new MizanError('bad-input', direction === -1 ? 'the first segment has no previous segment' : 'the last segment has no next segment');
    const cut = direction === -1 ? firstSentenceCut(s.target) : lastSentenceCut(s.target);
    if (!cut) throw new MizanError('bad-input', 'this segment has no English sentence to move');
    // Moving to the previous segment, the moved part is cut.first (appended there); to the next, cut.second (prepended).
    const movedPart: 'first' | 'second' = direction === -1 ? 'first' : 'second';
    return {
      label: direction === -1 ? 'Move sentence to previous segment' : 'Move sentence to next segment',
      documentId: s.documentId,
      from: Math.min(s.position, other.position),
      count: 2,
      apply: () => {
        const at = ctx.now();
        const by = ctx.user();
        const kept = direction === -1 ? cut.second : cut.first;
        const joined = direction === -1 ? joinTexts(other.target, cut.first) : joinTexts(cut.second, other.target);
        if (direction === 1) {
          // The next segment's English now starts later.
          for (const a of listAnchors(db, other.id)) {
            if (a.side !== 'target' || a.start === null || a.end === null) continue;
            reanchorAnnotation(db, a.id, other.id, a.start + joined.shift, a.end + joined.shift, false, at);
          }
        }
        for (const a of listAnchors(db, s.id)) {
          if (a.side !== 'target' || a.start === null || a.end === null) continue;
          const placed = placeSpan({ start: a.start, end: a.end }, cut);
          const moves = placed.part === movedPart;
          const shift = moves && direction === -1 ? joined.shift : 0;
          reanchorAnnotation(db, a.id, moves ? other.id : s.id, placed.start + shift, placed.end + shift, placed.cut, at);
        }
        const update = (seg: Segment, target: string) =>
          rewrite(db, seg, seg.position, { ...beadOf(seg), target, status: statusForTarget(seg.status, target), alignConfirmed: false, alignScore: null }, at, by);
        update(s, kept);
        update(other, joined.text);
        return 2;
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Insert / delete an empty segment, confirm

function requireDocument(db: Database, documentId: DocumentId): void {
  if (!getDocument(db, documentId)) throw new MizanError('not-found', `document ${documentId} does not exist`);
}

/**
 * Inserts an empty segment at `position` (0..count: before the segment now there, or at the end),
 * in the paragraph of the segment before it. The cursor goes to it.
 */
export function insertEmptySegment(db: Database, ctx: ServiceContext, documentId: DocumentId, position: number): AlignmentEditResult {
  return runEdit(db, ctx, (focus) => {
    requireDocument(db, documentId);
    const total = countSegments(db, documentId);
    if (!Number.isInteger(position) || position < 0 || position > total) {
      throw new MizanError('bad-input', `cannot insert a segment at ${position}: the document has ${total} segments`);
    }
    const paragraph = (getSegmentAt(db, documentId, position - 1) ?? getSegmentAt(db, documentId, position))?.paragraph ?? 0;
    return {
      label: 'Insert segment',
      documentId,
      from: position,
      count: 0,
      apply: () => {
        shiftPositions(db, documentId, position, 1);
        focus.id = insertBead(db, documentId, position, {
          paragraph, source: '', target: '', status: 'new', alignConfirmed: false, alignScore: null, doNotTranslate: false,
        }, ctx.now(), ctx.user());
        return 1;
      },
    };
  });
}

/** Inserts an empty segment right before or after a segment. */
export function insertEmptySegmentBeside(db: Database, ctx: ServiceContext, segmentId: SegmentId, where: 'before' | 'after'): AlignmentEditResult {
  const s = requireSegment(db, segmentId);
  return insertEmptySegment(db, ctx, s.documentId, s.position + (where === 'after' ? 1 : 0));
}

/**
 * Deletes a segment whose source and target are both empty (whitespace counts as empty). Anything
 * hanging off it — comments, revisions, annotations (flagged, collapsed to the end of the text) —
 * moves to the previous segment, or the next when it is the first; a lone segment with such things
 * is not deleted. The cursor goes to the previous segment (else the next).
 */
export function deleteEmptySegment(db: Database, ctx: ServiceContext, segmentId: SegmentId): AlignmentEditResult {
  return runEdit(db, ctx, (focus) => {
    const s = requireSegment(db, segmentId);
    if (s.source.trim() !== '' || s.target.trim() !== '') {
      throw new MizanError('bad-input', 'only an empty segment can be deleted; merge it with a neighbour instead');
    }
    const previous = neighbour(db, s, -1);
    const heir = previous ?? neighbour(db, s, 1);
    focus.id = heir?.id ?? null;
    const hasAttachments = countAttachments(db, s.id) > 0;
    if (hasAttachments && !heir) throw new MizanError('bad-input', 'this is the only segment and it has comments or annotations; it cannot be deleted');
    // The heir is in the recorded range when things move to it, so undo takes them back.
    const withHeir = hasAttachments && heir !== undefined;
    return {
      label: 'Delete segment',
      documentId: s.documentId,
      from: withHeir && previous ? previous.position : s.position,
      count: withHeir ? 2 : 1,
      apply: () => {
        const at = ctx.now();
        if (withHeir) {
          for (const a of listAnchors(db, s.id)) {
            const end = isTextSide(a.side) ? (heir === previous ? textOf(heir, a.side).length : 0) : null;
            reanchorAnnotation(db, a.id, heir.id, end, end, isTextSide(a.side), at);
          }
          repointComments(db, s.id, heir.id);
          repointRevisions(db, s.id, heir.id);
        }
        deleteSegmentRow(db, s.id);
        shiftPositions(db, s.documentId, s.position + 1, -1);
        return withHeir ? 1 : 0;
      },
    };
  });
}

/** Marks a segment's alignment as checked by a person (or not). Undoable like the other edits; no change records nothing. */
export function setAlignConfirmed(db: Database, ctx: ServiceContext, segmentId: SegmentId, value: boolean): AlignmentEditResult {
  const s = requireSegment(db, segmentId);
  if (s.alignConfirmed === value) {
    return { documentId: s.documentId, from: s.position, removed: 1, segments: [s], total: countSegments(db, s.documentId), focusId: s.id, history: historyState(db) };
  }
  return runEdit(db, ctx, (focus) => {
    const current = requireSegment(db, segmentId);
    focus.id = current.id;
    return {
      label: value ? 'Confirm alignment' : 'Unconfirm alignment',
      documentId: current.documentId,
      from: current.position,
      count: 1,
      apply: () => {
        updateAlignConfirmed(db, current.id, value, ctx.now(), ctx.user());
        return 1;
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Replace a range with new beads

export interface ReplaceRangeOptions {
  /** Shown in the undo menu; default "Re-align segments". */
  label?: string;
}

/** Refuses malformed beads (they can come over IPC) and brings their text to NFC. */
export function checkBeads(beads: readonly ReplacementBead[]): ReplacementBead[] {
  return beads.map((b, k) => {
    if (typeof b.source !== 'string' || typeof b.target !== 'string') throw new MizanError('bad-input', `bead ${k}: source and target must be text`);
    if (!Number.isInteger(b.paragraph) || b.paragraph < 0) throw new MizanError('bad-input', `bead ${k}: paragraph must be a whole number ≥ 0`);
    if (b.alignScore !== null && !(Number.isFinite(b.alignScore) && b.alignScore >= 0 && b.alignScore <= 1)) {
      throw new MizanError('bad-input', `bead ${k}: alignScore must be between 0 and 1, or null`);
    }
    return { ...b, source: b.source.normalize('NFC'), target: b.target.normalize('NFC') };
  });
}

/**
 * Replaces the segments at positions fromPosition..toPosition (inclusive; toPosition =
 * fromPosition - 1 inserts) with `beads`: the primitive behind "re-align a selected range" and
 * "import translation". A bead whose source equals an old segment's source (matched in order)
 * keeps that segment's id, so its source annotations and comments stay put; its target annotations
 * are found again in the new English (nearest occurrence of the same characters, else flagged).
 * An old segment that is not kept hands its comments and revisions to the new segment that took its
 * text (the one containing its source, else the nearest in its stretch) and its annotations to
 * wherever their characters are found, else to that segment, flagged. With no beads at all, they
 * go to the neighbouring segment.
 *
 * Fields: align_score from the bead. Kept segments keep their status (statusForTarget applied) and
 * stay confirmed only if their English did not change; new segments take the bead's status, else
 * the least advanced status of the segments whose text they took (statusForTarget applied), else
 * new/draft by whether they have English.
 */
export function replaceRange(
  db: Database,
  ctx: ServiceContext,
  documentId: DocumentId,
  fromPosition: number,
  toPosition: number,
  newBeads: readonly ReplacementBead[],
  options: ReplaceRangeOptions = {},
): AlignmentEditResult {
  const beads = checkBeads(newBeads);
  return runEdit(db, ctx, (focus) => {
    requireDocument(db, documentId);
    const total = countSegments(db, documentId);
    if (!Number.isInteger(fromPosition) || !Number.isInteger(toPosition) || fromPosition < 0 || fromPosition > total || toPosition < fromPosition - 1 || toPosition >= total) {
      throw new MizanError('bad-input', `positions ${fromPosition}..${toPosition} are not a range of this document (0..${total - 1})`);
    }
    const olds = readRange(db, documentId, fromPosition, toPosition - fromPosition + 1).segments.map(toSegment);
    // With no beads, things of removed segments go to a neighbour, which then belongs in the range.
    const orphaned = beads.length === 0 && olds.some((o) => countAttachments(db, o.id) > 0);
    const before = orphaned && fromPosition > 0 ? getSegmentAt(db, documentId, fromPosition - 1) : undefined;
    const after = orphaned && !before ? getSegmentAt(db, documentId, toPosition + 1) : undefined;
    const heir = before ?? after;
    if (orphaned && !heir) throw new MizanError('bad-input', 'removing every segment would lose their comments and annotations');
    return {
      label: options.label ?? 'Re-align segments',
      documentId,
      from: before ? fromPosition - 1 : fromPosition,
      count: olds.length + (heir ? 1 : 0),
      apply: () => {
        const at = ctx.now();
        const by = ctx.user();
        const plan = planReplace(olds, beads);
        // Read every old anchor before moving any: a span moved onto a kept segment must not be moved again.
        const anchorsOf = olds.map((o) => listAnchors(db, o.id));
        shiftPositions(db, documentId, toPosition + 1, beads.length - olds.length);
        const heirs = new Map<number, Segment[]>();
        plan.home.forEach((j, i) => {
          if (plan.keep[j] === i) return;
          const list = heirs.get(j) ?? [];
          list.push(olds[i]!);
          heirs.set(j, list);
        });
        const ids: SegmentId[] = [];
        const placed: { id: SegmentId; source: string; target: string }[] = [];
        beads.forEach((b, j) => {
          const position = fromPosition + j;
          const keptIndex = plan.keep[j];
          const old = keptIndex === null || keptIndex === undefined ? undefined : olds[keptIndex];
          if (old) {
            const unchanged = old.target === b.target && old.paragraph === b.paragraph;
            rewrite(db, old, position, {
              paragraph: b.paragraph, source: b.source, target: b.target,
              status: allowedStatus(b.status ?? statusForTarget(old.status, b.target), b.target),
              alignConfirmed: unchanged && old.alignConfirmed, alignScore: b.alignScore, doNotTranslate: old.doNotTranslate,
            }, at, by);
            ids.push(old.id);
          } else {
            const took = heirs.get(j) ?? [];
            const base = took.length > 0 ? took.map((t) => t.status).reduce(lowerStatus) : 'new';
            ids.push(insertBead(db, documentId, position, {
              paragraph: b.paragraph, source: b.source, target: b.target,
              status: allowedStatus(b.status ?? statusForTarget(base, b.target), b.target),
              alignConfirmed: false, alignScore: b.alignScore, doNotTranslate: took.length > 0 && took.every((t) => t.doNotTranslate),
            }, at, by));
          }
          placed.push({ id: ids[j]!, source: b.source, target: b.target });
        });
        focus.id = ids[0] ?? heir?.id ?? null;

        const heirTarget = heir ? { id: heir.id, source: heir.source, target: heir.target } : null;
        olds.forEach((old, i) => {
          const kept = plan.keep[plan.home[i]!] === i;
          const homeIndex = plan.home[i]!;
          const home = homeIndex >= 0 ? placed[homeIndex] : heirTarget;
          if (!home) {
            // No beads and nothing hangs off it (else there would be an heir): nothing to carry over.
            deleteSegmentRow(db, old.id);
            return;
          }
          const order = kept
            ? [homeIndex, homeIndex - 1, homeIndex + 1].filter((j) => j >= 0 && j < placed.length)
            : plan.candidates[i]!;
          const candidates = order.map((j) => placed[j]!);
          if (homeIndex < 0) candidates.unshift(home);
          for (const a of anchorsOf[i]!) {
            if (!isTextSide(a.side) || a.start === null || a.end === null) {
              if (!kept) reanchorAnnotation(db, a.id, home.id, a.start, a.end, false, at);
              continue;
            }
            if (kept && a.side === 'source') continue; // same source text
            relocate(db, a as Anchor & { side: TextSide; start: number; end: number }, textOf(old, a.side), candidates, home, at);
          }
          if (!kept) {
            repointComments(db, old.id, home.id);
            repointRevisions(db, old.id, home.id);
            deleteSegmentRow(db, old.id);
          }
        });
        return beads.length + (heir ? 1 : 0);
      },
    };
  });
}

/** Puts an annotation on the first candidate whose text has its characters (nearest occurrence), else on `home`, flagged. */
function relocate(
  db: Database,
  a: { id: AnnotationId; side: TextSide; start: number; end: number },
  oldText: string,
  candidates: readonly { id: SegmentId; source: string; target: string }[],
  home: { id: SegmentId; source: string; target: string },
  at: number,
): void {
  const needle = oldText.slice(a.start, a.end);
  if (needle.trim() !== '') {
    for (const c of candidates) {
      const found = findNearest(textOf(c, a.side), needle, a.start);
      if (found !== null) {
        reanchorAnnotation(db, a.id, c.id, found, found + needle.length, false, at);
        return;
      }
    }
  }
  const text = textOf(home, a.side);
  const start = Math.min(a.start, text.length);
  reanchorAnnotation(db, a.id, home.id, start, Math.max(start, Math.min(a.end, text.length)), true, at);
}
