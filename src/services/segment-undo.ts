// The undo entry of changes to segments' values (text, status, "don't translate") that keep the
// rows where they are: typing, a status change, a source fix, a restore, Replace all. Entries hold
// values, not row snapshots: undo writes the old values back through the write path
// (segment-writes.ts) as new revisions, so a segment's history only ever grows, and then puts the
// spans the change moved exactly where they were.
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { RangeChange, Segment, SegmentId, SegmentStatus } from '../core/model.js';
import { REDO_SESSION_PREFIX, UNDO_SESSION_PREFIX } from '../core/review/revision-origin.js';
import { updateAnnotation } from '../store/annotations.js';
import { listAnchors, type Anchor } from '../store/range-edits.js';
import { getSegment } from '../store/segments.js';
import type { ServiceContext } from './context.js';
import { rangeChange, type HistoryEntry, type Tracker } from './edit-history.js';
import { stampOf, writeSegment, type SegmentChange } from './segment-writes.js';

/** A text span, where it sits. */
type Span = Anchor & { start: number; end: number };

/** What a change of values touches on one segment. */
interface Values {
  id: SegmentId;
  source: string;
  target: string;
  status: SegmentStatus;
  doNotTranslate: boolean;
  spans: Span[];
}

const FIELDS = ['source', 'target', 'status', 'doNotTranslate'] as const;
const FIELD_NAMES: Record<(typeof FIELDS)[number], string> = { source: 'Arabic', target: 'English', status: 'status', doNotTranslate: '“don’t translate” mark' };

function spansOf(db: Database, id: SegmentId): Span[] {
  return listAnchors(db, id).filter((a): a is Span => (a.side === 'source' || a.side === 'target') && a.start !== null && a.end !== null);
}

function valuesOf(db: Database, s: Segment): Values {
  return { id: s.id, source: s.source, target: s.target, status: s.status, doNotTranslate: s.doNotTranslate, spans: spansOf(db, s.id) };
}

const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end && a.flagged === b.flagged;

/**
 * After undo/redo re-anchored the spans through the reverse edit: a span no one touched since the
 * change (it sits where the change left it) goes back exactly where it was, flag included; spans
 * added or moved since keep where re-anchoring put them.
 */
function putSpansBack(db: Database, beforeSwap: Span[], expected: Span[], wanted: Span[], at: number): void {
  const now = new Map(beforeSwap.map((s) => [s.id, s]));
  const left = new Map(expected.map((s) => [s.id, s]));
  for (const w of wanted) {
    const was = now.get(w.id);
    const edit = left.get(w.id);
    if (was && edit && sameSpan(was, edit)) updateAnnotation(db, w.id, { start: w.start, end: w.end, flagged: w.flagged }, at);
  }
}

/** One change of the values of some segments of one document, as an undoable entry. */
class SegmentValuesEntry implements HistoryEntry {
  constructor(
    readonly label: string,
    private readonly step: string | null,
    private readonly before: Values[],
    private after: Values[],
    private readonly ctx: ServiceContext,
  ) {}

  undo(db: Database): RangeChange {
    return this.swap(db, this.after, this.before, 'undo');
  }

  redo(db: Database): RangeChange {
    return this.swap(db, this.before, this.after, 'redo');
  }

  /** Saves of one editing session of one segment are one step. */
  absorb(next: HistoryEntry): boolean {
    if (!(next instanceof SegmentValuesEntry) || this.step === null || next.step !== this.step) return false;
    if (this.after.length !== 1 || next.after.length !== 1 || this.after[0]!.id !== next.after[0]!.id) return false;
    this.after = next.after;
    return true;
  }

  private swap(db: Database, expected: Values[], wanted: Values[], direction: 'undo' | 'redo'): RangeChange {
    // Check every segment before writing any: the step is undone whole or not at all. Only the
    // fields this change changed are compared, so an unrelated later edit does not block it, and
    // a later edit of a field it changed is never overwritten.
    const current = expected.map((e, k) => {
      const now = getSegment(db, e.id);
      if (!now) throw new MizanError('bad-input', `cannot ${direction} "${this.label}": a segment it changed was merged or deleted since`);
      const w = wanted[k]!;
      for (const f of FIELDS) {
        if (e[f] !== w[f] && now[f] !== e[f]) {
          throw new MizanError('bad-input', `cannot ${direction} "${this.label}": the ${FIELD_NAMES[f]} of segment ${now.position + 1} was changed since, and that change is kept`);
        }
      }
      return now;
    });
    const stamp = stampOf(this.ctx);
    const session = `${direction === 'undo' ? UNDO_SESSION_PREFIX : REDO_SESSION_PREFIX}${stamp.at}`;
    let first = Infinity;
    let last = -Infinity;
    current.forEach((now, k) => {
      const w = wanted[k]!;
      const e = expected[k]!;
      const spansNow = spansOf(db, now.id);
      // The status is always given: a status this change did not set stays as it is now.
      const change: SegmentChange = { status: e.status !== w.status ? w.status : now.status };
      if (e.source !== w.source) change.source = w.source;
      if (e.target !== w.target) change.target = w.target;
      if (e.doNotTranslate !== w.doNotTranslate) change.doNotTranslate = w.doNotTranslate;
      writeSegment(db, stamp, now, change, session);
      putSpansBack(db, spansNow, e.spans, w.spans, stamp.at);
      first = Math.min(first, now.position);
      last = Math.max(last, now.position);
    });
    const documentId = current[0]?.documentId;
    if (documentId === undefined) throw new MizanError('internal', `"${this.label}" changed no segment`);
    return rangeChange(db, documentId, first, last - first + 1, last - first + 1);
  }
}

/**
 * Tracks the values of some segments of one document (read before the change and after it). Only
 * segments the change actually changed are kept in the entry (none: nothing is recorded). Changes
 * of one segment with the same non-null `step` (an editing session) become one undo step.
 */
export function trackSegments<R>(ids: readonly SegmentId[], ctx: ServiceContext, step: string | null = null): Tracker<R> {
  return (db, label) => {
    const before = ids.flatMap((id) => {
      const s = getSegment(db, id);
      return s ? [valuesOf(db, s)] : [];
    });
    return () => {
      const pairs = before.flatMap((b) => {
        const s = getSegment(db, b.id);
        if (!s) return [];
        const a = valuesOf(db, s);
        return FIELDS.some((f) => a[f] !== b[f]) ? [{ b, a }] : [];
      });
      if (pairs.length === 0) return null;
      return new SegmentValuesEntry(label, step, pairs.map((p) => p.b), pairs.map((p) => p.a), ctx);
    };
  };
}
