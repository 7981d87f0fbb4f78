import type { Database } from 'better-sqlite3';
import { searchKey } from '../core/text/search-key.js';
import type { DocumentId, SegmentId } from '../core/model.js';
import { openCommentsColumn, toSegment, type SegmentRow } from './rows.js';
import { prepare } from './statements.js';
import type { Segment } from '../core/model.js';

export type SearchColumn = 'source' | 'target' | 'both';

/** Keeps the search index in step with a segment's text; called by every write of segment text. */
export function indexSegmentText(db: Database, id: SegmentId, source: string, target: string): void {
  prepare(db, 'DELETE FROM segment_search WHERE rowid = ?').run(id);
  prepare(db, 'INSERT INTO segment_search (rowid, source, target) VALUES (?, ?, ?)').run(id, searchKey(source), searchKey(target));
}

export function removeFromSearchIndex(db: Database, id: SegmentId): void {
  prepare(db, 'DELETE FROM segment_search WHERE rowid = ?').run(id);
}

const COLUMN_FILTER: Record<SearchColumn, string> = { source: 'source', target: 'target', both: '{source target}' };

/**
 * Segments whose folded text contains `key` (already folded), in document order.
 * Three characters or more use the trigram index; shorter keys scan the folded columns.
 */
export function findSegmentsByKey(db: Database, documentId: DocumentId, column: SearchColumn, key: string, limit: number): { total: number; items: Segment[] } {
  if (key.length >= 3) {
    const match = `${COLUMN_FILTER[column]}: "${key.replaceAll('"', '""')}"`;
    const from = `FROM segment_search f JOIN segments s ON s.id = f.rowid WHERE segment_search MATCH ? AND s.document_id = ?`;
    const total = prepare<[string, number], { n: number }>(db, `SELECT count(*) AS n ${from}`).get(match, documentId)?.n ?? 0;
    const items = prepare<[string, number, number], SegmentRow>(db, `SELECT s.*, ${openCommentsColumn('s')} ${from} ORDER BY s.position LIMIT ?`)
      .all(match, documentId, limit)
      .map(toSegment);
    return { total, items };
  }
  const condition =
    column === 'source' ? 'instr(f.source, @key) > 0' : column === 'target' ? 'instr(f.target, @key) > 0' : '(instr(f.source, @key) > 0 OR instr(f.target, @key) > 0)';
  const from = `FROM segment_search f JOIN segments s ON s.id = f.rowid WHERE s.document_id = @doc AND ${condition}`;
  const total = prepare<[{ key: string; doc: number }], { n: number }>(db, `SELECT count(*) AS n ${from}`).get({ key, doc: documentId })?.n ?? 0;
  const items = prepare<[{ key: string; doc: number; limit: number }], SegmentRow>(db, `SELECT s.*, ${openCommentsColumn('s')} ${from} ORDER BY s.position LIMIT @limit`)
    .all({ key, doc: documentId, limit })
    .map(toSegment);
  return { total, items };
}

/** Just what a scan needs, in document order, streamed: a regex search reads every segment. */
export function* iterateDocumentTexts(db: Database, documentId: DocumentId): Generator<{ id: SegmentId; source: string; target: string }> {
  yield* prepare<[number], { id: SegmentId; source: string; target: string }>(db,
    'SELECT id, source, target FROM segments WHERE document_id = ? ORDER BY position').iterate(documentId);
}

/** Every segment of a document in order, streamed. */
export function* iterateDocumentSegments(db: Database, documentId: DocumentId): Generator<Segment> {
  for (const row of prepare<[number], SegmentRow>(db, 'SELECT * FROM segments WHERE document_id = ? ORDER BY position').iterate(documentId)) {
    yield toSegment(row);
  }
}
