// THE write path for a segment's text and status. Typing, Replace all and its undo, restores,
// source fixes, review moves, undo/redo of any of them — every change of a segment's source,
// target, status or "don't translate" goes through writeSegment, which
//  - writes the row (the store keeps the search index in step),
//  - carries each changed side's annotation spans through the edit (flagged when their text was
//    mostly replaced, never dropped: core/annotation/reanchor.ts),
//  - records a revision per changed field, with author and time,
//  - applies "the first English turns a new segment into a draft" (core's statusForTarget) once,
//    and "empty English is never translated or beyond" (core's allowedStatus) to every status,
//  - touches the document.
// The raw UPDATEs (store/segment-updates.ts) may be imported from here only: a lint rule in
// eslint.config.js fails any other service that tries.
// Alignment edits (merge, split, re-align) rewrite whole beads and place spans themselves
// (store/range-edits.ts): they change which segment a text belongs to, not just the text.
import type { Database } from 'better-sqlite3';
import { allowedStatus, statusForTarget } from '../core/align/edit/index.js';
import { mapSpansThroughEdit } from '../core/annotation/reanchor.js';
import { MizanError } from '../core/errors.js';
import type { AnnotationId, Segment, SegmentId, SegmentStatus, TextSide } from '../core/model.js';
import { touchDocument } from '../store/documents.js';
import { listAnchors, reanchorAnnotation } from '../store/range-edits.js';
import { recordRevision } from '../store/revisions.js';
import { updateSegmentDoNotTranslate, updateSegmentSource, updateSegmentStatus, updateSegmentTarget } from '../store/segment-updates.js';
import { getSegment } from '../store/segments.js';
import type { ServiceContext } from './context.js';

/** When and by whom a change is made: one clock reading per change. */
export interface Stamp {
  at: number;
  author: string;
}

export function stampOf(ctx: ServiceContext): Stamp {
  return { at: ctx.now(), author: ctx.user() };
}

export const textOf = (segment: Pick<Segment, 'source' | 'target'>, side: TextSide): string => (side === 'source' ? segment.source : segment.target);

/** What a change sets; a field left out stays as it is. */
export interface SegmentChange {
  source?: string;
  target?: string;
  /** Without it, a new target sets the status by statusForTarget (new → draft with English). */
  status?: SegmentStatus;
  doNotTranslate?: boolean;
}

/** Whether a change would leave the segment as it is (a field it sets already has that value). */
export function changesNothing(segment: Segment, change: SegmentChange): boolean {
  return (change.source ?? segment.source) === segment.source && (change.target ?? segment.target) === segment.target
    && (change.status ?? segment.status) === segment.status && (change.doNotTranslate ?? segment.doNotTranslate) === segment.doNotTranslate;
}

/** A side's spans follow their text through an edit; those whose text was mostly replaced are flagged. */
function reanchorSpans(db: Database, id: SegmentId, side: TextSide, before: string, after: string, at: number): void {
  const spans = listAnchors(db, id).filter((a) => a.side === side && a.start !== null && a.end !== null) as
    { id: AnnotationId; start: number; end: number; flagged: boolean }[];
  if (spans.length === 0) return;
  mapSpansThroughEdit(before, after, spans).forEach((m, k) => {
    const a = spans[k]!;
    if (m.start !== a.start || m.end !== a.end || (m.lost && !a.flagged)) reanchorAnnotation(db, a.id, id, m.start, m.end, m.lost, at);
  });
}

function writeSide(db: Database, { at, author }: Stamp, segment: Segment, side: TextSide, text: string, session: string | null): void {
  const before = textOf(segment, side);
  if (side === 'source') updateSegmentSource(db, segment.id, text, at, author);
  else updateSegmentTarget(db, segment.id, text, at, author);
  reanchorSpans(db, segment.id, side, before, text, at);
  recordRevision(db, { segmentId: segment.id, field: side, before, after: text, author, at, session });
}

/**
 * Writes a change of one segment (see the top of this file). Text is stored as given: callers
 * normalise user input to NFC. `session` groups revisions (an editing session coalesces its
 * keystrokes into one revision). Returns the segment as it is now; no change writes nothing.
 */
export function writeSegment(db: Database, stamp: Stamp, segment: Segment, change: SegmentChange, session: string | null = null): Segment {
  const target = change.target ?? segment.target;
  // Even an explicit status obeys the rule: empty English is never translated or beyond.
  const status = allowedStatus(change.status ?? (target !== segment.target ? statusForTarget(segment.status, target) : segment.status), target);
  let changed = false;
  // Status first: a typing session's text revision then stays the newest, so its keystrokes coalesce.
  if (status !== segment.status) {
    updateSegmentStatus(db, segment.id, status, stamp.at, stamp.author);
    recordRevision(db, { segmentId: segment.id, field: 'status', before: segment.status, after: status, author: stamp.author, at: stamp.at, session: null });
    changed = true;
  }
  for (const side of ['source', 'target'] as const) {
    const text = change[side];
    if (text !== undefined && text !== textOf(segment, side)) {
      writeSide(db, stamp, segment, side, text, session);
      changed = true;
    }
  }
  if (change.doNotTranslate !== undefined && change.doNotTranslate !== segment.doNotTranslate) {
    updateSegmentDoNotTranslate(db, segment.id, change.doNotTranslate, stamp.at, stamp.author);
    changed = true;
  }
  if (!changed) return segment;
  touchDocument(db, segment.documentId, stamp.at);
  const now = getSegment(db, segment.id);
  if (!now) throw new MizanError('internal', `segment ${segment.id} vanished while it was written`);
  return now;
}
