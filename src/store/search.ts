import type { Database } from 'better-sqlite3';
import { holdsSearchKey } from '../core/text/search-key.js';
import type { DocumentId, SegmentId } from '../core/model.js';
import { openCommentsColumn, toSegment, type SegmentRow } from './rows.js';
import { prepare } from './statements.js';
import { trigramQuery } from './search-index.js';
import type { Segment } from '../core/model.js';

export type SearchColumn = 'source' | 'target' | 'both';

/** Whether a segment's folded text holds the key in the column(s) searched. */
function holdsKey(row: { source: string; target: string }, column: SearchColumn, key: string): boolean {
  return (column !== 'target' && holdsSearchKey(row.source, key)) || (column !== 'source' && holdsSearchKey(row.target, key));
}

/**
 * Segments whose folded text contains `key` (already folded), in document order: the total, and the
 * first `limit` of them. Keys of three characters or more ask the trigram index for candidates, which
 * are confirmed on the segment's own folded text (the index keeps no text, positions or columns:
 * search-index.ts); shorter keys read the document.
 */
export function findSegmentsByKey(db: Database, documentId: DocumentId, column: SearchColumn, key: string, limit: number): { total: number; items: Segment[] } {
  if (column === 'both' && Array.from(key).length === 3) {
    // A single trigram in either column: the index's answer is exact, so nothing is confirmed — a
    // common three-letter word ("the", "قال") costs a count, not a read of every segment holding it.
    const from = 'FROM segment_search f JOIN segments s ON s.id = f.rowid WHERE segment_search MATCH ? AND s.document_id = ?';
    const match = trigramQuery(key);
    const total = prepare<[string, number], { n: number }>(db, `SELECT count(*) AS n ${from}`).get(match, documentId)?.n ?? 0;
    const items = prepare<[string, number, number], SegmentRow>(db, `SELECT s.*, ${openCommentsColumn('s')} ${from} ORDER BY s.position LIMIT ?`)
      .all(match, documentId, limit)
      .map(toSegment);
    return { total, items };
  }
  const candidates =
    key.length >= 3
      ? prepare<[string, number], { id: SegmentId; source: string; target: string }>(db, `
          SELECT s.id, s.source, s.target FROM segment_search f JOIN segments s ON s.id = f.rowid
          WHERE segment_search MATCH ? AND s.document_id = ? ORDER BY s.position`).iterate(trigramQuery(key), documentId)
      : iterateDocumentTexts(db, documentId);
  let total = 0;
  const wanted: SegmentId[] = [];
  for (const row of candidates) {
    if (!holdsKey(row, column, key)) continue;
    total++;
    if (wanted.length < limit) wanted.push(row.id);
  }
  const items = wanted.length === 0 ? [] : prepare<[string], SegmentRow>(db, `
    SELECT s.*, ${openCommentsColumn('s')} FROM segments s WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.position`)
    .all(JSON.stringify(wanted))
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
