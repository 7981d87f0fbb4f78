import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { createMemoryProject } from '../../../../src/store/open-database.js';
import { deleteQaIgnore, listQaIgnores, upsertQaIgnore } from '../../../../src/store/qa.js';
import { seedDocument } from '../../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

describe('migration 007: qa_ignores', () => {
  it('keeps one ignore per segment, check and fingerprint (a second updates who and why)', () => {
    const { documentId, segmentIds } = seedDocument(db, [{}, {}]);
    const seed = { segmentId: segmentIds[0]!, check: 'c', fingerprint: 'f', author: 'a', reason: 'r', at: 1 };
    upsertQaIgnore(db, seed);
    upsertQaIgnore(db, { ...seed, author: 'b', reason: 'later', at: 2 });
    expect(listQaIgnores(db, documentId)).toEqual([{ segment_id: segmentIds[0], check_id: 'c', fingerprint: 'f', author: 'b', reason: 'later', created_at: 2 }]);
    expect(deleteQaIgnore(db, segmentIds[0]!, 'c', 'f')).toBe(true);
    expect(listQaIgnores(db, documentId)).toEqual([]);
  });

  it('goes with its segment', () => {
    const { documentId, segmentIds } = seedDocument(db, [{}]);
    upsertQaIgnore(db, { segmentId: segmentIds[0]!, check: 'c', fingerprint: 'f', author: 'a', reason: 'r', at: 1 });
    db.prepare('DELETE FROM segments WHERE id = ?').run(segmentIds[0]);
    expect(listQaIgnores(db, documentId)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM qa_ignores').get()).toEqual({ n: 0 });
  });
});
