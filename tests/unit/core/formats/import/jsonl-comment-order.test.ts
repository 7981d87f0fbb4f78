import { describe, expect, it } from 'vitest';
import { commentsParentsFirst, type JsonlComment, type JsonlSegment } from '../../../../../src/core/formats/import/jsonl.js';

const comment = (id: number, parent: number | null): JsonlComment => ({
  id, parent, annotation: null, author: 'a', body: `c${id}`, createdAt: 0, resolvedAt: null, resolvedBy: null,
});
const segment = (id: number, comments: JsonlComment[]): JsonlSegment => ({
  line: id, id, position: id, paragraph: 0, status: 'new', source: 'س', target: '', doNotTranslate: false, annotations: [], comments,
});

describe('commentsParentsFirst', () => {
  it('keeps file order where parents come first, and puts a reply written early right after its parent', () => {
    const order = commentsParentsFirst([segment(1, [comment(1, null), comment(3, 2), comment(4, 1)]), segment(2, [comment(2, 1)])]);
    expect(order.map((o) => [o.comment.id, o.parent, o.segmentId])).toEqual([[1, null, 1], [4, 1, 1], [2, 1, 2], [3, 2, 1]]);
  });

  it('orders a 60,000-reply chain written children-first with every parent before its reply', () => {
    const n = 60_000;
    const comments = Array.from({ length: n }, (_, k) => comment(n - k, n - k === 1 ? null : n - k - 1));
    const order = commentsParentsFirst([segment(1, comments)]);
    expect(order).toHaveLength(n);
    const at = new Map(order.map((o, k) => [o.comment.id, k]));
    expect(order.every((o) => o.parent === null || at.get(o.parent)! < at.get(o.comment.id)!)).toBe(true);
    expect(order[0]!.comment.id).toBe(1);
  });

  it('breaks a cycle of replies at its first comment in the file, losing none', () => {
    const order = commentsParentsFirst([segment(1, [comment(7, 8), comment(8, 7), comment(9, null)])]);
    expect(order.map((o) => [o.comment.id, o.parent])).toEqual([[9, null], [7, null], [8, 7]]);
  });
});
