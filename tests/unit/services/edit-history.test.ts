import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MizanError } from '../../../src/core/errors.js';
import type { DocumentId, SegmentId } from '../../../src/core/model.js';
import {
  EditHistory, clearHistory, historyFor, historyState, rangeChange, rangeEdit, redoLast, runUndoable, undoLast, type HistoryEntry,
} from '../../../src/services/edit-history.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { updateSegmentStatus } from '../../../src/store/segment-updates.js';
import { getSegment } from '../../../src/store/segments.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
let doc: DocumentId;
let ids: SegmentId[];
beforeEach(() => {
  db = createMemoryProject();
  ({ documentId: doc, segmentIds: ids } = seedDocument(db, [{}, {}, {}]));
});
afterEach(() => db.close());

/** A feature's own undo entry: a status change, undone by setting the old status back. */
function statusEntry(id: SegmentId, before: 'new' | 'draft', after: 'new' | 'draft', log: string[]): HistoryEntry {
  const set = (d: Database, status: 'new' | 'draft', what: string) => {
    updateSegmentStatus(d, id, status, T0, 'x');
    log.push(what);
    const s = getSegment(d, id)!;
    return rangeChange(d, s.documentId, s.position, 1, 1);
  };
  return { label: `status ${after}`, undo: (d) => set(d, before, 'undo'), redo: (d) => set(d, after, 'redo') };
}

describe('EditHistory', () => {
  it('undoes and redoes registered entries in order, with labels', () => {
    const history = new EditHistory();
    const log: string[] = [];
    expect(history.state()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    updateSegmentStatus(db, ids[0]!, 'draft', T0, 'x');
    history.record(statusEntry(ids[0]!, 'new', 'draft', log));
    expect(history.state()).toMatchObject({ canUndo: true, undoLabel: 'status draft' });
    const undone = history.undo(db);
    expect(undone).toMatchObject({ label: 'status draft', change: { documentId: doc, from: 0, removed: 1, total: 3 } });
    expect(undone.change.segments[0]!.status).toBe('new');
    expect(undone.history).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'status draft' });
    expect(history.redo(db).change.segments[0]!.status).toBe('draft');
    expect(log).toEqual(['undo', 'redo']);
  });

  it.each([
    ['undo', (h: EditHistory) => h.undo(db)],
    ['redo', (h: EditHistory) => h.redo(db)],
  ])('%s with an empty history is bad input', (_name, run) => {
    expect(() => run(new EditHistory())).toThrow(MizanError);
  });

  it('keeps at most `limit` entries', () => {
    const history = new EditHistory(2);
    const log: string[] = [];
    for (let k = 0; k < 3; k++) history.record(statusEntry(ids[k]!, 'new', 'draft', log));
    history.undo(db);
    history.undo(db);
    expect(history.state().canUndo).toBe(false);
    expect(log).toEqual(['undo', 'undo']);
  });

  it('drops an entry that fails, rolls back what it did, and wraps unexpected errors', () => {
    const history = new EditHistory();
    history.record({ label: 'ok', undo: () => rangeChange(db, doc, 0, 0, 0), redo: () => rangeChange(db, doc, 0, 0, 0) });
    history.record({
      label: 'broken',
      undo: (d) => {
        updateSegmentStatus(d, ids[1]!, 'approved', T0, 'x');
        throw new Error('boom');
      },
      redo: () => rangeChange(db, doc, 0, 0, 0),
    });
    expect(() => history.undo(db)).toThrow(/cannot undo "broken": boom/);
    expect(getSegment(db, ids[1]!)!.status).toBe('new');
    expect(history.state()).toMatchObject({ undoLabel: 'ok', canRedo: false });
  });

  it('clear() forgets everything', () => {
    const history = new EditHistory();
    history.record(statusEntry(ids[0]!, 'new', 'draft', []));
    history.clear();
    expect(history.state().canUndo).toBe(false);
  });
});

describe('per-project history', () => {
  it('is one per database, cleared on request and fresh after the database closes', () => {
    expect(historyFor(db)).toBe(historyFor(db));
    historyFor(db).record(statusEntry(ids[0]!, 'new', 'draft', []));
    expect(historyState(db).canUndo).toBe(true);
    clearHistory(db);
    expect(historyState(db).canUndo).toBe(false);
    historyFor(db).record(statusEntry(ids[0]!, 'new', 'draft', []));
    const other = createMemoryProject();
    expect(historyState(other).canUndo).toBe(false);
    other.close();
    const history = historyFor(db);
    db.close();
    expect(historyFor(db)).not.toBe(history);
    db = createMemoryProject();
  });

  it('runUndoable records only committed changes, and nothing for an unchanged plan', () => {
    expect(runUndoable(db, () => ({ unchanged: 'same' }))).toEqual({ value: 'same', changed: false, history: historyState(db) });
    expect(() =>
      runUndoable(db, () => rangeEdit(db, () => T0, {
        label: 'fails', documentId: doc, from: 0, count: 1,
        apply: () => {
          updateSegmentStatus(db, ids[0]!, 'approved', T0, 'x');
          throw new MizanError('bad-input', 'no');
        },
      })),
    ).toThrow('no');
    expect(getSegment(db, ids[0]!)!.status).toBe('new');
    expect(historyState(db).canUndo).toBe(false);

    const { value: change, changed, history } = runUndoable(db, () => rangeEdit(db, () => T0 + 5, {
      label: 'approve', documentId: doc, from: 1, count: 1,
      apply: () => {
        updateSegmentStatus(db, ids[1]!, 'approved', T0 + 5, 'x');
        return 1;
      },
    }));
    expect(changed).toBe(true);
    expect(history).toMatchObject({ canUndo: true, undoLabel: 'approve' });
    expect(change).toMatchObject({ documentId: doc, from: 1, removed: 1, total: 3 });
    expect(change.segments.map((s) => s.status)).toEqual(['approved']);
    expect(undoLast(db).change.segments.map((s) => s.status)).toEqual(['new']);
    expect(redoLast(db).change.segments.map((s) => s.status)).toEqual(['approved']);
  });

  it('a change whose tracker finds nothing changed is not recorded', () => {
    const { changed, history } = runUndoable(db, () => ({ label: 'nothing', track: () => () => null, apply: () => 1 }));
    expect(changed).toBe(false);
    expect(history.canUndo).toBe(false);
  });

  it('an entry can absorb the next one (one editing session is one step), which also ends the redo chain', () => {
    const history = new EditHistory();
    const log: string[] = [];
    const first = { ...statusEntry(ids[0]!, 'new', 'draft', log), absorb: (next: HistoryEntry) => next.label === 'status draft' };
    history.record(first);
    history.record(statusEntry(ids[0]!, 'new', 'draft', log));
    expect(history.state()).toMatchObject({ canUndo: true, undoLabel: 'status draft' });
    history.undo(db);
    expect(history.state().canUndo).toBe(false);
  });
});
