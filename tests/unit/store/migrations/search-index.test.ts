import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId, SegmentId } from '../../../../src/core/model.js';
import { migration001Initial } from '../../../../src/store/migrations/001-initial.js';
import { migration002SearchIndex } from '../../../../src/store/migrations/002-search-index.js';
import { migration003HamzaSeats } from '../../../../src/store/migrations/003-hamza-seats.js';
import { migrate } from '../../../../src/store/open-database.js';
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
