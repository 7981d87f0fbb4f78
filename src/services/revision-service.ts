// Fixing the Arabic and restoring an older version of a segment's text. Both go through the write
// path (segment-writes.ts: a new revision — a segment's history only grows —, that side's spans
// carried through the edit and flagged, never deleted, when their text was mostly replaced, the
// search index in step) as one step of the undo runner (segment-undo.ts: undo and redo write the
// other text back the same way, and put the spans they moved exactly where they were).
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { AlignmentEditResult, RevisionId, SegmentId, TextSide } from '../core/model.js';
import { RESTORE_SESSION_PREFIX, SOURCE_FIX_SESSION_PREFIX } from '../core/review/revision-origin.js';
import { getRevision } from '../store/revisions.js';
import type { ServiceContext } from './context.js';
import { rangeChange } from './edit-history.js';
import { changeSegment } from './segment-service.js';

const SIDE_NAMES: Record<TextSide, string> = { source: 'Arabic', target: 'English' };

/**
 * Sets one side of a segment to `text` (NFC) as a new revision, through the write path (spans
 * re-anchored; the first English of an untouched segment makes it a draft), as one undo step. The
 * same text writes nothing and records nothing. Returns the row as the grid shows it, the cursor
 * (this segment) and the undo state.
 */
function editText(db: Database, ctx: ServiceContext, id: SegmentId, side: TextSide, rawText: string, label: string, session: string): AlignmentEditResult {
  const text = rawText.normalize('NFC');
  const { value: saved, history } = changeSegment(db, ctx, id, label, side === 'source' ? { source: text } : { target: text }, { session: `${session}:${ctx.now()}` });
  return { ...rangeChange(db, saved.documentId, saved.position, 1, 1), focusId: id, history };
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
