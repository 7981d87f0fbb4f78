import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import { STATUS_LABELS, type DocumentId, type Segment, type SegmentId, type SegmentPage, type SegmentStatus } from '../core/model.js';
import { getDocument } from '../store/documents.js';
import { countSegments, findNextOpenSegment, getSegment, listSegments, segmentIndex } from '../store/segments.js';
import type { ServiceContext } from './context.js';
import { runUndoable, type UndoableResult } from './edit-history.js';
import { trackSegments } from './segment-undo.js';
import { changesNothing, stampOf, writeSegment, type SegmentChange } from './segment-writes.js';

export function requireSegment(db: Database, id: SegmentId): Segment {
  const segment = getSegment(db, id);
  if (!segment) throw new MizanError('not-found', `segment ${id} does not exist (was it deleted or merged?)`);
  return segment;
}

export function pageSegments(db: Database, documentId: DocumentId, offset: number, limit: number): SegmentPage {
  if (!getDocument(db, documentId)) throw new MizanError('not-found', `document ${documentId} does not exist`);
  return { total: countSegments(db, documentId), offset, items: listSegments(db, documentId, offset, limit) };
}

/**
 * Saves the translation of a segment; unchanged text writes nothing, a change is kept as a revision.
 * The segment's English spans follow their text through the edit (core/annotation/reanchor.ts);
 * a span whose text was mostly deleted or replaced is flagged for a person to look at, never deleted.
 * Saves of one editing session are one undo step.
 */
export function updateTarget(db: Database, ctx: ServiceContext, id: SegmentId, target: string, session: string | null): Segment {
  return changeSegment(db, ctx, id, 'Edit translation', { target: target.normalize('NFC') }, { session, step: session }).value;
}

export interface ChangeOptions {
  /** Groups the change's revisions (an editing session coalesces its keystrokes into one). */
  session?: string | null;
  /** Changes of the segment with the same step are one undo step. */
  step?: string | null;
  /** Runs on the segment as stored, inside the change's transaction; throws to refuse the change. */
  check?: (before: Segment) => void;
}

/** One undoable change of one segment's values, through the write path; no change records nothing. */
export function changeSegment(
  db: Database, ctx: ServiceContext, id: SegmentId, label: string, change: SegmentChange, { session = null, step = null, check }: ChangeOptions = {},
): UndoableResult<Segment> {
  return runUndoable<Segment>(db, () => {
    const before = requireSegment(db, id);
    check?.(before);
    if (changesNothing(before, change)) return { unchanged: before };
    return { label, track: trackSegments([id], ctx, step), apply: () => writeSegment(db, stampOf(ctx), before, change, session) };
  });
}

export function setStatus(db: Database, ctx: ServiceContext, id: SegmentId, status: SegmentStatus): Segment {
  return changeSegment(db, ctx, id, `Set status to ${STATUS_LABELS[status]}`, { status }).value;
}

export function nextOpenSegment(db: Database, documentId: DocumentId, afterPosition: number): { segment: Segment; index: number } | null {
  const segment = findNextOpenSegment(db, documentId, afterPosition);
  return segment ? { segment, index: segmentIndex(db, segment) } : null;
}

/** Boilerplate (a site's "Share" line, a byline) is kept but excluded from work and from the translation export. */
export function setDoNotTranslate(db: Database, ctx: ServiceContext, id: SegmentId, value: boolean): Segment {
  return changeSegment(db, ctx, id, value ? 'Mark “don’t translate”' : 'Unmark “don’t translate”', { doNotTranslate: value }).value;
}
