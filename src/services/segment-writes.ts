// The writes every change of a segment's text or status is made of, in one place: the row, the
// search index (the store keeps it), the side's annotation spans carried through the edit, and a
// revision with the author and time. Typing, undo, source fixes, restores and review moves use them.
import type { Database } from 'better-sqlite3';
import { mapSpansThroughEdit } from '../core/annotation/reanchor.js';
import type { AnnotationId, Segment, SegmentId, SegmentStatus, TextSide } from '../core/model.js';
import { listAnchors, reanchorAnnotation } from '../store/alignment.js';
import { recordRevision } from '../store/revisions.js';
import { updateSegmentSource, updateSegmentStatus, updateSegmentTarget } from '../store/segments.js';
import type { ServiceContext } from './context.js';

/** When and by whom a change is made: one clock reading per change. */
export interface Stamp {
  at: number;
  author: string;
}

export function stampOf(ctx: ServiceContext): Stamp {
  return { at: ctx.now(), author: ctx.user() };
}

export const textOf = (segment: Segment, side: TextSide): string => (side === 'source' ? segment.source : segment.target);

/** A side's spans follow their text through an edit; those whose text was mostly replaced are flagged. */
export function reanchorSpans(db: Database, id: SegmentId, side: TextSide, before: string, after: string, at: number): void {
  const spans = listAnchors(db, id).filter((a) => a.side === side && a.start !== null && a.end !== null) as
    { id: AnnotationId; start: number; end: number; flagged: boolean }[];
  if (spans.length === 0) return;
  mapSpansThroughEdit(before, after, spans).forEach((m, k) => {
    const a = spans[k]!;
    if (m.start !== a.start || m.end !== a.end || (m.lost && !a.flagged)) reanchorAnnotation(db, a.id, id, m.start, m.end, m.lost, at);
  });
}

/** Writes one side's text: the text (and its search index), its spans re-anchored, a revision (coalesced per session). */
export function writeText(db: Database, { at, author }: Stamp, segment: Segment, side: TextSide, text: string, session: string | null): void {
  const before = textOf(segment, side);
  if (side === 'source') updateSegmentSource(db, segment.id, text, at, author);
  else updateSegmentTarget(db, segment.id, text, at, author);
  reanchorSpans(db, segment.id, side, before, text, at);
  recordRevision(db, { segmentId: segment.id, field: side, before, after: text, author, at, session });
}

/** Sets a status and records the change as a revision. */
export function writeStatus(db: Database, { at, author }: Stamp, segment: Segment, status: SegmentStatus): void {
  updateSegmentStatus(db, segment.id, status, at, author);
  recordRevision(db, { segmentId: segment.id, field: 'status', before: segment.status, after: status, author, at, session: null });
}
