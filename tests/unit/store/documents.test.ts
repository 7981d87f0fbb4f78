import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId } from '../../../src/core/model.js';
import { insertComment } from '../../../src/store/comments.js';
import { getDocument, insertDocument, listDocuments, touchDocument } from '../../../src/store/documents.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { recordRevision } from '../../../src/store/revisions.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('documents', () => {
  it('insert, get and list with their segment counts, in id order', () => {
    const a = insertDocument(db, { title: 'A', sourceLang: 'ar', targetLang: 'en', sourceName: 'a.txt', at: T0 });
    const { documentId: b } = seedDocument(db, [{}, {}, {}], 'B');
    expect(getDocument(db, a)).toEqual({
      id: a, title: 'A', sourceLang: 'ar', targetLang: 'en', sourceName: 'a.txt', createdAt: T0, updatedAt: T0, segmentCount: 0,
    });
    expect(listDocuments(db).map((d) => [d.id, d.title, d.segmentCount])).toEqual([[a, 'A', 0], [b, 'B', 3]]);
    expect(getDocument(db, 999 as DocumentId)).toBeUndefined();
  });

  it('touchDocument moves updated_at only', () => {
    const { documentId } = seedDocument(db, []);
    touchDocument(db, documentId, T0 + 42);
    expect(getDocument(db, documentId)).toMatchObject({ createdAt: T0, updatedAt: T0 + 42 });
  });

  it('deleting a document cascades to its segments, revisions, comments and annotations only', () => {
    const { documentId, segmentIds } = seedDocument(db, [{}, {}]);
    const { segmentIds: kept } = seedDocument(db, [{}]);
    for (const segmentId of [...segmentIds, ...kept]) {
      recordRevision(db, { segmentId, field: 'target', before: '', after: 'x', author: 'a', at: T0, session: null });
      const parentId = insertComment(db, { segmentId, parentId: null, author: 'a', body: 'b', at: T0, resolvedAt: null, resolvedBy: null });
      insertComment(db, { segmentId, parentId, author: 'a', body: 'reply', at: T0, resolvedAt: null, resolvedBy: null });
      db.prepare("INSERT INTO annotations (segment_id, layer, side, author, created_at, updated_at) VALUES (?, 'claim', 'segment', 'a', 0, 0)").run(segmentId);
    }
    expect([count('segments'), count('revisions'), count('comments'), count('annotations')]).toEqual([3, 3, 6, 3]);
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    expect([count('segments'), count('revisions'), count('comments'), count('annotations')]).toEqual([1, 1, 2, 1]);
    expect(db.prepare('SELECT DISTINCT segment_id FROM revisions').all()).toEqual([{ segment_id: kept[0] }]);
  });
});
