import { searchKey } from '../../core/text/search-key.js';
import type { Migration } from './migration.js';

// Full-text search over folded text (Arabic letter forms, diacritics, digits, case), with the
// trigram tokenizer so any substring of three or more characters is an index lookup.
// The store keeps it in sync (see search.ts); stored segment text is never folded.
export const migration002SearchIndex: Migration = {
  version: 2,
  name: 'search index',
  up: (db) => {
    db.exec(`CREATE VIRTUAL TABLE segment_search USING fts5(source, target, tokenize = 'trigram');`);
    const insert = db.prepare('INSERT INTO segment_search (rowid, source, target) VALUES (?, ?, ?)');
    // In pages: better-sqlite3 cannot write while a statement of the same connection is iterating.
    const page = db.prepare('SELECT id, source, target FROM segments WHERE id > ? ORDER BY id LIMIT 5000');
    for (let last = 0; ; ) {
      const rows = page.all(last) as { id: number; source: string; target: string }[];
      if (rows.length === 0) break;
      for (const row of rows) insert.run(row.id, searchKey(row.source), searchKey(row.target));
      last = rows[rows.length - 1]!.id;
    }
  },
};
