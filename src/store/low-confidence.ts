import type { Database } from 'better-sqlite3';
import type { DocumentId, Segment } from '../core/model.js';
import { openCommentsColumn, toSegment, type SegmentRow } from './rows.js';
import { prepare } from './statements.js';

/** The next segment after `position` whose alignment is doubtful and not yet confirmed, wrapping. */
export function findNextLowConfidenceSegment(db: Database, documentId: DocumentId, afterPosition: number, threshold: number): Segment | undefined {
  const sql = `
    SELECT *, ${openCommentsColumn('segments')} FROM segments
    WHERE document_id = ? AND align_confirmed = 0 AND align_score IS NOT NULL AND align_score < ? AND position %s ?
    ORDER BY position LIMIT 1`;
  const after = prepare<[number, number, number], SegmentRow>(db, sql.replace('%s', '>')).get(documentId, threshold, afterPosition);
  const row = after ?? prepare<[number, number, number], SegmentRow>(db, sql.replace('%s', '<=')).get(documentId, threshold, afterPosition);
  return row ? toSegment(row) : undefined;
}

