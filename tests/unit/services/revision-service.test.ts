// Source fixes and restoring revisions: new revisions (history only grows), spans re-anchored,
// the search index in step, undo and redo through the app-wide history.
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, DocumentId, RevisionId, SegmentId } from '../../../src/core/model.js';
import { revisionOrigin } from '../../../src/core/review/revision-origin.js';
import { historyFor, historyState, redoLast, undoLast } from '../../../src/services/edit-history.js';
import { restoreRevision, updateSource } from '../../../src/services/revision-service.js';
import { searchSegments } from '../../../src/services/search-service.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { getAnnotation, insertAnnotation } from '../../../src/store/annotations.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listRevisions } from '../../../src/store/revisions.js';
import { getSegment } from '../../../src/store/segments.js';
import { T0, coveredText, markSpan, seedDocument, testContext } from '../helpers/store-fixtures.js';

const AR = 'قال كيربي إن المحادثات علقت.';
const EN = 'Kirby said the talks were suspended.';

let db: Database;
let doc: DocumentId;
let segment: SegmentId;
let other: SegmentId;
beforeEach(() => {
  db = createMemoryProject();
  const seeded = seedDocument(db, [
    { source: AR, target: EN, status: 'translated' },
    { source: 'وأضاف المتحدث.', target: '', status: 'new' },
  ]);
  doc = seeded.documentId;
  [segment, other] = seeded.segmentIds as [SegmentId, SegmentId];
});
afterEach(() => db.close());

const current = (id: SegmentId = segment) => getSegment(db, id)!;
const revisions = (id: SegmentId = segment) => listRevisions(db, id).map((r) => [r.field, r.before, r.after, r.author]);

const mark = (side: 'source' | 'target', text: string): AnnotationId => markSpan(db, segment, side, side === 'source' ? AR : EN, text);

/** The text an annotation covers now, and its flag. */
const covered = (id: AnnotationId): [string, boolean] => coveredText(db, id);

const found = (query: string) =>
  searchSegments(db, { documentId: doc, query, scope: 'source', regex: false, matchCase: false, limit: 10 }).hits.map((h) => h.segment.id);

