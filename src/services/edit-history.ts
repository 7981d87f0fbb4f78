// Undo/redo for edits of a project, in memory: one history per open database, dropped when the
// project closes. Every undoable change runs through runUndoable: one IMMEDIATE transaction, the
// change, one history entry built by the change's tracker (what undo must put back: a range of
// rows, some segments' values, some comments), and a uniform result with the history state.
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { DocumentId, HistoryOutcome, HistoryState, RangeChange, SegmentId } from '../core/model.js';
import { touchDocument } from '../store/documents.js';
import { readRange, restoreRange, type RangeSnapshot } from '../store/range-edits.js';
import { countSegments, getSegment, getSegmentAt, listSegmentsAt } from '../store/segments.js';
import { isProjectBusy, writeTransaction } from '../store/write-transaction.js';

export type { HistoryOutcome, HistoryState, RangeChange } from '../core/model.js';

export interface HistoryEntry {
  /** Shown as "Undo <label>" / "Redo <label>". */
  label: string;
  /** Each runs inside a transaction the history opens; throw a MizanError if the entry no longer applies. */
  undo(db: Database): RangeChange;
  redo(db: Database): RangeChange;
  /**
   * Called with the next recorded entry while this one is on top: true when this entry took it in
   * (the keystrokes of one editing session are one step), so it is not pushed on its own.
   */
  absorb?(next: HistoryEntry): boolean;
}

/** Enough for a working session; the oldest entries fall off (each holds row snapshots). */
export const HISTORY_LIMIT = 200;

export class EditHistory {
  private readonly undoStack: HistoryEntry[] = [];
  private readonly redoStack: HistoryEntry[] = [];

  constructor(private readonly limit = HISTORY_LIMIT) {}

  /** Records an edit that has been committed; a new edit ends the redo chain. */
  record(entry: HistoryEntry): void {
    if (this.top()?.absorb?.(entry)) {
      this.redoStack.length = 0;
      return;
    }
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  undo(db: Database): HistoryOutcome {
    return this.step(db, this.undoStack, this.redoStack, 'undo');
  }

  redo(db: Database): HistoryOutcome {
    return this.step(db, this.redoStack, this.undoStack, 'redo');
  }

  /** The entry Undo would take now (an editing session extends its own entry while it is on top). */
  top(): HistoryEntry | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }

