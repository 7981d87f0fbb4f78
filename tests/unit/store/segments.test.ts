import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEGMENT_STATUSES, isConfirmed, type DocumentId, type SegmentId, type SegmentStatus } from '../../../src/core/model.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import {
  countSegments, findNextOpenSegment, getSegment, insertSegment, listSegments, segmentIndex,
} from '../../../src/store/segments.js';
import { updateSegmentStatus, updateSegmentTarget } from '../../../src/store/segment-updates.js';
import { T0, seedDocument, type SegmentSeed } from '../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

describe('insertSegment / getSegment', () => {
  it('round-trips every field', () => {
    const { documentId, segmentIds } = seedDocument(db, [
      { source: 'قال كيربي.', target: 'Kirby said.', status: 'reviewed', doNotTranslate: true, paragraph: 4 },
    ]);
    expect(getSegment(db, segmentIds[0]!)).toEqual({
      id: segmentIds[0], documentId, position: 0, paragraph: 4, source: 'قال كيربي.', target: 'Kirby said.',
      status: 'reviewed', alignConfirmed: false, alignScore: null, doNotTranslate: true, updatedAt: T0, updatedBy: 'seed', openComments: 0,
    });
  });

  it('returns undefined for a missing id', () => {
    expect(getSegment(db, 999 as SegmentId)).toBeUndefined();
  });

  it('rejects a segment of a missing document (foreign key)', () => {
    expect(() => insertSegment(db, {
      documentId: 42 as DocumentId, position: 0, paragraph: 0, source: 's', target: '', status: 'new',
      doNotTranslate: false, at: T0, by: null,
    })).toThrow(/FOREIGN KEY/);
  });
});

describe('listSegments', () => {
  // Inserted out of order: listing must follow position, not insertion order.
  const positions = [3, 0, 4, 1, 2, 6, 5];
  let documentId: DocumentId;
  beforeEach(() => {
    ({ documentId } = seedDocument(db, positions.map((p) => ({ position: p, source: `p${p}` }))));
    seedDocument(db, [{ source: 'other document' }]);
  });

  it.each([
    [0, 3, ['p0', 'p1', 'p2']],
    [3, 3, ['p3', 'p4', 'p5']],
    [6, 3, ['p6']],
    [7, 3, []],
    [0, 100, ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']],
  ])('offset %i, limit %i → %j', (offset, limit, sources) => {
    expect(listSegments(db, documentId, offset, limit).map((s) => s.source)).toEqual(sources);
  });

  it('counts only the document’s own segments', () => {
    expect(countSegments(db, documentId)).toBe(positions.length);
  });

  it('segmentIndex is the 0-based place in document order', () => {
    for (const [index, segment] of listSegments(db, documentId, 0, 100).entries()) {
      expect(segmentIndex(db, segment)).toBe(index);
    }
  });
});

describe('findNextOpenSegment', () => {
  const doc: SegmentSeed[] = [
    { status: 'new' },                         // 0 open
    { status: 'translated' },                  // 1
    { status: 'draft' },                       // 2 open
    { status: 'new', doNotTranslate: true },   // 3 skipped: do not translate
    { status: 'approved' },                    // 4
    { status: 'rejected' },                    // 5 open
    { status: 'reviewed' },                    // 6
  ];
  let documentId: DocumentId;
  beforeEach(() => {
    ({ documentId } = seedDocument(db, doc));
    seedDocument(db, [{ status: 'new' }, { status: 'new' }]);
  });

  it.each([
    [-1, 0],
    [0, 2],
    [1, 2],
    [2, 5],
    [3, 5],
    [5, 0], // wraps around to the start
    [6, 0],
    [100, 0],
  ])('after position %i → position %i', (after, expected) => {
    expect(findNextOpenSegment(db, documentId, after)?.position).toBe(expected);
  });

  it('returns undefined when everything is confirmed or not to be translated', () => {
    const { documentId: done } = seedDocument(db, [{ status: 'approved' }, { status: 'new', doNotTranslate: true }, { status: 'translated' }]);
    expect(findNextOpenSegment(db, done, 0)).toBeUndefined();
  });

  it.each(SEGMENT_STATUSES.map((s) => [s, !isConfirmed(s)] as const))(
    'a lone %s segment elsewhere is open: %s (agrees with isConfirmed)',
    (status: SegmentStatus, open) => {
      const { documentId: single } = seedDocument(db, [{ status: 'approved' }, { status }]);
      expect(findNextOpenSegment(db, single, 0)?.position).toBe(open ? 1 : undefined);
    },
  );
});

describe('updates', () => {
  it('updateSegmentTarget and updateSegmentStatus set the value, time and author', () => {
    const { segmentIds } = seedDocument(db, [{}]);
    const id = segmentIds[0]!;
    updateSegmentTarget(db, id, 'Hello', T0 + 5, 'ana');
    expect(getSegment(db, id)).toMatchObject({ target: 'Hello', updatedAt: T0 + 5, updatedBy: 'ana' });
    updateSegmentStatus(db, id, 'approved', T0 + 9, 'rev');
    expect(getSegment(db, id)).toMatchObject({ target: 'Hello', status: 'approved', updatedAt: T0 + 9, updatedBy: 'rev' });
  });

  it.each(['done', '', 'New', 'APPROVED'])('CHECK rejects the status %j', (bad) => {
    const { segmentIds } = seedDocument(db, [{}]);
    expect(() => updateSegmentStatus(db, segmentIds[0]!, bad as SegmentStatus, T0, 'x')).toThrow(/CHECK constraint failed/);
    expect(getSegment(db, segmentIds[0]!)?.status).toBe('new');
  });

  it.each([
    ['align_confirmed', 2],
    ['do_not_translate', -1],
  ])('CHECK rejects %s = %i', (column, value) => {
    const { segmentIds } = seedDocument(db, [{}]);
    expect(() => db.prepare(`UPDATE segments SET ${column} = ? WHERE id = ?`).run(value, segmentIds[0]!)).toThrow(/CHECK constraint failed/);
  });
});
