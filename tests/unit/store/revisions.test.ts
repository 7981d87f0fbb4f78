import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RevisionField, RevisionId, SegmentId } from '../../../src/core/model.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { getRevision, listRevisions, recordRevision } from '../../../src/store/revisions.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
let segment: SegmentId;
let other: SegmentId;
beforeEach(() => {
  db = createMemoryProject();
  const { segmentIds } = seedDocument(db, [{}, {}]);
  segment = segmentIds[0]!;
  other = segmentIds[1]!;
});
afterEach(() => db.close());

interface Edit {
  session: string | null;
  author: string;
  after: string;
  field?: RevisionField;
  segment?: 'other';
}

/** Applies edits like an editor would: each edit's `before` is the text the previous one left. */
function applyEdits(edits: Edit[]): void {
  const current = new Map<string, string>();
  edits.forEach((e, i) => {
    const key = `${e.segment ?? 'main'}/${e.field ?? 'target'}`;
    recordRevision(db, {
      segmentId: e.segment ? other : segment,
      field: e.field ?? 'target',
      before: current.get(key) ?? '',
      after: e.after,
      author: e.author,
      at: T0 + i,
      session: e.session,
    });
    current.set(key, e.after);
  });
}

const summary = (id: SegmentId) => listRevisions(db, id).map((r) => [r.field, r.before, r.after, r.author]);

describe('recordRevision', () => {
  it.each<[string, Edit[], [string, string, string, string][]]>([
    ['same session and author coalesce into one revision that keeps the first before',
      [{ session: 's1', author: 'ana', after: 'H' }, { session: 's1', author: 'ana', after: 'He' }, { session: 's1', author: 'ana', after: 'Hello' }],
      [['target', '', 'Hello', 'ana']]],
    ['a new session starts a new revision',
      [{ session: 's1', author: 'ana', after: 'Hello' }, { session: 's2', author: 'ana', after: 'Hello there' }],
      [['target', '', 'Hello', 'ana'], ['target', 'Hello', 'Hello there', 'ana']]],
    ['another author in the same session starts a new revision',
      [{ session: 's1', author: 'ana', after: 'Hello' }, { session: 's1', author: 'rev', after: 'Hi' }],
      [['target', '', 'Hello', 'ana'], ['target', 'Hello', 'Hi', 'rev']]],
    ['edits without a session never coalesce',
      [{ session: null, author: 'ana', after: 'a' }, { session: null, author: 'ana', after: 'ab' }],
      [['target', '', 'a', 'ana'], ['target', 'a', 'ab', 'ana']]],
    ['returning to an earlier session after another one does not reopen it',
      [{ session: 's1', author: 'ana', after: 'a' }, { session: 's2', author: 'ana', after: 'ab' }, { session: 's1', author: 'ana', after: 'abc' }],
      [['target', '', 'a', 'ana'], ['target', 'a', 'ab', 'ana'], ['target', 'ab', 'abc', 'ana']]],
    ['a status change between edits of one session does not split them (fields are separate)',
      [{ session: 's1', author: 'ana', after: 'a' }, { session: null, author: 'ana', field: 'status', after: 'draft' }, { session: 's1', author: 'ana', after: 'ab' }],
      [['target', '', 'ab', 'ana'], ['status', '', 'draft', 'ana']]],
    ['the same session on another segment does not coalesce with this one',
      [{ session: 's1', author: 'ana', after: 'a' }, { session: 's1', author: 'ana', after: 'x', segment: 'other' }, { session: 's1', author: 'ana', after: 'ab' }],
      [['target', '', 'ab', 'ana']]],
  ])('%s', (_name, edits, expected) => {
    applyEdits(edits);
    expect(summary(segment)).toEqual(expected);
  });

  it('a coalesced revision takes the time of the last edit and keeps its id', () => {
    const first = recordRevision(db, { segmentId: segment, field: 'target', before: '', after: 'a', author: 'ana', at: T0, session: 's' });
    const second = recordRevision(db, { segmentId: segment, field: 'target', before: 'a', after: 'ab', author: 'ana', at: T0 + 60_000, session: 's' });
    expect(second).toBe(first);
    expect(listRevisions(db, segment)).toEqual([
      { id: first, segmentId: segment, field: 'target', before: '', after: 'ab', author: 'ana', at: T0 + 60_000, session: 's' },
    ]);
  });

  it('getRevision reads one revision by id, with its session; a missing id gives undefined', () => {
    const id = recordRevision(db, { segmentId: segment, field: 'source', before: 'قال', after: 'قالَ', author: 'ana', at: T0, session: null });
    expect(getRevision(db, id)).toEqual({ id, segmentId: segment, field: 'source', before: 'قال', after: 'قالَ', author: 'ana', at: T0, session: null });
    expect(getRevision(db, 999 as RevisionId)).toBeUndefined();
  });

  it('CHECK rejects an unknown field', () => {
    expect(() => recordRevision(db, {
      segmentId: segment, field: 'title' as RevisionField, before: '', after: 'x', author: 'ana', at: T0, session: null,
    })).toThrow(/CHECK constraint failed/);
  });
});
