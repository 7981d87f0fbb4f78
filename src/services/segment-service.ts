import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import { STATUS_LABELS, type DocumentId, type RangeChange, type Segment, type SegmentId, type SegmentPage, type SegmentStatus } from '../core/model.js';
import { getDocument, touchDocument } from '../store/documents.js';
import {
  countSegments, findNextOpenSegment, getSegment, listSegments, segmentIndex,
  updateSegmentDoNotTranslate,
} from '../store/segments.js';
import type { ServiceContext } from './context.js';
import { historyFor, rangeChange, type HistoryEntry } from './edit-history.js';
import { stampOf, writeStatus, writeText } from './segment-writes.js';

export function requireSegment(db: Database, id: SegmentId): Segment {
  const segment = getSegment(db, id);
  if (!segment) throw new MizanError('not-found', `segment ${id} does not exist (was it deleted or merged?)`);
  return segment;
}

export function pageSegments(db: Database, documentId: DocumentId, offset: number, limit: number): SegmentPage {
  if (!getDocument(db, documentId)) throw new MizanError('not-found', `document ${documentId} does not exist`);
  return { total: countSegments(db, documentId), offset, items: listSegments(db, documentId, offset, limit) };
}

/**
 * Saves the translation of a segment; unchanged text writes nothing, a change is kept as a revision.
 * The segment's English spans follow their text through the edit (core/annotation/reanchor.ts);
 * a span whose text was mostly deleted or replaced is flagged for a person to look at, never deleted.
 */
export function updateTarget(db: Database, ctx: ServiceContext, id: SegmentId, target: string, session: string | null): Segment {
  const text = target.normalize('NFC');
  const done = db.transaction(() => {
    const before = requireSegment(db, id);
    if (before.target === text) return { segment: before, before };
    const stamp = stampOf(ctx);
    // A first edit of an untouched segment moves it to draft so progress shows work in hand.
    if (before.status === 'new') writeStatus(db, stamp, before, 'draft');
    writeText(db, stamp, before, 'target', text, session);
    touchDocument(db, before.documentId, stamp.at);
    return { segment: requireSegment(db, id), before };
  })();
  if (done.segment !== done.before) recordTargetEdit(db, ctx, done.before, done.segment, session);
  return done.segment;
}




// ---- Undo / redo of segment edits. Entries hold values, not snapshots: undoing writes the old value
// as a new change (a revision), so the history of a segment only ever grows.

interface SegmentValues {
  target: string;
  status: SegmentStatus;
  doNotTranslate: boolean;
}

/** One typing session (or one status change) of one segment, as an undoable entry. */
class SegmentEditEntry implements HistoryEntry {
  constructor(
    readonly label: string,
    readonly segmentId: SegmentId,
    readonly session: string | null,
    readonly before: SegmentValues,
    public after: SegmentValues,
    private readonly ctx: ServiceContext,
  ) {}

  undo(db: Database): RangeChange {
    return this.swap(db, this.after, this.before, 'undo');
  }

  redo(db: Database): RangeChange {
    return this.swap(db, this.before, this.after, 'redo');
  }

  private swap(db: Database, expected: SegmentValues, wanted: SegmentValues, direction: string): RangeChange {
    const current = getSegment(db, this.segmentId);
    if (!current) throw new MizanError('bad-input', `cannot ${direction} "${this.label}": the segment was merged or deleted since`);
    if (current.target !== expected.target || current.status !== expected.status || current.doNotTranslate !== expected.doNotTranslate) {
      throw new MizanError('bad-input', `cannot ${direction} "${this.label}": the segment was changed since, and that change is kept`);
    }
    const stamp = stampOf(this.ctx);
    if (current.status !== wanted.status) writeStatus(db, stamp, current, wanted.status);
    if (current.target !== wanted.target) writeText(db, stamp, current, 'target', wanted.target, null);
    if (current.doNotTranslate !== wanted.doNotTranslate) updateSegmentDoNotTranslate(db, current.id, wanted.doNotTranslate, stamp.at, stamp.author);
    touchDocument(db, current.documentId, stamp.at);
    const now = requireSegment(db, this.segmentId);
    return rangeChange(db, now.documentId, now.position, 1, 1);
  }
}

const valuesOf = (s: Segment): SegmentValues => ({ target: s.target, status: s.status, doNotTranslate: s.doNotTranslate });

/** Typing in one editing session is one undo step: a later save of the same session extends it. */
function recordTargetEdit(db: Database, ctx: ServiceContext, before: Segment, after: Segment, session: string | null): void {
  const history = historyFor(db);
  const top = history.top();
  if (session !== null && top instanceof SegmentEditEntry && top.session === session && top.segmentId === after.id) {
    top.after = valuesOf(after);
    return;
  }
  history.record(new SegmentEditEntry('Edit translation', after.id, session, valuesOf(before), valuesOf(after), ctx));
}


export function setStatus(db: Database, ctx: ServiceContext, id: SegmentId, status: SegmentStatus): Segment {
  const done = db.transaction(() => {
    const before = requireSegment(db, id);
    if (before.status === status) return { segment: before, before };
    const stamp = stampOf(ctx);
    writeStatus(db, stamp, before, status);
    touchDocument(db, before.documentId, stamp.at);
    return { segment: requireSegment(db, id), before };
  })();
  if (done.segment !== done.before) {
    historyFor(db).record(new SegmentEditEntry(`Set status to ${STATUS_LABELS[status]}`, id, null, valuesOf(done.before), valuesOf(done.segment), ctx));
  }
  return done.segment;
}

export function nextOpenSegment(db: Database, documentId: DocumentId, afterPosition: number): { segment: Segment; index: number } | null {
  const segment = findNextOpenSegment(db, documentId, afterPosition);
  return segment ? { segment, index: segmentIndex(db, segment) } : null;
}

/** Boilerplate (a site's "Share" line, a byline) is kept but excluded from work and from the translation export. */
export function setDoNotTranslate(db: Database, ctx: ServiceContext, id: SegmentId, value: boolean): Segment {
  const done = db.transaction(() => {
    const before = requireSegment(db, id);
    if (before.doNotTranslate === value) return { segment: before, before };
    const at = ctx.now();
    updateSegmentDoNotTranslate(db, id, value, at, ctx.user());
    touchDocument(db, before.documentId, at);
    return { segment: requireSegment(db, id), before };
  })();
  if (done.segment !== done.before) {
    historyFor(db).record(new SegmentEditEntry(value ? 'Mark “don’t translate”' : 'Unmark “don’t translate”', id, null, valuesOf(done.before), valuesOf(done.segment), ctx));
  }
  return done.segment;
}
