import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentId, SegmentId } from '../../../src/core/model.js';
import { countOpenComments, insertComment } from '../../../src/store/comments.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
let segment: SegmentId;
beforeEach(() => {
  db = createMemoryProject();
  segment = seedDocument(db, [{}]).segmentIds[0]!;
});
afterEach(() => db.close());

const add = (parentId: CommentId | null, resolved: boolean) =>
  insertComment(db, { segmentId: segment, parentId, author: 'a', body: 'b', at: T0, resolvedAt: resolved ? T0 + 1 : null, resolvedBy: resolved ? 'a' : null });

describe('comments', () => {
  it('countOpenComments counts unresolved thread starts, not replies', () => {
    expect(countOpenComments(db, segment)).toBe(0);
    const open = add(null, false);
    add(open, false);
    add(open, false);
    const done = add(null, true);
    add(done, false);
    add(null, false);
    expect(countOpenComments(db, segment)).toBe(2);
  });

  it('deleting a thread start deletes its replies', () => {
    const parent = add(null, false);
    add(parent, false);
    db.prepare('DELETE FROM comments WHERE id = ?').run(parent);
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
  });

  it('rejects a reply to a missing comment (foreign key)', () => {
    expect(() => add(999 as CommentId, false)).toThrow(/FOREIGN KEY/);
  });
});
