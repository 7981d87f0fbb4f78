import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, CommentId, DocumentId, SegmentId } from '../../../src/core/model.js';
import { mergeWithNext } from '../../../src/services/alignment-edit-service.js';
import {
  addComment, deleteComment, editComment, listDocumentThreads, listThreads, reopenThread, replyToComment, resolveThread,
} from '../../../src/services/comment-service.js';
import { clearHistory, historyState, redoLast, undoLast } from '../../../src/services/edit-history.js';
import { insertAnnotation } from '../../../src/store/annotations.js';
import { readCommentRows } from '../../../src/store/comments.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { updateSegmentTarget } from '../../../src/store/segment-updates.js';
import { getSegment } from '../../../src/store/segments.js';
import { T0, seedDocument, testContext } from '../helpers/store-fixtures.js';

let db: Database;
let ctx: ReturnType<typeof testContext>;
let doc: DocumentId;
let ids: SegmentId[];

beforeEach(() => {
  db = createMemoryProject();
  ctx = testContext('Rana');
  ({ documentId: doc, segmentIds: ids } = seedDocument(db, [
    { source: 'قال المتحدث', target: 'The spokesman said' },
    { source: 'إن المحادثات علقت.', target: 'the talks were suspended.' },
    { source: 'ثالث', target: '' },
  ]));
});
afterEach(() => {
  clearHistory(db);
  db.close();
});

/** Every stored comment row: what undo and redo must put back exactly. */
const allRows = () => db.prepare('SELECT * FROM comments ORDER BY id').all();
const bodies = (segment: SegmentId) => listThreads(db, segment).map((t) => [t.root.body, ...t.replies.map((r) => r.body)]);

function add(body: string, segment = ids[0]!): CommentId {
  return addComment(db, ctx, segment, body).comment!.id;
}

function as<T>(user: string, work: () => T): T {
  const before = ctx.user();
  ctx.setUser(user);
  try {
    return work();
  } finally {
    ctx.setUser(before);
  }
}

describe('addComment and replyToComment', () => {
  it('starts a thread by the current user at the current time, and returns the threads, the segment with its count, the undo state', () => {
    const result = addComment(db, ctx, ids[0]!, '  “Militants” is stronger than the Arabic.  ');
    expect(result.comment).toMatchObject({ segmentId: ids[0], parentId: null, annotationId: null, author: 'Rana', body: '“Militants” is stronger than the Arabic.', resolvedAt: null });
    expect(result.comment!.createdAt).toBeGreaterThan(T0);
    expect(result.comment!.updatedAt).toBe(result.comment!.createdAt);
    expect(result.segmentId).toBe(ids[0]);
    expect(result.threads).toEqual([{ root: result.comment, replies: [] }]);
    expect(result.segment).toMatchObject({ id: ids[0], openComments: 1 });
    expect(result.history).toMatchObject({ canUndo: true, undoLabel: 'Add comment' });
  });

  it('replies join the thread, a reply to a reply too (threads are one level deep); a reply does not open a new thread', () => {
    const root = add('Is this right?');
    const reply = as('Omar', () => replyToComment(db, ctx, root, 'Yes.'));
    expect(reply.comment).toMatchObject({ parentId: root, author: 'Omar', segmentId: ids[0] });
    const nested = replyToComment(db, ctx, reply.comment!.id, 'Thanks.');
    expect(nested.comment!.parentId).toBe(root);
    expect(bodies(ids[0]!)).toEqual([['Is this right?', 'Yes.', 'Thanks.']]);
    expect(nested.segment.openComments).toBe(1);
    expect(nested.history.undoLabel).toBe('Reply');
  });

  it('a thread on an annotation keeps it, and so do its replies; an annotation of another segment is refused', () => {
    const annotation = insertAnnotation(db, { segmentId: ids[0]!, layer: 'claim', side: 'segment', start: null, end: null, speakerId: null, label: null, attrs: {}, author: 'x', at: T0 });
    const root = addComment(db, ctx, ids[0]!, 'Check-worthy?', annotation).comment!;
    expect(root.annotationId).toBe(annotation);
    expect(replyToComment(db, ctx, root.id, 'Yes').comment!.annotationId).toBe(annotation);
    expect(() => addComment(db, ctx, ids[1]!, 'x', annotation)).toThrow(/not on segment/);
    expect(() => addComment(db, ctx, ids[1]!, 'x', 999 as AnnotationId)).toThrow(/does not exist/);
  });

  it.each([
    ['an empty comment', () => addComment(db, ctx, ids[0]!, ''), /needs some text/],
    ['a blank comment', () => addComment(db, ctx, ids[0]!, ' \n\t '), /needs some text/],
    ['a blank reply', (parent: CommentId) => replyToComment(db, ctx, parent, '   '), /needs some text/],
    ['a missing segment', () => addComment(db, ctx, 999 as SegmentId, 'x'), /segment 999 does not exist/],
    ['a reply to a missing comment', () => replyToComment(db, ctx, 999 as CommentId, 'x'), /comment 999 does not exist/],
  ] as const)('refuses %s: nothing written, nothing recorded', (_name, run, message) => {
    const parent = add('q');
    const rows = allRows();
    expect(() => run(parent)).toThrow(message);
    expect(allRows()).toEqual(rows);
    expect(historyState(db).undoLabel).toBe('Add comment');
  });
});

