import type { Database } from 'better-sqlite3';
import { searchKey } from '../../core/text/search-key.js';

/** (Re)writes the search index of every segment with today's folds. */
export function fillSearchIndex(db: Database): void {
  db.exec('DELETE FROM segment_search');
  const insert = db.prepare('INSERT INTO segment_search (rowid, source, target) VALUES (?, ?, ?)');
  // In pages: better-sqlite3 cannot write while a statement of the same connection is iterating.
  const page = db.prepare('SELECT id, source, target FROM segments WHERE id > ? ORDER BY id LIMIT 5000');
  for (let last = 0; ; ) {
    const rows = page.all(last) as { id: number; source: string; target: string }[];
    if (rows.length === 0) break;
    for (const row of rows) insert.run(row.id, searchKey(row.source), searchKey(row.target));
    last = rows[rows.length - 1]!.id;
  }
}
