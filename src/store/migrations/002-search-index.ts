import type { Migration } from './migration.js';
import { fillSearchIndex } from './search-index-fill.js';

// Full-text search over folded text (Arabic letter forms, diacritics, digits, case), with the
// trigram tokenizer so any substring of three or more characters is an index lookup.
// The store keeps it in sync (see search.ts); stored segment text is never folded.
export const migration002SearchIndex: Migration = {
  version: 2,
  name: 'search index',
  up: (db) => {
    db.exec(`CREATE VIRTUAL TABLE segment_search USING fts5(source, target, tokenize = 'trigram');`);
    fillSearchIndex(db);
  },
};
