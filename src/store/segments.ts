import { toSegmentId } from '../core/ids.js';
import type { Database } from 'better-sqlite3';
import type { DocumentId, Segment, SegmentId, SegmentStatus } from '../core/model.js';
import { openCommentsColumn, toSegment, type SegmentRow } from './rows.js';
import { indexNewSegments, indexSegmentText } from './search-index.js';
import { prepare } from './statements.js';
import { indexNewTmSources, indexTmSource } from './tm-segment-index.js';

/** Every read that hands segments to the UI carries its open-thread count (the row's badge). */
const OPEN_COMMENTS = openCommentsColumn('segments');

/**
 * Invariant: positions within a document are dense, 0..n-1 in reading order, so a position is
 * also the segment's row in the grid. Every operation that adds, removes or reorders segments
 * renumbers the document in the same transaction.
 */
export interface NewSegment {
  documentId: DocumentId;
  position: number;
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  doNotTranslate: boolean;
  at: number;
  by: string | null;
}

export function insertSegment(db: Database, seg: NewSegment): SegmentId {
  const info = prepare(db, `
    INSERT INTO segments (document_id, position, paragraph, source, target, status, do_not_translate, updated_at, updated_by)
    VALUES (@documentId, @position, @paragraph, @source, @target, @status, @dnt, @at, @by)`).run({
    ...seg,
    dnt: seg.doNotTranslate ? 1 : 0,
  });
  const id = toSegmentId(info.lastInsertRowid);
  indexSegmentText(db, id, seg.source, seg.target);
  indexTmSource(db, id, seg.source);
  return id;
}

/** A row of a document being created: its position is its index in the list. */
export interface NewDocumentSegment {
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  alignScore: number | null;
}

/**
 * The segments of a new document, positions 0..n-1, and their search and TM indexes written in batches (an
 * import of a book is one pass: no per-row index statements, no second write of the same rows).
 */
export function insertDocumentSegments(db: Database, documentId: DocumentId, rows: readonly NewDocumentSegment[], at: number, by: string | null): SegmentId[] {
  const insert = prepare(db, `
    INSERT INTO segments (document_id, position, paragraph, source, target, status, align_score, updated_at, updated_by)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const ids = rows.map((r, position) => toSegmentId(insert.run(documentId, position, r.paragraph, r.source, r.target, r.status, r.alignScore, at, by).lastInsertRowid));
  indexNewSegments(db, rows.map((r, k) => ({ id: ids[k]!, source: r.source, target: r.target })));
  indexNewTmSources(db, rows.map((r, k) => ({ id: ids[k]!, source: r.source })));
  return ids;
}

export function getSegment(db: Database, id: SegmentId): Segment | undefined {
  const row = prepare<[number], SegmentRow>(db, `SELECT *, ${OPEN_COMMENTS} FROM segments WHERE id = ?`).get(id);
  return row ? toSegment(row) : undefined;
}

export function countSegments(db: Database, documentId: DocumentId): number {
  return (prepare<[number], { n: number }>(db, 'SELECT count(*) AS n FROM segments WHERE document_id = ?').get(documentId)?.n ?? 0);
}

export function listSegments(db: Database, documentId: DocumentId, offset: number, limit: number): Segment[] {
  return prepare<[number, number, number], SegmentRow>(db, `
    SELECT *, ${OPEN_COMMENTS} FROM segments WHERE document_id = ? ORDER BY position LIMIT ? OFFSET ?`)
    .all(documentId, limit, offset)
    .map(toSegment);
}

/** The segments at positions [from, from + count) of a document, in order (what an edit hands the grid). */
export function listSegmentsAt(db: Database, documentId: DocumentId, from: number, count: number): Segment[] {
  if (count <= 0) return [];
  return prepare<[number, number, number], SegmentRow>(db, `
    SELECT *, ${OPEN_COMMENTS} FROM segments WHERE document_id = ? AND position >= ? AND position < ? ORDER BY position, id`)
    .all(documentId, from, from + count)
    .map(toSegment);
}

/** Index (0-based, in document order) of a segment, for scrolling the grid to it. */
export function segmentIndex(db: Database, segment: Segment): number {
  return (prepare<[number, number], { n: number }>(db, `
    SELECT count(*) AS n FROM segments WHERE document_id = ? AND position < ?`).get(segment.documentId, segment.position)?.n ?? 0);
}

/** The first segment after `position` that still needs a translator, wrapping to the start. */
export function findNextOpenSegment(db: Database, documentId: DocumentId, afterPosition: number): Segment | undefined {
  const sql = `
    SELECT *, ${OPEN_COMMENTS} FROM segments
    WHERE document_id = ? AND do_not_translate = 0 AND status IN ('new','draft','rejected') AND position %s ?
    ORDER BY position LIMIT 1`;
  const after = prepare<[number, number], SegmentRow>(db, sql.replace('%s', '>')).get(documentId, afterPosition);
  const row = after ?? prepare<[number, number], SegmentRow>(db, sql.replace('%s', '<')).get(documentId, afterPosition);
  return row ? toSegment(row) : undefined;
}

/** Moves every segment at `fromPosition` or later by `delta` (keeps positions dense around an insert or removal). */
export function shiftPositions(db: Database, documentId: DocumentId, fromPosition: number, delta: number): void {
  if (delta === 0) return;
  prepare(db, 'UPDATE segments SET position = position + ? WHERE document_id = ? AND position >= ?').run(delta, documentId, fromPosition);
}

/** The segment at a position of a document. */
export function getSegmentAt(db: Database, documentId: DocumentId, position: number): Segment | undefined {
  const row = prepare<[number, number], SegmentRow>(db, `SELECT *, ${OPEN_COMMENTS} FROM segments WHERE document_id = ? AND position = ?`).get(documentId, position);
  return row ? toSegment(row) : undefined;
}