describe('updateSource', () => {
  it('fixes the Arabic as a revision with author and time, and touches nothing else', () => {
    const ctx = testContext('ana');
    const fixed = 'قال كيربي إن المحادثات عُلّقت.';
    const result = updateSource(db, ctx, segment, fixed);
    expect(current()).toMatchObject({ source: fixed, target: EN, status: 'translated', updatedBy: 'ana' });
    expect(revisions()).toEqual([['source', AR, fixed, 'ana']]);
    const [rev] = listRevisions(db, segment);
    expect(rev!.at).toBeGreaterThan(T0);
    expect(revisionOrigin(rev!.session).kind).toBe('source-fix');
    expect(result).toMatchObject({ documentId: doc, from: 0, removed: 1, total: 2, focusId: segment, history: { canUndo: true, undoLabel: 'Fix Arabic' } });
    expect(result.segments.map((s) => s.source)).toEqual([fixed]);
  });

  it.each<[string, string, string]>([
    ['stores NFC', 'Cafe\u0301 قال', 'Café قال'],
    ['keeps Arabic combining marks in canonical order', 'عُلِّقت', 'عُلِّقت'.normalize('NFC')],
  ])('%s', (_name, input, stored) => {
    updateSource(db, testContext(), segment, input);
    expect(current().source).toBe(stored);
  });

  it.each<[string, string]>([
    ['the same text', AR],
    ['the same text in another normal form', AR.normalize('NFD')],
  ])('is a no-op for %s: no write, no revision, nothing to undo', (_name, input) => {
    const before = current();
    const result = updateSource(db, testContext(), segment, input);
    expect(current()).toEqual(before);
    expect(listRevisions(db, segment)).toEqual([]);
    expect(result.history.canUndo).toBe(false);
  });

  it('keeps the search index in step: the new words are found, the old ones no longer', () => {
    expect(found('كيربي')).toEqual([segment]);
    updateSource(db, testContext(), segment, 'قال تونر إن المحادثات علقت.');
    expect(found('كيربي')).toEqual([]);
    expect(found('تونر')).toEqual([segment]);
  });

  it.each<[string, string, string, [string, boolean]]>([
    ['a fix before the span moves it', 'المحادثات', 'قال كيربي إنّ المحادثات علقت.', ['المحادثات', false]],
    ['diacritics typed on the span\'s last letter join it', 'كيربي', 'قال كيربيَ إن المحادثات علقت.', ['كيربيَ', false]],
    ['a typo fixed inside the span keeps it', 'المحادثات', 'قال كيربي إن المحادثاة علقت.', ['المحادثاة', false]],
    ['replacing its text flags it, never deletes it', 'كيربي', 'قال تونر إن المحادثات علقت.', ['تونر', true]],
    ['deleting its text flags it', 'كيربي', 'قال إن المحادثات علقت.', ['', true]],
  ])('re-anchors the Arabic spans: %s', (_name, marked, fixed, expected) => {
    const id = mark('source', marked);
    updateSource(db, testContext(), segment, fixed);
    expect(covered(id)).toEqual(expected);
  });

  it('leaves the English spans alone', () => {
    const en = mark('target', 'Kirby');
    updateSource(db, testContext(), segment, `وأضاف: ${AR}`);
    expect(covered(en)).toEqual(['Kirby', false]);
    expect(getAnnotation(db, en)!.updatedAt).toBe(T0);
  });

  it('refuses a missing segment (not-found)', () => {
    expect(() => updateSource(db, testContext(), 404 as SegmentId, 'x')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('undo and redo of a source fix', () => {
  it('undo writes the old Arabic back as a new revision and puts the spans back exactly, flag included; redo fixes it again', () => {
    const ar = mark('source', 'كيربي');
    const fixed = 'قال تونر إن المحادثات علقت.';
    updateSource(db, testContext('ana'), segment, fixed);
    expect(covered(ar)).toEqual(['تونر', true]);

    const undone = undoLast(db);
    expect(undone.label).toBe('Fix Arabic');
    expect(undone.change.segments.map((s) => s.source)).toEqual([AR]);
    expect(current().source).toBe(AR);
    expect(covered(ar)).toEqual(['كيربي', false]);
    expect(found('كيربي')).toEqual([segment]);
    // Nothing is deleted from the history: the undo is a revision too.
    expect(revisions()).toEqual([['source', AR, fixed, 'ana'], ['source', fixed, AR, 'ana']]);
    expect(revisionOrigin(listRevisions(db, segment)[1]!.session).kind).toBe('undo');

    redoLast(db);
    expect(current().source).toBe(fixed);
    expect(covered(ar)).toEqual(['تونر', true]);
    expect(revisions().map((r) => r[2])).toEqual([fixed, AR, fixed]);
    expect(revisionOrigin(listRevisions(db, segment)[2]!.session).kind).toBe('redo');
  });

  it('a span added after the fix follows the text back on undo', () => {
    updateSource(db, testContext(), segment, `وأضاف: ${AR}`);
    const start = `وأضاف: ${AR}`.indexOf('المحادثات');
    const added = insertAnnotation(db, { segmentId: segment, layer: 'speaker', side: 'source', start, end: start + 'المحادثات'.length, author: 'a', at: T0 });
    undoLast(db);
    expect(covered(added)).toEqual(['المحادثات', false]);
  });

  it.each<[string, () => void]>([
    ['the Arabic was fixed again outside the history', () => db.prepare('UPDATE segments SET source = ? WHERE id = ?').run('نص آخر', segment)],
    ['the segment was deleted', () => db.prepare('DELETE FROM segments WHERE id = ?').run(segment)],
  ])('undo is refused when %s, and the later state is kept', (_name, meanwhile) => {
    updateSource(db, testContext(), segment, 'قال تونر.');
    meanwhile();
    const before = getSegment(db, segment);
    expect(() => undoLast(db)).toThrow(expect.objectContaining({ code: 'bad-input' }));
    expect(getSegment(db, segment)).toEqual(before);
  });

  it('an English edit or a status change since does not block undoing the Arabic fix', () => {
    updateSource(db, testContext(), segment, 'قال تونر.');
    db.prepare("UPDATE segments SET target = 'Toner said.', status = 'reviewed' WHERE id = ?").run(segment);
    undoLast(db);
    expect(current()).toMatchObject({ source: AR, target: 'Toner said.', status: 'reviewed' });
  });
});

describe('restoreRevision', () => {
  /** Two editing sessions of the English: EN → first → second. */
  function twoSessions(): { first: RevisionId; second: RevisionId } {
    updateTarget(db, testContext('ana'), segment, 'Kirby said the talks had been suspended.', 's1');
    updateTarget(db, testContext('ana'), segment, 'Kirby said the talks had been suspended indefinitely.', 's2');
    const [first, second] = listRevisions(db, segment).filter((r) => r.field === 'target').map((r) => r.id);
    return { first: first!, second: second! };
  }

  it.each<['before' | 'after', 'first' | 'second', string]>([
    ['before', 'first', EN],
    ['after', 'first', 'Kirby said the talks had been suspended.'],
    ['before', 'second', 'Kirby said the talks had been suspended.'],
  ])('restores the text %s the %s revision as a new revision; nothing is deleted', (which, pick, expected) => {
    const ids = twoSessions();
    const result = restoreRevision(db, testContext('rev'), ids[pick], which);
    expect(current().target).toBe(expected);
    expect(result.segments[0]!.target).toBe(expected);
    const list = listRevisions(db, segment);
    expect(list.map((r) => r.id).slice(0, 2)).toEqual([ids.first, ids.second]);
    expect(list.at(-1)).toMatchObject({ field: 'target', before: 'Kirby said the talks had been suspended indefinitely.', after: expected, author: 'rev' });
    expect(revisionOrigin(list.at(-1)!.session)).toEqual({ kind: 'restore', revisionId: ids[pick], which });
  });

  it('restores the Arabic for a source revision, re-anchoring the Arabic spans', () => {
    const ar = mark('source', 'المحادثات');
    updateSource(db, testContext(), segment, `وأضاف: ${AR}`);
    const [fix] = listRevisions(db, segment);
    restoreRevision(db, testContext(), fix!.id, 'before');
    expect(current().source).toBe(AR);
    expect(covered(ar)).toEqual(['المحادثات', false]);
    expect(listRevisions(db, segment).map((r) => r.field)).toEqual(['source', 'source']);
  });

  it('re-anchors the English spans through the restore', () => {
    const en = mark('target', 'the talks');
    const { first } = twoSessions();
    restoreRevision(db, testContext(), first, 'before');
    expect(covered(en)).toEqual(['the talks', false]);
  });

  it('an English restored on an untouched segment makes it a draft, and undo makes it new again', () => {
    updateTarget(db, testContext(), other, 'The spokesman added.', 's1');
    const [, target] = listRevisions(db, other);
    // Back to untouched, outside the history (as an import would leave it).
    db.prepare("UPDATE segments SET target = '', status = 'new' WHERE id = ?").run(other);
    historyFor(db).clear();
    restoreRevision(db, testContext(), target!.id, 'after');
    expect(current(other)).toMatchObject({ target: 'The spokesman added.', status: 'draft' });
    undoLast(db);
    expect(current(other)).toMatchObject({ target: '', status: 'new' });
    redoLast(db);
    expect(current(other)).toMatchObject({ target: 'The spokesman added.', status: 'draft' });
  });

  it('undo of a restore puts the text back as yet another revision', () => {
    const { first } = twoSessions();
    restoreRevision(db, testContext(), first, 'before');
    expect(historyState(db)).toMatchObject({ canUndo: true, undoLabel: 'Restore an earlier English' });
    undoLast(db);
    expect(current().target).toBe('Kirby said the talks had been suspended indefinitely.');
    expect(listRevisions(db, segment).filter((r) => r.field === 'target')).toHaveLength(4);
  });

  it('restoring the current text changes nothing and records nothing', () => {
    const { second } = twoSessions();
    const count = listRevisions(db, segment).length;
    const state = historyState(db);
    restoreRevision(db, testContext(), second, 'after');
    expect(listRevisions(db, segment)).toHaveLength(count);
    expect(historyState(db)).toEqual(state);
  });

  it.each<[string, () => RevisionId, string]>([
    ['a missing revision', () => 999 as RevisionId, 'not-found'],
    ['a status change', () => {
      db.prepare("UPDATE segments SET status = 'new' WHERE id = ?").run(other);
      updateTarget(db, testContext(), other, 'x', 's');
      return listRevisions(db, other).find((r) => r.field === 'status')!.id;
    }, 'bad-input'],
  ])('refuses %s', (_name, pick, code) => {
    expect(() => restoreRevision(db, testContext(), pick(), 'before')).toThrow(expect.objectContaining({ code }));
  });
});
