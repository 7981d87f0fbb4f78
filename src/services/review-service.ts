// The reviewer's moves: filter the grid, go to the next segment waiting for review, reject with a
// reason, set the status of a whole selection. Each change is one undoable step.
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import { STATUS_LABELS, type DocumentId, type HistoryState, type RangeChange, type Segment, type SegmentFilter, type SegmentId, type SegmentStatus } from '../core/model.js';
import { insertComment } from '../store/comments.js';
import { filterSegmentPositions, findNextForReview, listSegmentsAtPositions } from '../store/review.js';
import { countSegments, getSegmentAt, segmentIndex } from '../store/segments.js';
import type { ServiceContext } from './context.js';
import { rangeEdit, runUndoable } from './edit-history.js';
import { requireSegment } from './segment-service.js';
import { stampOf, writeSegment } from './segment-writes.js';

export interface ReviewEditResult extends RangeChange {
  history: HistoryState;
}

export function filterPositions(db: Database, documentId: DocumentId, filter: SegmentFilter): number[] {
  return filterSegmentPositions(db, documentId, filter);
}

export function segmentsAtPositions(db: Database, documentId: DocumentId, positions: readonly number[]): Segment[] {
  return listSegmentsAtPositions(db, documentId, positions);
}

/** The next translated-or-reviewed segment after a position (wrapping round), for "approve and next". */
export function nextForReview(db: Database, documentId: DocumentId, afterPosition: number): { segment: Segment; index: number } | null {
  const segment = findNextForReview(db, documentId, afterPosition);
  return segment ? { segment, index: segmentIndex(db, segment) } : null;
}

/** Rejects a segment with the reason as a new comment thread, in one step (one transaction, one undo). */
export function rejectWithComment(db: Database, ctx: ServiceContext, segmentId: SegmentId, reason: string): ReviewEditResult {
  const body = reason.trim();
  if (body === '') throw new MizanError('bad-input', 'say why the segment is rejected: the translator needs the reason');
  const { value, history } = runUndoable(db, () => {
    const s = requireSegment(db, segmentId);
    return rangeEdit(db, ctx.now, {
      label: 'Reject segment',
      documentId: s.documentId,
      from: s.position,
      count: 1,
      apply: () => {
        const stamp = stampOf(ctx);
        insertComment(db, { segmentId, parentId: null, author: stamp.author, body, at: stamp.at, resolvedAt: null, resolvedBy: null });
        writeSegment(db, stamp, s, { status: 'rejected' });
        return 1;
      },
    });
  });
  return { ...value, history };
}

/**
 * Sets one status on the segments at some positions — "approve the selection" (in a filtered grid
 * the selected rows need not be next to each other). One undoable step over the rows they span.
 */
export function setStatusAt(db: Database, ctx: ServiceContext, documentId: DocumentId, positions: readonly number[], status: SegmentStatus): ReviewEditResult {
  const total = countSegments(db, documentId);
  const wanted = [...new Set(positions)].sort((a, b) => a - b);
  const from = wanted[0];
  const last = wanted[wanted.length - 1];
  if (from === undefined || last === undefined || from < 0 || last >= total) {
    throw new MizanError('bad-input', `choose rows of the document (it has ${total}): ${positions.length ? positions.map((p) => p + 1).join(', ') : 'none chosen'}`);
  }
  const count = last - from + 1;
  const { value, history } = runUndoable(db, () => rangeEdit(db, ctx.now, {
    label: `Set ${wanted.length} segment${wanted.length === 1 ? '' : 's'} to ${STATUS_LABELS[status]}`,
    documentId,
    from,
    count,
    apply: () => {
      const stamp = stampOf(ctx);
      for (const p of wanted) {
        const s = getSegmentAt(db, documentId, p);
        // Boilerplate stays out of the work; a segment already there needs no revision.
        if (!s || s.doNotTranslate || s.status === status) continue;
        writeSegment(db, stamp, s, { status });
      }
      return count;
    },
  }));
  return { ...value, history };
}
