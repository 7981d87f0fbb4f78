// Fixing the Arabic and restoring an older version of a segment's text. Both write the text as a
// new revision (a segment's history only grows: nothing is deleted from it), carry that side's
// annotation spans through the edit like typing does (core/annotation/reanchor.ts: spans follow
// their text, a span whose text was mostly replaced is flagged, never deleted), keep the search
// index in step (the store does), and record an undo entry. Undo and redo write the other text back
// the same way, as revisions too, and put the spans they moved exactly where they were.
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { AlignmentEditResult, RangeChange, RevisionId, Segment, SegmentId, SegmentStatus, TextSide } from '../core/model.js';
import { RESTORE_SESSION_PREFIX, SOURCE_FIX_SESSION_PREFIX } from '../core/review/revision-origin.js';
import { listAnchors, type Anchor } from '../store/alignment.js';
import { updateAnnotation } from '../store/annotations.js';
import { touchDocument } from '../store/documents.js';
import { getRevision } from '../store/revisions.js';
import { getSegment } from '../store/segments.js';
import type { ServiceContext } from './context.js';
import { historyFor, rangeChange, type HistoryEntry } from './edit-history.js';
import { requireSegment } from './segment-service.js';
import { stampOf, textOf, writeStatus, writeText } from './segment-writes.js';

/** A span of one side, where it sits. */
type SpanState = Anchor & { start: number; end: number };

/** What a text edit changes on a segment: the side's text, the status, where the side's spans sit. */
interface SideState {
  text: string;
  status: SegmentStatus;
  spans: SpanState[];
}

const SIDE_NAMES: Record<TextSide, string> = { source: 'Arabic', target: 'English' };

function spansOf(db: Database, id: SegmentId, side: TextSide): SpanState[] {
  return listAnchors(db, id).filter((a): a is SpanState => a.side === side && a.start !== null && a.end !== null);
}

function stateOf(db: Database, segment: Segment, side: TextSide): SideState {
  return { text: textOf(segment, side), status: segment.status, spans: spansOf(db, segment.id, side) };
}



const sameSpan = (a: SpanState, b: SpanState): boolean => a.start === b.start && a.end === b.end && a.flagged === b.flagged;

/**
 * After undo/redo re-anchored the spans through the reverse edit: a span that no one touched since
 * the edit (it sits where the edit left it) goes back exactly where it was, flag included; spans
 * added or moved since keep where re-anchoring put them.
 */
function putSpansBack(db: Database, beforeSwap: SpanState[], expected: SpanState[], wanted: SpanState[], at: number): void {
  const now = new Map(beforeSwap.map((s) => [s.id, s]));
  const left = new Map(expected.map((s) => [s.id, s]));
  for (const w of wanted) {
    const was = now.get(w.id);
    const edit = left.get(w.id);
    if (was && edit && sameSpan(was, edit)) updateAnnotation(db, w.id, { start: w.start, end: w.end, flagged: w.flagged }, at);
  }
}

/** One text edit of one side of one segment (a source fix, a restore), as an undoable entry. */
class TextEditEntry implements HistoryEntry {
  constructor(
    readonly label: string,
    private readonly segmentId: SegmentId,
    private readonly side: TextSide,
    private readonly before: SideState,
    private readonly after: SideState,
    private readonly ctx: ServiceContext,
  ) {}

  undo(db: Database): RangeChange {
    return this.swap(db, this.after, this.before, 'undo');
  }

  redo(db: Database): RangeChange {
    return this.swap(db, this.before, this.after, 'redo');
  }

  private swap(db: Database, expected: SideState, wanted: SideState, direction: 'undo' | 'redo'): RangeChange {
    const { side, segmentId, label } = this;
    const current = getSegment(db, segmentId);
    if (!current) throw new MizanError('bad-input', `cannot ${direction} "${label}": the segment was merged or deleted since`);
    // The status matters only when this edit changed it (a first English text makes a segment a draft).
    const statusChanged = this.before.status !== this.after.status;
    if (textOf(current, side) !== expected.text || (statusChanged && current.status !== expected.status)) {
      throw new MizanError('bad-input', `cannot ${direction} "${label}": the ${SIDE_NAMES[side]} of that segment was changed since, and that change is kept`);
    }
    const spansNow = spansOf(db, segmentId, side);
    const stamp = stampOf(this.ctx);
    writeText(db, stamp, current, side, wanted.text, `${direction}:${stamp.at}`);
    if (statusChanged) writeStatus(db, stamp, requireSegment(db, segmentId), wanted.status);
    putSpansBack(db, spansNow, expected.spans, wanted.spans, stamp.at);
    touchDocument(db, current.documentId, stamp.at);
    const after = requireSegment(db, segmentId);
    return rangeChange(db, after.documentId, after.position, 1, 1);
  }
}

/**
 * Sets one side of a segment to `text` (NFC) as a new revision, re-anchoring that side's spans, and
 * records it for undo. The same text writes nothing and records nothing. Returns the row as the grid
 * shows it, the cursor (this segment) and the undo state.
 */
function editText(db: Database, ctx: ServiceContext, id: SegmentId, side: TextSide, rawText: string, label: string, session: string): AlignmentEditResult {
  const text = rawText.normalize('NFC');
  const done = db.transaction(() => {
    const segment = requireSegment(db, id);
    if (textOf(segment, side) === text) return { change: rangeChange(db, segment.documentId, segment.position, 1, 1), entry: null };
    const before = stateOf(db, segment, side);
    const stamp = stampOf(ctx);
    writeText(db, stamp, segment, side, text, `${session}:${stamp.at}`);
    // Like typing: the first English of an untouched segment makes it a draft.
    if (side === 'target' && segment.status === 'new' && text !== '') writeStatus(db, stamp, requireSegment(db, id), 'draft');
    touchDocument(db, segment.documentId, stamp.at);
    const saved = requireSegment(db, id);
    return { change: rangeChange(db, saved.documentId, saved.position, 1, 1), entry: new TextEditEntry(label, id, side, before, stateOf(db, saved, side), ctx) };
  })();
  // Only a committed edit enters the history.
  if (done.entry) historyFor(db).record(done.entry);
  return { ...done.change, focusId: id, history: historyFor(db).state() };
}

/** Fixes the source text of a segment (a typo in the Arabic). */
export function updateSource(db: Database, ctx: ServiceContext, id: SegmentId, source: string): AlignmentEditResult {
  return editText(db, ctx, id, 'source', source, 'Fix Arabic', SOURCE_FIX_SESSION_PREFIX);
}

/**
 * Makes the text before or after a revision the segment's current text again (the target or the
 * source, per the revision's field), as a new revision. Status changes are not restored here.
 */
export function restoreRevision(db: Database, ctx: ServiceContext, revisionId: RevisionId, which: 'before' | 'after'): AlignmentEditResult {
  const revision = getRevision(db, revisionId);
  if (!revision) throw new MizanError('not-found', `revision ${revisionId} does not exist`);
  if (revision.field === 'status') throw new MizanError('bad-input', 'a status change cannot be restored; set the status in the segment row');
  const side: TextSide = revision.field;
  const label = `Restore an earlier ${SIDE_NAMES[side]}`;
  return editText(db, ctx, revision.segmentId, side, revision[which], label, `${RESTORE_SESSION_PREFIX}${revision.id}:${which}`);
}
