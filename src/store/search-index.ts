import type { Database } from 'better-sqlite3';
import type { SegmentId } from '../core/model.js';
import { searchKey } from '../core/text/search-key.js';
import { prepare } from './statements.js';

// The search index (`segment_search`, migration 004) is a contentless FTS5 trigram table with
// detail=none: it stores, per trigram of the folded text, only which segments hold it — no copy of
// the text, no positions, no columns (a quarter of the size of a full trigram index). So a lookup
// gives candidates (segments holding every trigram of the key, in either column) that the caller
// confirms on the folded text of the segment itself; see findSegmentsByKey in search.ts.

export interface IndexedText {
  id: SegmentId | number;
  source: string;
  target: string;
}

/** Rows per INSERT statement when indexing in bulk: 3 parameters each, well under SQLite's limit. */
const BULK_ROWS = 200;

function bulkInsertSql(rows: number): string {
  return `INSERT INTO segment_search (rowid, source, target) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?)').join(', ')}`;
}

/**
 * Indexes segments that are not in the index yet (fresh inserts), a batch of rows per statement:
 * an import of a book writes its index in a few hundred statements rather than one per row.
 */
export function indexNewSegments(db: Database, rows: readonly IndexedText[]): void {
  for (let at = 0; at < rows.length; at += BULK_ROWS) {
    const batch = rows.slice(at, at + BULK_ROWS);
    const values: (string | number)[] = [];
    for (const row of batch) values.push(row.id, searchKey(row.source), searchKey(row.target));
    prepare(db, bulkInsertSql(batch.length)).run(values);
  }
}

/** Keeps the search index in step with a segment's text; called by every write of segment text. */
export function indexSegmentText(db: Database, id: SegmentId, source: string, target: string): void {
  removeFromSearchIndex(db, id);
  indexNewSegments(db, [{ id, source, target }]);
}

export function removeFromSearchIndex(db: Database, id: SegmentId): void {
  prepare(db, 'DELETE FROM segment_search WHERE rowid = ?').run(id);
}

/** Most trigrams a lookup asks the index for: enough to narrow the candidates, each is one more posting list to merge. */
const MAX_TRIGRAMS = 12;

/**
 * The FTS5 query for a folded key of three characters or more: every distinct trigram of it (up to
 * MAX_TRIGRAMS, spread over the key), ANDed. detail=none cannot match phrases, so this is a superset
 * of the segments containing the key, confirmed by the caller.
 */
export function trigramQuery(key: string): string {
  const chars = Array.from(key);
  const trigrams = [...new Set(chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join('')))];
  const picked = trigrams.length <= MAX_TRIGRAMS ? trigrams : Array.from({ length: MAX_TRIGRAMS }, (_, k) => trigrams[Math.round((k * (trigrams.length - 1)) / (MAX_TRIGRAMS - 1))]!);
  return [...new Set(picked)].map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ');
}
