import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId, SegmentId } from '../../../src/core/model.js';
import {
  countAttachments, deleteSegmentRow, insertBead, listAnchors, readRange, reanchorAnnotation, restoreRange,
} from '../../../src/store/range-edits.js';
import { getAnnotationRow, insertAnnotation, insertAnnotationLink } from '../../../src/store/annotations.js';
import { insertComment } from '../../../src/store/comments.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { getSegment, getSegmentAt, shiftPositions } from '../../../src/store/segments.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
let doc: DocumentId;
let ids: SegmentId[];
beforeEach(() => {
  db = createMemoryProject();
  ({ documentId: doc, segmentIds: ids } = seedDocument(db, [{ source: 'a b' }, { source: 'c d' }, { source: 'e f' }]));
});
afterEach(() => db.close());

const span = (segmentId: SegmentId, start: number, end: number) =>
  insertAnnotation(db, { segmentId, layer: 'speaker', side: 'source', start, end, author: 'a', at: T0 });

const positions = () => (db.prepare('SELECT id, position FROM segments ORDER BY position').all() as { id: number; position: number }[]);

describe('alignment store', () => {
  it('insertAnnotation enforces the span CHECK (no offsets on segment-level annotations)', () => {
    expect(() => insertAnnotation(db, { segmentId: ids[0]!, layer: 'claim', side: 'segment', start: 0, end: 1, author: 'a', at: T0 })).toThrow(/CHECK/);
    expect(() => span(ids[0]!, 2, 1)).toThrow(/CHECK/);
  });

  it('reanchorAnnotation raises the flag but never lowers it', () => {
    const a = span(ids[0]!, 0, 1);
    reanchorAnnotation(db, a, ids[1]!, 1, 2, true, T0 + 1);
    expect(getAnnotationRow(db, a)).toMatchObject({ segment_id: ids[1], start: 1, end: 2, flagged: 1, updated_at: T0 + 1 });
    reanchorAnnotation(db, a, ids[1]!, 0, 1, false, T0 + 2);
    expect(getAnnotationRow(db, a)!.flagged).toBe(1);
    expect(listAnchors(db, ids[1]!)).toEqual([{ id: a, side: 'source', start: 0, end: 1, flagged: true }]);
  });

  it('shiftPositions and getSegmentAt', () => {
    shiftPositions(db, doc, 1, 5);
    expect(positions().map((p) => p.position)).toEqual([0, 6, 7]);
    expect(getSegmentAt(db, doc, 6)!.id).toBe(ids[1]);
    expect(getSegmentAt(db, doc, 1)).toBeUndefined();
  });

  it('readRange takes the links and comments that hang off the range, even from outside it', () => {
    const inside = span(ids[1]!, 0, 1);
    const outside = span(ids[0]!, 0, 1);
    insertAnnotationLink(db, outside, inside);
    const c = insertComment(db, { segmentId: ids[0]!, parentId: null, author: 'a', body: 'x', at: T0, resolvedAt: null, resolvedBy: null });
    db.prepare('UPDATE comments SET annotation_id = ? WHERE id = ?').run(inside, c);
    const snap = readRange(db, doc, 1, 1);
    expect(snap.segments.map((s) => s.id)).toEqual([ids[1]]);
    expect(snap.annotations.map((a) => a.id)).toEqual([inside]);
    expect(snap.links).toEqual([{ from_id: outside, to_id: inside, kind: 'translation' }]);
    expect(snap.comments.map((x) => x.id)).toEqual([c]);
    expect(readRange(db, doc, 0, 0).segments).toEqual([]);
  });

  it('restoreRange puts rows back with their ids and keeps positions dense', () => {
    const a = span(ids[1]!, 0, 1);
    insertComment(db, { segmentId: ids[1]!, parentId: null, author: 'a', body: 'x', at: T0, resolvedAt: null, resolvedBy: null });
    expect(countAttachments(db, ids[1]!)).toBe(2);
    const snap = readRange(db, doc, 1, 1);
    // Replace the middle segment by two new ones, then restore the snapshot over them.
    deleteSegmentRow(db, ids[1]!);
    shiftPositions(db, doc, 2, 1);
    insertBead(db, doc, 1, { paragraph: 0, source: 'x', target: '', status: 'new', alignConfirmed: false, alignScore: 0.5, doNotTranslate: false }, T0, 'e');
    insertBead(db, doc, 2, { paragraph: 0, source: 'y', target: '', status: 'new', alignConfirmed: true, alignScore: null, doNotTranslate: false }, T0, 'e');
    expect(getSegmentAt(db, doc, 1)).toMatchObject({ alignScore: 0.5, alignConfirmed: false });
    restoreRange(db, doc, 1, 2, snap);
    expect(positions()).toEqual(ids.map((id, position) => ({ id, position })));
    expect(getSegment(db, ids[1]!)!.source).toBe('c d');
    expect(getAnnotationRow(db, a)!.segment_id).toBe(ids[1]);
    expect(db.prepare('SELECT count(*) AS n FROM segment_search').get()).toEqual({ n: 3 });
  });
});
