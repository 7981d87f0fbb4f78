import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId, SegmentId, SegmentStatus } from '../../../src/core/model.js';
import { nextOpenSegment, pageSegments, requireSegment, setStatus, updateTarget } from '../../../src/services/segment-service.js';
import { historyState, redoLast, undoLast } from '../../../src/services/edit-history.js';
import { getDocument } from '../../../src/store/documents.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listRevisions } from '../../../src/store/revisions.js';
import { T0, seedDocument, testContext } from '../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

const revisions = (id: SegmentId) => listRevisions(db, id).map((r) => [r.field, r.before, r.after, r.author]);

function oneSegment(status: SegmentStatus = 'new', target = ''): { documentId: DocumentId; id: SegmentId } {
  const { documentId, segmentIds } = seedDocument(db, [{ source: 'قال كيربي.', status, target }]);
  return { documentId, id: segmentIds[0]! };
}

describe('requireSegment / pageSegments', () => {
  it('requireSegment refuses a missing segment (not-found)', () => {
    expect(() => requireSegment(db, 404 as SegmentId)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('pageSegments returns the total, the offset and the page', () => {
    const { documentId } = seedDocument(db, [{ source: 'a' }, { source: 'b' }, { source: 'c' }]);
    const page = pageSegments(db, documentId, 1, 1);
    expect([page.total, page.offset, page.items.map((s) => s.source)]).toEqual([3, 1, ['b']]);
  });

  it('pageSegments refuses a missing document (not-found)', () => {
    expect(() => pageSegments(db, 404 as DocumentId, 0, 10)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('updateTarget', () => {
  it('first edit of a new segment: saves, moves new → draft, records both revisions, touches the document', () => {
    const { documentId, id } = oneSegment();
    const ctx = testContext('ana');
    const saved = updateTarget(db, ctx, id, 'Kirby said.', 's1');
    expect(saved).toMatchObject({ target: 'Kirby said.', status: 'draft', updatedBy: 'ana' });
    expect(saved.updatedAt).toBeGreaterThan(T0);
    expect(revisions(id)).toEqual([['status', 'new', 'draft', 'ana'], ['target', '', 'Kirby said.', 'ana']]);
    expect(getDocument(db, documentId)?.updatedAt).toBe(saved.updatedAt);
  });

  it.each<[string, string, string]>([
    ['the same text', 'Kirby said.', 'Kirby said.'],
    ['the same text in another normal form', 'Café', 'Cafe\u0301'],
  ])('is a no-op for %s: no write, no revision', (_name, stored, input) => {
    const { documentId, id } = oneSegment('draft', stored);
    const before = requireSegment(db, id);
    expect(updateTarget(db, testContext(), id, input, 's1')).toEqual(before);
    expect(requireSegment(db, id)).toEqual(before);
    expect(listRevisions(db, id)).toEqual([]);
    expect(getDocument(db, documentId)?.updatedAt).toBe(T0);
  });

  it.each<SegmentStatus>(['draft', 'translated'])('keeps the status %s on an edit', (status) => {
    const { id } = oneSegment(status, 'old');
    expect(updateTarget(db, testContext(), id, 'new text', null).status).toBe(status);
    expect(revisions(id)).toEqual([['target', 'old', 'new text', 'tester']]);
  });

  it('stores NFC text', () => {
    const { id } = oneSegment();
    expect(updateTarget(db, testContext(), id, 'Cafe\u0301', null).target).toBe('Café');
  });

  it('coalesces keystrokes of one session, not across sessions', () => {
    const { id } = oneSegment();
    const ctx = testContext('ana');
    for (const text of ['K', 'Ki', 'Kirby']) updateTarget(db, ctx, id, text, 'session-1');
    for (const text of ['Kirby s', 'Kirby said']) updateTarget(db, ctx, id, text, 'session-2');
    expect(revisions(id)).toEqual([
      ['status', 'new', 'draft', 'ana'],
      ['target', '', 'Kirby', 'ana'],
      ['target', 'Kirby', 'Kirby said', 'ana'],
    ]);
  });

  it('refuses a missing segment (not-found)', () => {
    expect(() => updateTarget(db, testContext(), 404 as SegmentId, 'x', null)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('setStatus', () => {
  it('changes the status and records a status revision by the current user', () => {
    const { documentId, id } = oneSegment('draft', 'text');
    const ctx = testContext('rev');
    const saved = setStatus(db, ctx, id, 'approved');
    expect(saved).toMatchObject({ status: 'approved', target: 'text', updatedBy: 'rev' });
    expect(revisions(id)).toEqual([['status', 'draft', 'approved', 'rev']]);
    expect(getDocument(db, documentId)?.updatedAt).toBe(saved.updatedAt);
  });

  it('is a no-op when the status does not change', () => {
    const { id } = oneSegment('reviewed');
    const before = requireSegment(db, id);
    expect(setStatus(db, testContext(), id, 'reviewed')).toEqual(before);
    expect(listRevisions(db, id)).toEqual([]);
  });

  it('refuses a missing segment (not-found)', () => {
    expect(() => setStatus(db, testContext(), 404 as SegmentId, 'approved')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('nextOpenSegment', () => {
  it('returns the segment and its index, wrapping around, or null', () => {
    const { documentId } = seedDocument(db, [
      { status: 'rejected', position: 5 },
      { status: 'approved', position: 10 },
      { status: 'draft', position: 20 },
      { status: 'new', position: 30, doNotTranslate: true },
      { status: 'translated', position: 40 },
    ]);
    expect(nextOpenSegment(db, documentId, 5)).toMatchObject({ index: 2, segment: { position: 20, status: 'draft' } });
    expect(nextOpenSegment(db, documentId, 20)).toMatchObject({ index: 0, segment: { position: 5, status: 'rejected' } });
    expect(nextOpenSegment(db, documentId, 40)).toMatchObject({ index: 0, segment: { position: 5 } });
    const { documentId: done } = seedDocument(db, [{ status: 'approved' }]);
    expect(nextOpenSegment(db, done, 0)).toBeNull();
  });

  it('never returns the segment at afterPosition itself (the one just confirmed)', () => {
    const { documentId } = seedDocument(db, [{ status: 'approved' }, { status: 'draft' }, { status: 'approved' }]);
    expect(nextOpenSegment(db, documentId, 1)).toBeNull();
  });
});

describe('undo and redo of segment edits', () => {
  const state = (id: SegmentId) => {
    const s = requireSegment(db, id);
    return [s.target, s.status];
  };

  it('one editing session is one undo step, back to the text and status before it; redo brings it back', () => {
    const { id } = oneSegment('new');
    updateTarget(db, testContext(), id, 'Kir', 's1');
    updateTarget(db, testContext(), id, 'Kirby said.', 's1');
    expect(historyState(db)).toMatchObject({ canUndo: true, undoLabel: 'Edit translation' });
    undoLast(db);
    expect(state(id)).toEqual(['', 'new']);
    expect(historyState(db).canUndo).toBe(false);
    redoLast(db);
    expect(state(id)).toEqual(['Kirby said.', 'draft']);
    // Undo and redo are changes too: every step is in the segment's revisions.
    expect(listRevisions(db, id).filter((r) => r.field === 'target').map((r) => r.after)).toEqual(['Kirby said.', '', 'Kirby said.']);
  });

  it.each([
    ['two sessions are two steps', ['s1', 's2'], ['First.', '']],
    ['edits without a session are a step each', [null, null], ['First.', '']],
  ] as const)('%s', (_name, sessions, afterEachUndo) => {
    const { id } = oneSegment('draft');
    updateTarget(db, testContext(), id, 'First.', sessions[0]);
    updateTarget(db, testContext(), id, 'Second.', sessions[1]);
    undoLast(db);
    expect(requireSegment(db, id).target).toBe(afterEachUndo[0]);
    undoLast(db);
    expect(requireSegment(db, id).target).toBe(afterEachUndo[1]);
  });

  it('a status change is a step with its own label', () => {
    const { id } = oneSegment('translated', 'Done.');
    setStatus(db, testContext(), id, 'approved');
    expect(historyState(db).undoLabel).toBe('Set status to Approved');
    expect(undoLast(db).label).toBe('Set status to Approved');
    expect(state(id)).toEqual(['Done.', 'translated']);
  });

  it('refuses to undo over a change made outside the history, and keeps it', () => {
    const { id } = oneSegment('draft');
    updateTarget(db, testContext(), id, 'Mine.', 's1');
    db.prepare('UPDATE segments SET target = ? WHERE id = ?').run('Someone else.', id);
    expect(() => undoLast(db)).toThrow(expect.objectContaining({ code: 'bad-input' }));
    expect(requireSegment(db, id).target).toBe('Someone else.');
  });
});
