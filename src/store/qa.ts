// SQL for quality checks: the segments they read (in pages, lean) and the findings users ignored.
import type { Database } from 'better-sqlite3';
import { toDocumentId, toSegmentId } from '../core/ids.js';
import type { DocumentId, SegmentId, SegmentStatus } from '../core/model.js';
import type { QaSegment } from '../core/qa/types.js';
import { prepare } from './statements.js';

type QaSegmentFields = QaSegment['segment'];

interface QaSegmentRow {
  id: number;
  document_id: number;
  position: number;
  source: string;
  target: string;
  status: SegmentStatus;
  do_not_translate: number;
}

const COLUMNS = 'id, document_id, position, source, target, status, do_not_translate';

function toFields(row: QaSegmentRow): QaSegmentFields {
  return {
    id: toSegmentId(row.id), documentId: toDocumentId(row.document_id), position: row.position,
    source: row.source, target: row.target, status: row.status, doNotTranslate: row.do_not_translate === 1,
  };
}

/** The segments at positions [from, from + count) of a document, only what the checks read. */
export function listQaSegmentsAt(db: Database, documentId: DocumentId, from: number, count: number): QaSegmentFields[] {
  return prepare<[number, number, number], QaSegmentRow>(db, `
    SELECT ${COLUMNS} FROM segments WHERE document_id = ? AND position >= ? AND position < ? ORDER BY position, id`)
    .all(documentId, from, from + count)
    .map(toFields);
}

/** The given segments of a document, in document order (ids of other documents are left out). */
export function listQaSegmentsById(db: Database, documentId: DocumentId, ids: readonly SegmentId[]): QaSegmentFields[] {
  // CROSS JOIN keeps SQLite from walking the document's index instead (a confirm of one segment of a
  // 100k-segment document: ~0.02 ms instead of ~18).
  return prepare<[string, number], QaSegmentRow>(db, `
    SELECT s.id, s.document_id, s.position, s.source, s.target, s.status, s.do_not_translate
    FROM json_each(?) j CROSS JOIN segments s ON s.id = j.value WHERE s.document_id = ? ORDER BY s.position, s.id`)
    .all(JSON.stringify(ids), documentId)
    .map(toFields);
}

/** Every segment of a document, text only, for the checks that compare segments with each other. */
export function iterateQaSegments(db: Database, documentId: DocumentId): IterableIterator<QaSegmentFields> {
  const rows = prepare<[number], QaSegmentRow>(db, `SELECT ${COLUMNS} FROM segments WHERE document_id = ? ORDER BY position, id`).iterate(documentId);
  return (function* () {
    for (const row of rows) yield toFields(row);
  })();
}

export interface QaIgnoreRow {
  segment_id: number;
  check_id: string;
  fingerprint: string;
  author: string;
  reason: string;
  created_at: number;
}

/** The ignores of a document's segments. From the (short) ignore list, never by walking the document. */
export function listQaIgnores(db: Database, documentId: DocumentId): QaIgnoreRow[] {
  return prepare<[number], QaIgnoreRow>(db, `
    SELECT i.segment_id, i.check_id, i.fingerprint, i.author, i.reason, i.created_at
    FROM qa_ignores i CROSS JOIN segments s ON s.id = i.segment_id WHERE s.document_id = ?`).all(documentId);
}

/** The ignores of some segments (a confirm). */
export function listQaIgnoresOf(db: Database, segmentIds: readonly SegmentId[]): QaIgnoreRow[] {
  return prepare<[string], QaIgnoreRow>(db, `
    SELECT i.segment_id, i.check_id, i.fingerprint, i.author, i.reason, i.created_at
    FROM json_each(?) j CROSS JOIN qa_ignores i ON i.segment_id = j.value`).all(JSON.stringify(segmentIds));
}

/** Whether the document exists (without counting its segments). */
export function qaDocumentExists(db: Database, documentId: DocumentId): boolean {
  return prepare<[number], { one: number }>(db, 'SELECT 1 AS one FROM documents WHERE id = ?').get(documentId) !== undefined;
}

export interface NewQaIgnore {
  segmentId: SegmentId;
  check: string;
  fingerprint: string;
  author: string;
  reason: string;
  at: number;
}

/** Records an ignore; ignoring the same finding again updates who, why and when. */
export function upsertQaIgnore(db: Database, ignore: NewQaIgnore): void {
  prepare(db, `
    INSERT INTO qa_ignores (segment_id, check_id, fingerprint, author, reason, created_at)
    VALUES (@segmentId, @check, @fingerprint, @author, @reason, @at)
    ON CONFLICT (segment_id, check_id, fingerprint) DO UPDATE SET author = excluded.author, reason = excluded.reason, created_at = excluded.created_at`)
    .run(ignore);
}

/** Forgets an ignore; false when there was none. */
export function deleteQaIgnore(db: Database, segmentId: SegmentId, check: string, fingerprint: string): boolean {
  return prepare(db, 'DELETE FROM qa_ignores WHERE segment_id = ? AND check_id = ? AND fingerprint = ?').run(segmentId, check, fingerprint).changes > 0;
}
