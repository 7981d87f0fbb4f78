import type { Database } from 'better-sqlite3';
import { indexNewSegments, type IndexedText } from '../search-index.js';

/** (Re)writes the search index of every segment with today's folds, a page of rows at a time. */
export function fillSearchIndex(db: Database): void {
  db.exec('DELETE FROM segment_search');
  // In pages: better-sqlite3 cannot write while a statement of the same connection is iterating.
  const page = db.prepare('SELECT id, source, target FROM segments WHERE id > ? ORDER BY id LIMIT 5000');
  for (let last = 0; ; ) {
    const rows = page.all(last) as IndexedText[];
    if (rows.length === 0) break;
    indexNewSegments(db, rows);
    last = Number(rows[rows.length - 1]!.id);
  }
}
