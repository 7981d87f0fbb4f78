import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId, SegmentFilter, SegmentId, SegmentStatus } from '../../../src/core/model.js';
import { clearHistory, historyState, redoLast, undoLast } from '../../../src/services/edit-history.js';
import { filterPositions, nextForReview, rejectWithComment, segmentsAtPositions, setStatusAt } from '../../../src/services/review-service.js';
import { requireSegment } from '../../../src/services/segment-service.js';
import { insertComment } from '../../../src/store/comments.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listRevisions } from '../../../src/store/revisions.js';
import { T0, seedDocument, testContext } from '../helpers/store-fixtures.js';

let db: Database;
let doc: DocumentId;
let ids: SegmentId[];
const ctx = testContext('reviewer');

const STATUSES: SegmentStatus[] = ['new', 'draft', 'translated', 'reviewed', 'approved', 'rejected', 'translated'];

beforeEach(() => {
  db = createMemoryProject();
  ({ documentId: doc, segmentIds: ids } = seedDocument(db, STATUSES.map((status, i) => ({ source: `جملة ${i}.`, target: status === 'new' ? '' : `Sentence ${i}.`, status, doNotTranslate: i === 6 }))));
  // Row 2 has an open thread, row 3 a resolved one; rows 3 and 5 are recent; row 1 is a doubtful alignment.
  insertComment(db, { segmentId: ids[2]!, parentId: null, author: 'r', body: 'open', at: T0, resolvedAt: null, resolvedBy: null });
  insertComment(db, { segmentId: ids[3]!, parentId: null, author: 'r', body: 'done', at: T0, resolvedAt: T0, resolvedBy: 'r' });
  db.prepare('UPDATE segments SET updated_at = ? WHERE id IN (?, ?)').run(T0 + 50_000, ids[3], ids[5]);
  db.prepare('UPDATE segments SET align_score = 0.2 WHERE id = ?').run(ids[1]);
  db.prepare('UPDATE segments SET align_score = 0.9 WHERE id = ?').run(ids[4]);
});
afterEach(() => {
  clearHistory(db);
  db.close();
});

describe('filterPositions', () => {
  it.each<[string, SegmentFilter, number[]]>([
    ['no condition: every row', {}, [0, 1, 2, 3, 4, 5, 6]],
    ['by statuses', { statuses: ['translated', 'reviewed'] }, [2, 3, 6]],
    ['hide approved', { hideApproved: true }, [0, 1, 2, 3, 5, 6]],
    ['with open comments (a resolved thread does not count)', { openComments: true }, [2]],
    ['changed since a date', { changedSince: T0 + 10_000 }, [3, 5]],
    ['low-confidence alignment (unconfirmed, below 0.5)', { lowConfidence: true }, [1]],
    ['conditions combine', { statuses: ['translated', 'reviewed'], openComments: true }, [2]],
  ])('%s', (_name, filter, positions) => {
    expect(filterPositions(db, doc, filter)).toEqual(positions);
  });

  it('a confirmed alignment is not doubtful any more', () => {
    db.prepare('UPDATE segments SET align_confirmed = 1 WHERE id = ?').run(ids[1]);
    expect(filterPositions(db, doc, { lowConfidence: true })).toEqual([]);
  });

  it('segmentsAtPositions gives those rows in order, with their open-comment counts', () => {
    expect(segmentsAtPositions(db, doc, [5, 2]).map((s) => [s.position, s.openComments])).toEqual([[2, 1], [5, 0]]);
  });
});

describe('nextForReview', () => {
  it.each([
    [0, 2],
    [2, 3],
    [3, 2], // wraps round; row 6 is do-not-translate
  ])('after row %i the next translated-or-reviewed row is %i', (after, next) => {
    expect(nextForReview(db, doc, after)?.index).toBe(next);
  });
});

describe('rejectWithComment', () => {
  it('rejects with the reason as a new thread by the reviewer, as one undoable step', () => {
    const result = rejectWithComment(db, ctx, ids[2]!, '  Wrong tense.  ');
    expect(result.segments[0]).toMatchObject({ status: 'rejected', openComments: 2 });
    expect(result.history.undoLabel).toBe('Reject segment');
    const thread = () => db.prepare('SELECT author, body FROM comments WHERE segment_id = ? ORDER BY id').all(ids[2]) as { author: string; body: string }[];
    expect(thread().at(-1)).toEqual({ author: 'reviewer', body: 'Wrong tense.' });
    undoLast(db);
    expect(requireSegment(db, ids[2]!).status).toBe('translated');
    expect(thread().map((c) => c.body)).toEqual(['open']);
    redoLast(db);
    expect(requireSegment(db, ids[2]!).status).toBe('rejected');
    expect(thread().map((c) => c.body)).toEqual(['open', 'Wrong tense.']);
  });

  it('refuses a rejection without a reason, and changes nothing', () => {
    expect(() => rejectWithComment(db, ctx, ids[2]!, '   ')).toThrow(expect.objectContaining({ code: 'bad-input' }));
    expect(requireSegment(db, ids[2]!).status).toBe('translated');
    expect(historyState(db).canUndo).toBe(false);
  });
});

describe('setStatusAt', () => {
  it('approves a selection in one step, leaving do-not-translate rows alone; undo gives every status back', () => {
    const result = setStatusAt(db, ctx, doc, [2, 3, 4, 5, 6], 'approved');
    expect(result.segments.map((s) => s.status)).toEqual(['approved', 'approved', 'approved', 'approved', 'translated']);
    expect(result.history.undoLabel).toBe('Set 5 segments to Approved');
    expect(listRevisions(db, ids[3]!).map((r) => [r.field, r.before, r.after, r.author])).toEqual([['status', 'reviewed', 'approved', 'reviewer']]);
    expect(listRevisions(db, ids[4]!)).toEqual([]); // already approved
    undoLast(db);
    expect(ids.map((id) => requireSegment(db, id).status)).toEqual(STATUSES);
  });

  it('rows apart (a filtered grid) are set, the rows between them are not', () => {
    setStatusAt(db, ctx, doc, [5, 1], 'approved');
    expect(ids.map((id) => requireSegment(db, id).status)).toEqual(['new', 'approved', 'translated', 'reviewed', 'approved', 'approved', 'translated']);
    expect(historyState(db).undoLabel).toBe('Set 2 segments to Approved');
    undoLast(db);
    expect(ids.map((id) => requireSegment(db, id).status)).toEqual(STATUSES);
  });

  it.each([[[5, 7]], [[]]])('refuses rows outside the document (%j)', (positions) => {
    expect(() => setStatusAt(db, ctx, doc, positions, 'approved')).toThrow(expect.objectContaining({ code: 'bad-input' }));
  });
});