describe('editComment and deleteComment: own comments only', () => {
  it('edits the text of your own comment; updatedAt moves, createdAt stays; the same text records nothing', () => {
    const id = add('Frist draft');
    const edited = editComment(db, ctx, id, 'First draft');
    expect(edited.comment).toMatchObject({ body: 'First draft' });
    expect(edited.comment!.updatedAt).toBeGreaterThan(edited.comment!.createdAt);
    expect(edited.history.undoLabel).toBe('Edit comment');
    undoLast(db); // the edit
    undoLast(db); // the add
    redoLast(db);
    expect(editComment(db, ctx, id, 'Frist draft').history.undoLabel).toBe('Add comment');
  });

  it.each([
    ['edit', (id: CommentId) => editComment(db, ctx, id, 'mine now'), /only the author may edit a comment: this one is Omar's \(reply to it instead\)/],
    ['delete', (id: CommentId) => deleteComment(db, ctx, id), /only the author may delete a comment: this one is Omar's/],
  ] as const)('refuses to %s someone else\'s comment, with code bad-input, and changes nothing', (_verb, run, message) => {
    const theirs = as('Omar', () => add('Mine.'));
    const rows = allRows();
    expect(() => run(theirs)).toThrow(message);
    expect(() => run(theirs)).toThrow(expect.objectContaining({ code: 'bad-input' }));
    expect(allRows()).toEqual(rows);
    expect(historyState(db).undoLabel).toBe('Add comment');
  });

  it('deletes a reply of yours, and a thread whose replies are all yours (label says which)', () => {
    const root = add('q');
    const reply = replyToComment(db, ctx, root, 'r').comment!.id;
    expect(deleteComment(db, ctx, reply).history.undoLabel).toBe('Delete comment');
    expect(bodies(ids[0]!)).toEqual([['q']]);
    replyToComment(db, ctx, root, 'r2');
    const gone = deleteComment(db, ctx, root);
    expect(gone).toMatchObject({ comment: null, threads: [], segment: { openComments: 0 }, history: { undoLabel: 'Delete comment thread' } });
    expect(allRows()).toEqual([]);
  });

  it('refuses to delete a thread start that has someone else\'s replies, naming them', () => {
    const root = add('q');
    as('Omar', () => replyToComment(db, ctx, root, 'answer'));
    as('Layla', () => replyToComment(db, ctx, root, 'me too'));
    expect(() => deleteComment(db, ctx, root)).toThrow(/replies from Omar, Layla: deleting its first comment would delete their replies too\. Resolve the thread instead/);
    expect(bodies(ids[0]!)).toEqual([['q', 'answer', 'me too']]);
  });
});

describe('resolveThread and reopenThread', () => {
  it('anyone resolves (time and name kept) and reopens; a reply\'s id stands for its thread; the count follows', () => {
    const root = add('q');
    const reply = as('Omar', () => replyToComment(db, ctx, root, 'a').comment!.id);
    const resolved = as('Omar', () => resolveThread(db, ctx, reply));
    expect(resolved.comment).toMatchObject({ id: root, resolvedBy: 'Omar' });
    expect(resolved.comment!.resolvedAt).toBeGreaterThan(T0);
    expect(resolved.segment.openComments).toBe(0);
    expect(resolved.history.undoLabel).toBe('Resolve thread');
    const reopened = reopenThread(db, ctx, root);
    expect(reopened.comment).toMatchObject({ resolvedAt: null, resolvedBy: null });
    expect(reopened.segment.openComments).toBe(1);
    expect(reopened.history.undoLabel).toBe('Reopen thread');
  });

  it('resolving a resolved thread (or reopening an open one) changes nothing and records nothing', () => {
    const root = add('q');
    expect(reopenThread(db, ctx, root).history.undoLabel).toBe('Add comment');
    resolveThread(db, ctx, root);
    const rows = allRows();
    expect(resolveThread(db, ctx, root).history.undoLabel).toBe('Resolve thread');
    undoLast(db);
    expect(historyState(db).undoLabel).toBe('Add comment');
    expect(allRows()).not.toEqual(rows);
  });
});

describe('undo and redo of every comment action', () => {
  // Each case: set up (not undone), then the action; undo must give back exactly the rows before it,
  // redo exactly the rows after it, and both report the comment's segment as the changed row.
  const nothing = () => undefined;
  const cases: [string, (root: CommentId) => unknown, (root: CommentId) => unknown, string][] = [
    ['add', nothing, () => addComment(db, ctx, ids[1]!, 'another thread'), 'Add comment'],
    ['reply', nothing, (root) => replyToComment(db, ctx, root, 'a reply'), 'Reply'],
    ['edit', nothing, (root) => editComment(db, ctx, root, 'edited'), 'Edit comment'],
    ['delete a reply', nothing, (root) => deleteComment(db, ctx, listThreads(db, ids[1]!).find((t) => t.root.id === root)!.replies[0]!.id), 'Delete comment'],
    ['delete a thread', nothing, (root) => deleteComment(db, ctx, root), 'Delete comment thread'],
    ['resolve', nothing, (root) => as('Omar', () => resolveThread(db, ctx, root)), 'Resolve thread'],
    ['reopen', (root) => resolveThread(db, ctx, root), (root) => reopenThread(db, ctx, root), 'Reopen thread'],
  ];

  it.each(cases)('%s', (_name, setUp, act, label) => {
    const root = addComment(db, ctx, ids[1]!, 'q').comment!.id;
    replyToComment(db, ctx, root, 'own reply');
    setUp(root);
    const segmentBefore = getSegment(db, ids[1]!)!;
    const before = allRows();
    act(root);
    const after = allRows();
    expect(after).not.toEqual(before);
    expect(historyState(db).undoLabel).toBe(label);

    const undone = undoLast(db);
    expect(undone.label).toBe(label);
    expect(allRows()).toEqual(before);
    expect(undone.change).toMatchObject({ documentId: doc, from: 1, removed: 1, total: 3 });
    expect(undone.change.segments).toEqual([segmentBefore]);
    expect(undone.history).toMatchObject({ canRedo: true, redoLabel: label });

    const redone = redoLast(db);
    expect(redone.label).toBe(label);
    expect(allRows()).toEqual(after);
    expect(redone.change.segments.map((s) => [s.id, s.openComments])).toEqual([[ids[1], getSegment(db, ids[1]!)!.openComments]]);
  });

  it('undoes a comment after its segment\'s text changed outside the history (only the comment rows are checked)', () => {
    const id = add('q');
    updateSegmentTarget(db, ids[0]!, 'The spokesman said, today', T0 + 99, 'someone');
    undoLast(db);
    expect(readCommentRows(db, [id])).toEqual([]);
    redoLast(db);
    expect(readCommentRows(db, [id])).toHaveLength(1);
  });

  it('follows a comment moved by a merge: undo the merge, then the comment', () => {
    const id = add('on the second', ids[1]!);
    mergeWithNext(db, ctx, ids[0]!);
    expect(readCommentRows(db, [id])[0]!.segment_id).toBe(ids[0]);
    undoLast(db);
    expect(readCommentRows(db, [id])[0]!.segment_id).toBe(ids[1]);
    const outcome = undoLast(db);
    expect(outcome.label).toBe('Add comment');
    expect(outcome.change.from).toBe(1);
    expect(readCommentRows(db, [id])).toEqual([]);
  });

  it('refuses to undo over a change it does not know (the comment was deleted outside the history) and says why', () => {
    const id = add('q');
    db.prepare('DELETE FROM comments WHERE id = ?').run(id);
    expect(() => undoLast(db)).toThrow(/cannot undo "Add comment": the comment was changed or deleted since/);
  });

  it('refuses to redo an add when the segment is gone', () => {
    const id = add('q', ids[2]!);
    undoLast(db);
    db.prepare('DELETE FROM segments WHERE id = ?').run(ids[2]);
    expect(() => redoLast(db)).toThrow(/its segment was removed since/);
    expect(readCommentRows(db, [id])).toEqual([]);
  });
});

describe('listDocumentThreads', () => {
  beforeEach(() => {
    const a = add('on the first');
    as('Omar', () => replyToComment(db, ctx, a, 'reply by Omar'));
    const b = as('Omar', () => add('resolved one', ids[1]!));
    resolveThread(db, ctx, b);
    as('Layla', () => add('on the third, which has no English', ids[2]!));
  });

  it.each([
    ['all', { state: 'all' as const }, ['on the first', 'resolved one', 'on the third, which has no English']],
    ['open', { state: 'open' as const }, ['on the first', 'on the third, which has no English']],
    ['resolved', { state: 'resolved' as const }, ['resolved one']],
    ['by Omar (started or replied)', { state: 'all' as const, author: 'Omar' }, ['on the first', 'resolved one']],
    ['open by Omar', { state: 'open' as const, author: 'Omar' }, ['on the first']],
    ['by Layla', { state: 'all' as const, author: 'Layla' }, ['on the third, which has no English']],
  ])('%s', (_name, filter, expected) => {
    const listed = listDocumentThreads(db, doc, filter);
    expect(listed.threads.map((t) => t.root.body)).toEqual(expected);
    expect(listed).toMatchObject({ authors: ['Layla', 'Omar', 'Rana'], open: 2, resolved: 1 });
  });

  it('places each thread: document, position, an excerpt (the English, else the Arabic)', () => {
    const listed = listDocumentThreads(db, doc);
    expect(listed.threads.map((t) => [t.documentId, t.position, t.excerpt, t.replies.length])).toEqual([
      [doc, 0, 'The spokesman said', 1], [doc, 1, 'the talks were suspended.', 0], [doc, 2, 'ثالث', 0],
    ]);
  });

  it('refuses a missing document', () => {
    expect(() => listDocumentThreads(db, 999 as DocumentId)).toThrow(/document 999 does not exist/);
  });
});
