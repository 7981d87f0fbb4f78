import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { contract } from '../../../src/api/contract.js';
import { MizanError } from '../../../src/core/errors.js';
import { isIdValue, nullableId, toDocumentId, toSegmentId, type DocumentId, type SegmentId } from '../../../src/core/ids.js';
import { pageSegments, requireSegment } from '../../../src/services/segment-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { seedDocument } from '../helpers/store-fixtures.js';

describe('ids at the IPC boundary', () => {
  it.each([
    ['a fraction', 1.5],
    ['zero', 0],
    ['a negative number', -3],
    ['a numeric string', '7'],
    ['NaN', Number.NaN],
    ['a number past 2^53', 2 ** 53 + 2],
  ])('the contract refuses %s as a segment id', (_what, value) => {
    expect(contract['segment.get'].input.safeParse({ segmentId: value }).success).toBe(false);
  });

  it('refuses a bad id inside nested and optional places too', () => {
    expect(contract['annotation.forSegments'].input.safeParse({ segmentIds: [1, -1] }).success).toBe(false);
    expect(contract['stats.get'].input.safeParse({ documentId: 0.5 }).success).toBe(false);
    expect(contract['comment.add'].input.safeParse({ segmentId: 1, body: 'x', annotationId: 0 }).success).toBe(false);
    expect(contract['stats.get'].input.safeParse({}).success).toBe(true);
  });

  describe('a parsed id goes straight into a service', () => {
    let db: Database;
    beforeEach(() => {
      db = createMemoryProject();
    });
    afterEach(() => db.close());

    it('segment.get and segment.list hand their branded ids to the services unchanged', () => {
      const { documentId, segmentIds } = seedDocument(db, [{ source: 'قال.' }, { source: 'ثم.' }]);
      const get = contract['segment.get'].input.parse({ segmentId: segmentIds[1] });
      expectTypeOf(get.segmentId).toEqualTypeOf<SegmentId>();
      expect(requireSegment(db, get.segmentId).source).toBe('ثم.');

      const list = contract['segment.list'].input.parse({ documentId, offset: 0, limit: 10 });
      expectTypeOf(list.documentId).toEqualTypeOf<DocumentId>();
      expect(pageSegments(db, list.documentId, list.offset, list.limit).total).toBe(2);
      // @ts-expect-error a document id is not a segment id, even though both are numbers
      requireSegment.bind(null, db, list.documentId);
    });
  });
});

describe('id constructors (core/ids)', () => {
  it('accept whole numbers from 1 up, and SQLite bigint rowids', () => {
    expect(toSegmentId(1)).toBe(1);
    expect(toDocumentId(12n)).toBe(12);
    expect(isIdValue(2 ** 53 - 1)).toBe(true);
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuse %s with a bad-input error that says what an id is', (value) => {
    expect(() => toSegmentId(value)).toThrow(MizanError);
    expect(() => toSegmentId(value)).toThrow(/a segment id must be a whole number from 1 up/);
  });

  it('nullableId keeps null and brands the rest', () => {
    expect(nullableId(null, toSegmentId)).toBeNull();
    expect(nullableId(4, toSegmentId)).toBe(4);
  });
});
