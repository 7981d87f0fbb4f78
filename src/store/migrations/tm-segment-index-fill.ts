import type { Database } from 'better-sqlite3';
import { indexDocument } from '../../core/tm/tm-tokens.js';

/** (Re)writes the TM index of every segment's source with today's tokens. */
export function fillTmSegmentIndex(db: Database): void {
  db.exec('DELETE FROM tm_segment_index');
  const insert = db.prepare('INSERT INTO tm_segment_index (rowid, terms) VALUES (?, ?)');
  // In pages: better-sqlite3 cannot write while a statement of the same connection is iterating.
  const page = db.prepare('SELECT id, source FROM segments WHERE id > ? ORDER BY id LIMIT 5000');
  for (let last = 0; ; ) {
    const rows = page.all(last) as { id: number; source: string }[];
    if (rows.length === 0) break;
    for (const row of rows) insert.run(row.id, indexDocument(row.source));
    last = rows[rows.length - 1]!.id;
  }
}
