import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentId, DocumentId, SegmentId } from '../../../src/core/model.js';
import {
  deleteComment, getComment, insertComment, insertCommentRow, listDocumentComments, listSegmentComments,
  overwriteCommentRow, readCommentRows, repliesOutside, setCommentResolved, updateCommentBody,
} from '../../../src/store/comments.js';
import { insertAnnotation } from '../../../src/store/annotations.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { getSegment, getSegmentAt, listSegments, listSegmentsAt } from '../../../src/store/segments.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
let doc: DocumentId;
let ids: SegmentId[];
let segment: SegmentId;
beforeEach(() => {
  db = createMemoryProject();
  ({ documentId: doc, segmentIds: ids } = seedDocument(db, [{ target: 'first' }, { source: 'ثاني', target: '' }, {}]));
  segment = ids[0]!;
});
afterEach(() => db.close());

const add = (parentId: CommentId | null, resolved: boolean, on: SegmentId = segment, author = 'a', at = T0) =>
  insertComment(db, { segmentId: on, parentId, author, body: 'b', at, resolvedAt: resolved ? at + 1 : null, resolvedBy: resolved ? author : null });

describe('comments', () => {
  it('a segment counts its unresolved thread starts as open comments, not replies', () => {
    expect(getSegment(db, segment)?.openComments).toBe(0);
    const open = add(null, false);
    add(open, false);
    add(open, false);
    const done = add(null, true);
    add(done, false);
    add(null, false);
    expect(getSegment(db, segment)?.openComments).toBe(2);
  });

  it('deleting a thread start deletes its replies', () => {
    const parent = add(null, false);
    add(parent, false);
    deleteComment(db, parent);
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
  });

  it('rejects a reply to a missing comment (foreign key)', () => {
    expect(() => add(999 as CommentId, false)).toThrow(/FOREIGN KEY/);
  });

  it('inserts with an annotation, reads back as a Comment', () => {
    const annotation = insertAnnotation(db, { segmentId: segment, layer: 'claim', side: 'segment', start: null, end: null, speakerId: null, label: null, attrs: {}, author: 'a', at: T0 });
    const id = insertComment(db, { segmentId: segment, annotationId: annotation, parentId: null, author: 'Rana', body: 'Which claim?', at: T0, resolvedAt: null, resolvedBy: null });
    expect(getComment(db, id)).toEqual({
      id, segmentId: segment, annotationId: annotation, parentId: null, author: 'Rana', body: 'Which claim?', createdAt: T0, updatedAt: T0, resolvedAt: null, resolvedBy: null,
    });
    expect(getComment(db, 12345 as CommentId)).toBeUndefined();
  });

  it('lists a segment\'s comments oldest first and a document\'s in reading order with their segment', () => {
    const late = add(null, false, ids[0], 'a', T0 + 50);
    const early = add(null, false, ids[0], 'a', T0 + 10);
    const other = add(null, false, ids[1], 'b', T0);
    expect(listSegmentComments(db, ids[0]!).map((c) => c.id)).toEqual([early, late]);
    expect(listDocumentComments(db, doc).map((r) => [r.comment.id, r.position, r.target])).toEqual([
      [early, 0, 'first'], [late, 0, 'first'], [other, 1, ''],
    ]);
    const otherDoc = seedDocument(db, [{}], 'other');
    add(null, false, otherDoc.segmentIds[0]);
    expect(listDocumentComments(db, doc)).toHaveLength(3);
  });

  it('updates a body (updated_at moves, created_at stays) and resolves / reopens', () => {
    const id = add(null, false);
    updateCommentBody(db, id, 'new text', T0 + 5);
    setCommentResolved(db, id, T0 + 6, 'Omar');
    expect(getComment(db, id)).toMatchObject({ body: 'new text', createdAt: T0, updatedAt: T0 + 5, resolvedAt: T0 + 6, resolvedBy: 'Omar' });
    setCommentResolved(db, id, null, null);
    expect(getComment(db, id)).toMatchObject({ resolvedAt: null, resolvedBy: null });
  });

  it('raw rows: read, find replies outside a set, put back with the same id, overwrite', () => {
    const root = add(null, false);
    const reply = add(root, false);
    const rows = readCommentRows(db, [reply, root, 999 as CommentId]);
    expect(rows.map((r) => r.id)).toEqual([root, reply]);
    expect(repliesOutside(db, [root])).toEqual([reply]);
    expect(repliesOutside(db, [root, reply])).toEqual([]);
    deleteComment(db, root);
    for (const r of rows) insertCommentRow(db, r);
    expect(readCommentRows(db, [root, reply])).toEqual(rows);
    expect(() => insertCommentRow(db, rows[0]!)).toThrow(/UNIQUE|PRIMARY KEY/);
    overwriteCommentRow(db, { ...rows[0]!, body: 'overwritten', resolved_at: 7, resolved_by: 'x' });
    expect(getComment(db, root)).toMatchObject({ body: 'overwritten', resolvedAt: 7, resolvedBy: 'x' });
  });
});

describe('segments carry their open-thread count', () => {
  it.each([
    ['getSegment', () => getSegment(db, ids[0]!)?.openComments],
    ['getSegmentAt', () => getSegmentAt(db, doc, 0)?.openComments],
    ['listSegments', () => listSegments(db, doc, 0, 10).map((s) => s.openComments)],
    ['listSegmentsAt', () => listSegmentsAt(db, doc, 0, 2).map((s) => s.openComments)],
  ] as const)('%s', (_name, read) => {
    const before = read();
    const root = add(null, false, ids[0]);
    add(root, false, ids[0]);
    add(null, true, ids[0]);
    add(null, false, ids[1]);
    const after = read();
    if (Array.isArray(before)) {
      expect(before.every((n) => n === 0)).toBe(true);
      expect(after).toEqual(before.length === 2 ? [1, 1] : [1, 1, 0]);
    } else {
      expect([before, after]).toEqual([0, 1]);
    }
  });

  it('listSegmentsAt reads a position range (empty for no rows)', () => {
    expect(listSegmentsAt(db, doc, 1, 2).map((s) => s.id)).toEqual([ids[1], ids[2]]);
    expect(listSegmentsAt(db, doc, 1, 0)).toEqual([]);
  });
});