  state(): HistoryState {
    const u = this.undoStack[this.undoStack.length - 1];
    const r = this.redoStack[this.redoStack.length - 1];
    return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
  }

  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }

  private step(db: Database, from: HistoryEntry[], to: HistoryEntry[], direction: 'undo' | 'redo'): HistoryOutcome {
    const entry = from.pop();
    if (!entry) throw new MizanError('bad-input', `nothing to ${direction}`);
    let change: RangeChange;
    try {
      change = writeTransaction(db, () => (direction === 'undo' ? entry.undo(db) : entry.redo(db)));
    } catch (error) {
      // Another writer held the project: nothing was written, the entry stays to be tried again.
      if (isProjectBusy(error)) {
        from.push(entry);
        throw error;
      }
      // The entry no longer fits the project (edited meanwhile by something outside the history):
      // drop it, so the next undo is not stuck behind it. Older entries check themselves.
      if (error instanceof MizanError) throw error;
      throw new MizanError('bad-input', `cannot ${direction} "${entry.label}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    to.push(entry);
    return { label: entry.label, change, history: this.state() };
  }
}

const histories = new WeakMap<Database, EditHistory>();

/** The history of an open project (created on first use; a closed database starts afresh). */
export function historyFor(db: Database): EditHistory {
  let history = histories.get(db);
  if (!history || !db.open) {
    history = new EditHistory();
    histories.set(db, history);
  }
  return history;
}

/** Forget a project's history; call when the project closes (a closed database also starts afresh on its own). */
export function clearHistory(db: Database): void {
  histories.delete(db);
}

export function undoLast(db: Database): HistoryOutcome {
  return historyFor(db).undo(db);
}

export function redoLast(db: Database): HistoryOutcome {
  return historyFor(db).redo(db);
}

export function historyState(db: Database): HistoryState {
  return historyFor(db).state();
}

/** The segments at [from, from + count) of a document, as the grid shows them. */
export function rangeChange(db: Database, documentId: DocumentId, from: number, removed: number, count: number): RangeChange {
  // Read as the grid reads segments (with their open-thread counts), not from a raw snapshot.
  return { documentId, from, removed, segments: listSegmentsAt(db, documentId, from, count), total: countSegments(db, documentId) };
}

/**
 * What is compared for "is the range still as the edit left it": everything restoring would
 * overwrite, but not when or by whom it was last touched (an edit undone since leaves the same
 * content with a newer date) and not revisions (kept by the restore: history only grows).
 */
function fingerprint(snapshot: RangeSnapshot): string {
  const { segments, annotations, links, comments } = snapshot;
  // Positions relative to the range: edits elsewhere may have moved it as a whole.
  const relative = segments.map(({ updated_at: _at, updated_by: _by, ...s }) => ({ ...s, position: s.position - snapshot.from }));
  const content = annotations.map(({ updated_at: _at, ...a }) => a);
  return JSON.stringify([relative, content, links, comments]);
}

/**
 * Where the range starts now: right after the segment that preceded it when the edit was made
 * (that segment is outside the range, so neither side of the edit changed it), or 0.
 */
function locateRange(db: Database, documentId: DocumentId, anchor: SegmentId | null, label: string, direction: string): number {
  if (anchor === null) return 0;
  const before = getSegment(db, anchor);
  if (!before || before.documentId !== documentId) {
    throw new MizanError('bad-input', `cannot ${direction} "${label}": the segment before it was removed since`);
  }
  return before.position + 1;
}

/**
 * A history entry that swaps a range between its "before" and "after" rows. The range is found
 * again by the segment just before it, so undoing an older edit works after edits elsewhere. Before
 * restoring, it checks that the range holds exactly the rows it expects (ids, text, annotations,
 * comments…): undoing over an edit the history does not know about would silently lose that edit.
 */
export function snapshotEntry(label: string, anchor: SegmentId | null, before: RangeSnapshot, after: RangeSnapshot, now: () => number): HistoryEntry {
  const swap = (db: Database, expected: RangeSnapshot, wanted: RangeSnapshot, direction: 'undo' | 'redo'): RangeChange => {
    const { documentId } = expected;
    const from = locateRange(db, documentId, anchor, label, direction);
    const current = readRange(db, documentId, from, expected.segments.length);
    if (fingerprint({ ...current, from }) !== fingerprint(expected)) {
      throw new MizanError('bad-input', `cannot ${direction} "${label}": those segments were changed since by an edit that cannot be undone here, and it is kept`);
    }
    restoreRange(db, documentId, from, expected.segments.length, wanted, expected);
    touchDocument(db, documentId, now());
    return rangeChange(db, documentId, from, expected.segments.length, wanted.segments.length);
  };
  return {
    label,
    undo: (db) => swap(db, after, before, 'undo'),
    redo: (db) => swap(db, before, after, 'redo'),
  };
}

/**
 * What an undoable change touches, read before it: returns how to build its entry from the
 * result (null when the change turned out to change nothing: nothing is recorded).
 */
export type Tracker<R> = (db: Database, label: string) => (result: R) => HistoryEntry | null;

/** An undoable change, planned inside its transaction (so it validates against what is there). */
export interface Undoable<R> {
  /** Shown as "Undo <label>". */
  label: string;
  track: Tracker<R>;
  apply: () => R;
}

/** A planned change that would change nothing: `value` is handed back, nothing is written or recorded. */
export interface Unchanged<R> {
  unchanged: R;
}

export interface UndoableResult<R> {
  value: R;
  /** Whether a change was made (and recorded). */
  changed: boolean;
  history: HistoryState;
}

/**
 * THE undo runner: runs `plan` and the change it describes in one IMMEDIATE write transaction,
 * records one history entry once it has committed, and hands back the change's value with the
 * history state (so the caller needs no second round trip for the Undo menu).
 */
export function runUndoable<R, U = R>(db: Database, plan: () => Undoable<R> | Unchanged<U>): UndoableResult<R | U> {
  const done = writeTransaction(db, () => {
    const p = plan();
    if ('unchanged' in p) return { value: p.unchanged, entry: null };
    const finish = p.track(db, p.label);
    const value = p.apply();
    return { value, entry: finish(value) };
  });
  const history = historyFor(db);
  // Only a committed change enters the history.
  if (done.entry) history.record(done.entry);
  return { value: done.value, changed: done.entry !== null, history: history.state() };
}

/**
 * Tracks the rows [from, from + count) of a document: undo swaps the range back to its snapshot.
 * The change's result is the range as it is afterwards (its length is how many rows it now has).
 */
export function trackRange(documentId: DocumentId, from: number, count: number, now: () => number): Tracker<RangeChange> {
  return (db, label) => {
    const anchor = from > 0 ? (getSegmentAt(db, documentId, from - 1)?.id ?? null) : null;
    const before = readRange(db, documentId, from, count);
    return (change) => snapshotEntry(label, anchor, before, readRange(db, documentId, from, change.segments.length), now);
  };
}

/** An edit of the rows [from, from + count) of a document; `apply` returns how many rows the range has afterwards. */
export interface RangeEdit {
  label: string;
  documentId: DocumentId;
  from: number;
  count: number;
  apply: () => number;
}

/** A range edit as an undoable change for runUndoable (tracked by trackRange; touches the document). */
export function rangeEdit(db: Database, now: () => number, edit: RangeEdit): Undoable<RangeChange> {
  const { label, documentId, from, count } = edit;
  return {
    label,
    track: trackRange(documentId, from, count, now),
    apply: () => {
      const afterCount = edit.apply();
      touchDocument(db, documentId, now());
      return rangeChange(db, documentId, from, count, afterCount);
    },
  };
}
