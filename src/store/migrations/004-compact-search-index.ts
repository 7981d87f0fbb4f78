import type { Migration } from './migration.js';
import { fillSearchIndex } from './search-index-fill.js';

// The search index of 002 kept its own copy of the folded text and every trigram's position in it:
// about twice the text. Search confirms each candidate on the segment's own text (store/search.ts),
// so the index needs only which segments hold which trigram: contentless (content=''), with rows
// deletable (contentless_delete=1, SQLite ≥ 3.43) and no positions or columns (detail=none).
export const migration004CompactSearchIndex: Migration = {
  version: 4,
  name: 'compact search index',
  up: (db) => {
    db.exec(`DROP TABLE segment_search;
      CREATE VIRTUAL TABLE segment_search USING fts5(source, target, tokenize = 'trigram', content = '', contentless_delete = 1, detail = none);`);
    fillSearchIndex(db);
  },
};
