import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId, SegmentId } from '../../../../src/core/model.js';
import { migration001Initial } from '../../../../src/store/migrations/001-initial.js';
import { migration002SearchIndex } from '../../../../src/store/migrations/002-search-index.js';
import { migration003HamzaSeats } from '../../../../src/store/migrations/003-hamza-seats.js';
import { migration004CompactSearchIndex } from '../../../../src/store/migrations/004-compact-search-index.js';
import { fillSearchIndex } from '../../../../src/store/migrations/search-index-fill.js';
import { migrate } from '../../../../src/store/open-database.js';
import { indexSegmentText, removeFromSearchIndex, trigramQuery } from '../../../../src/store/search-index.js';
import { findSegmentsByKey } from '../../../../src/store/search.js';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
});
afterEach(() => db.close());

describe('migration 002: search index', () => {
  it('indexes the segments a version-1 project already has', () => {
    migrate(db, [migration001Initial]);
    db.prepare("INSERT INTO documents (id, title, source_lang, target_lang, created_at, updated_at) VALUES (1, 't', 'ar', 'en', 0, 0)").run();
    db.prepare("INSERT INTO segments (id, document_id, position, source, target, updated_at) VALUES (7, 1, 0, 'الولايات المتحدة الأمريكية', 'The United States', 0)").run();
    migrate(db, [migration001Initial, migration002SearchIndex]);
    const found = findSegmentsByKey(db, 1 as DocumentId, 'source', 'امريكيه', 10);
    expect(found.items.map((s) => s.id)).toEqual([7 as SegmentId]);
    expect(findSegmentsByKey(db, 1 as DocumentId, 'target', 'united', 10).total).toBe(1);
  });
});

describe('migration 003: the search index folds hamza seats', () => {
  it('rewrites the index a version-2 project wrote without the fold', () => {
    migrate(db, [migration001Initial, migration002SearchIndex]);
    db.prepare("INSERT INTO documents (id, title, source_lang, target_lang, created_at, updated_at) VALUES (1, 't', 'ar', 'en', 0, 0)").run();
    db.prepare("INSERT INTO segments (id, document_id, position, source, target, updated_at) VALUES (7, 1, 0, 'قالت المسؤولة', 'The official said', 0)").run();
    // As version 2 indexed it: the seat kept.
    db.prepare("INSERT INTO segment_search (rowid, source, target) VALUES (7, 'قالت المسؤوله', 'the official said')").run();
    expect(findSegmentsByKey(db, 1 as DocumentId, 'source', 'مسءوله', 10).total).toBe(0);
    migrate(db, [migration001Initial, migration002SearchIndex, migration003HamzaSeats]);
    expect(findSegmentsByKey(db, 1 as DocumentId, 'source', 'مسءوله', 10).items.map((s) => s.id)).toEqual([7 as SegmentId]);
    expect(db.prepare('SELECT count(*) AS n FROM segment_search').get()).toEqual({ n: 1 });
  });
});

describe('migration 004: a compact search index', () => {
  const seed = () => {
    db.prepare("INSERT INTO documents (id, title, source_lang, target_lang, created_at, updated_at) VALUES (1, 't', 'ar', 'en', 0, 0)").run();
    const insert = db.prepare("INSERT INTO segments (id, document_id, position, source, target, updated_at) VALUES (?, 1, ?, ?, ?, 0)");
    insert.run(7, 0, 'قالت المسؤولة', 'The official said');
    // Holds every trigram of "abcd" ("abc", "bcd") but not "abcd" itself: a candidate the index cannot rule out.
    insert.run(8, 1, 'نص', 'xabc bcdx');
    insert.run(9, 2, 'قال', 'abcd in English only');
  };

  it('rebuilds the index of a version-3 project without a copy of the text, and search still finds what it did', () => {
    migrate(db, [migration001Initial, migration002SearchIndex, migration003HamzaSeats]);
    seed();
    db.exec("INSERT INTO segment_search (rowid, source, target) SELECT id, source, lower(target) FROM segments");
    migrate(db, [migration001Initial, migration002SearchIndex, migration003HamzaSeats, migration004CompactSearchIndex]);
    const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'segment_search'").get() as { sql: string }).sql;
    expect(sql).toContain("content = ''");
    expect(sql).toContain('detail = none');
    // No content table: the index cannot hand the text back.
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'segment_search_content'").get()).toEqual({ n: 0 });
    expect(findSegmentsByKey(db, 1 as DocumentId, 'source', 'مسءوله', 10).items.map((s) => s.id)).toEqual([7 as SegmentId]);
    expect(findSegmentsByKey(db, 1 as DocumentId, 'target', 'abcd', 10)).toMatchObject({ total: 1, items: [{ id: 9 }] });
    // The key is in the English of 9, not its Arabic: the column is checked on the text, not the index.
    expect(findSegmentsByKey(db, 1 as DocumentId, 'source', 'abcd', 10).total).toBe(0);
    expect(findSegmentsByKey(db, 1 as DocumentId, 'both', 'abcd', 10).total).toBe(1);
    // Shorter than a trigram: read from the segments.
    expect(findSegmentsByKey(db, 1 as DocumentId, 'source', 'قا', 10).items.map((s) => s.id)).toEqual([7, 9]);
    expect(findSegmentsByKey(db, 1 as DocumentId, 'both', 'قال', 1)).toMatchObject({ total: 2, items: [{ id: 7 }] });
  });

  it('follows edits: a rewritten or deleted segment leaves the index', () => {
    migrate(db, [migration001Initial, migration002SearchIndex, migration003HamzaSeats, migration004CompactSearchIndex]);
    seed();
    fillSearchIndex(db);
    db.prepare("UPDATE segments SET target = 'nothing here' WHERE id = 9").run();
    indexSegmentText(db, 9 as SegmentId, 'قال', 'nothing here');
    expect(findSegmentsByKey(db, 1 as DocumentId, 'target', 'abcd', 10).total).toBe(0);
    removeFromSearchIndex(db, 7 as SegmentId);
    expect(findSegmentsByKey(db, 1 as DocumentId, 'source', 'مسءوله', 10).total).toBe(0);
    expect(findSegmentsByKey(db, 1 as DocumentId, 'target', 'nothing', 10).items.map((s) => s.id)).toEqual([9]);
  });
});

describe('trigramQuery', () => {
  it('asks for each distinct trigram once, quoted, and at most twelve of a long key', () => {
    expect(trigramQuery('abab')).toBe('"aba" AND "bab"');
    expect(trigramQuery('a"bc')).toBe('"a""b" AND """bc"');
    expect(trigramQuery('abcdefghijklmnopqrstuvwxyz').split(' AND ')).toHaveLength(12);
  });
});
