// Queries of the review workflow: which rows a grid filter keeps, those rows by position, the next
// segment waiting for review.
import type { Database } from 'better-sqlite3';
import { LOW_CONFIDENCE } from '../core/align/index.js';
import type { DocumentId, Segment, SegmentFilter } from '../core/model.js';
import { openCommentsColumn, toSegment, type SegmentRow } from './rows.js';
import { prepare } from './statements.js';

const OPEN_COMMENTS = openCommentsColumn('segments');

/** The positions of a document's segments that pass a filter, in order. Every condition must hold. */
export function filterSegmentPositions(db: Database, documentId: DocumentId, filter: SegmentFilter): number[] {
  const where = ['document_id = @documentId'];
  const params: Record<string, unknown> = { documentId };
  if (filter.statuses && filter.statuses.length > 0) {
    where.push('status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(filter.statuses);
  }
  if (filter.hideApproved) where.push("status <> 'approved'");
  if (filter.openComments) {
    where.push('EXISTS (SELECT 1 FROM comments c WHERE c.segment_id = segments.id AND c.parent_id IS NULL AND c.resolved_at IS NULL)');
  }
  if (filter.changedSince !== undefined) {
    where.push('updated_at >= @changedSince');
    params.changedSince = filter.changedSince;
  }
  if (filter.lowConfidence) {
    where.push('align_confirmed = 0 AND align_score IS NOT NULL AND align_score < @low');
    params.low = LOW_CONFIDENCE;
  }
  // Built from fixed fragments only; values go in as parameters.
  return prepare<Record<string, unknown>, { position: number }>(db, `SELECT position FROM segments WHERE ${where.join(' AND ')} ORDER BY position`)
    .all(params)
    .map((r) => r.position);
}

/** The segments at the given positions of a document, in position order. */
export function listSegmentsAtPositions(db: Database, documentId: DocumentId, positions: readonly number[]): Segment[] {
  if (positions.length === 0) return [];
  return prepare<[number, string], SegmentRow>(db, `
    SELECT *, ${OPEN_COMMENTS} FROM segments WHERE document_id = ? AND position IN (SELECT value FROM json_each(?)) ORDER BY position`)
    .all(documentId, JSON.stringify(positions))
    .map(toSegment);
}

/** The next segment a reviewer has to look at (translated or reviewed, not approved), wrapping round. */
export function findNextForReview(db: Database, documentId: DocumentId, afterPosition: number): Segment | undefined {
  const sql = `
    SELECT *, ${OPEN_COMMENTS} FROM segments
    WHERE document_id = ? AND do_not_translate = 0 AND status IN ('translated','reviewed') AND position %s ?
    ORDER BY position LIMIT 1`;
  const after = prepare<[number, number], SegmentRow>(db, sql.replace('%s', '>')).get(documentId, afterPosition);
  const row = after ?? prepare<[number, number], SegmentRow>(db, sql.replace('%s', '<')).get(documentId, afterPosition);
  return row ? toSegment(row) : undefined;
}
