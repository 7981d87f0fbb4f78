import { describe, expect, it } from 'vitest';
import type { CommentId, SegmentId } from '../../../../src/core/model.js';
import { groupThreads, threadMatches, type Comment, type CommentThread, type ThreadFilter } from '../../../../src/core/review/comments.js';

function comment(id: number, parentId: number | null, author = 'Rana', createdAt = id * 10, resolvedAt: number | null = null): Comment {
  return {
    id: id as CommentId, segmentId: 1 as SegmentId, annotationId: null, parentId: parentId as CommentId | null, author, body: `c${id}`,
    createdAt, updatedAt: createdAt, resolvedAt, resolvedBy: resolvedAt === null ? null : author,
  };
}

const shape = (threads: CommentThread[]) => threads.map((t) => [t.root.id, t.replies.map((r) => r.id)]);

describe('groupThreads', () => {
  it.each([
    ['no comments', [], []],
    ['one thread with replies in time order', [comment(3, 1), comment(1, null), comment(2, 1)], [[1, [2, 3]]]],
    ['threads oldest first', [comment(5, null, 'a', 1), comment(4, null, 'a', 9)], [[5, []], [4, []]]],
    ['same time: by id', [comment(7, null, 'a', 5), comment(6, null, 'a', 5)], [[6, []], [7, []]]],
    ['a reply whose start is missing stands alone', [comment(1, null), comment(9, 8)], [[1, []], [9, []]]],
  ] as const)('%s', (_name, comments, expected) => {
    expect(shape(groupThreads(comments))).toEqual(expected);
  });
});

describe('threadMatches', () => {
  const open: CommentThread = { root: comment(1, null, 'Rana'), replies: [comment(2, 1, 'Omar')] };
  const resolved: CommentThread = { root: comment(3, null, 'Omar', 30, 40), replies: [] };
  it.each<[string, ThreadFilter, boolean, boolean]>([
    ['all', { state: 'all' }, true, true],
    ['open', { state: 'open' }, true, false],
    ['resolved', { state: 'resolved' }, false, true],
    ['author who started it', { state: 'all', author: 'Rana' }, true, false],
    ['author who replied', { state: 'all', author: 'Omar' }, true, true],
    ['author and state', { state: 'open', author: 'Omar' }, true, false],
    ['empty author is no filter', { state: 'all', author: '' }, true, true],
    ['nobody', { state: 'all', author: 'Zaid' }, false, false],
  ])('%s', (_name, filter, openPasses, resolvedPasses) => {
    expect([threadMatches(open, filter), threadMatches(resolved, filter)]).toEqual([openPasses, resolvedPasses]);
  });
});
