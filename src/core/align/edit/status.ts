import type { SegmentStatus } from '../../model.js';

/**
 * How far along a segment is, lowest first. `rejected` sits below `translated`: a rejected
 * translation is work a translator still has to do, like a draft.
 */
export const STATUS_PROGRESS: readonly SegmentStatus[] = ['new', 'draft', 'rejected', 'translated', 'reviewed', 'approved'];

function rank(status: SegmentStatus): number {
  return STATUS_PROGRESS.indexOf(status);
}

/** The less advanced of two statuses. */
export function lowerStatus(a: SegmentStatus, b: SegmentStatus): SegmentStatus {
  return rank(a) <= rank(b) ? a : b;
}

/**
 * A merged segment is only as far along as its least advanced part (joining an approved sentence to
 * a draft does not approve the draft), and a merged segment with English in it is at least a draft.
 */
export function mergedStatus(a: SegmentStatus, b: SegmentStatus, mergedTarget: string): SegmentStatus {
  return statusForTarget(lowerStatus(a, b), mergedTarget);
}

/**
 * The furthest a segment with this English can be: a segment with empty English is never
 * `translated` or beyond (progress would count it as done) — it is `new` again. The one rule for
 * every write (typing, review moves, alignment edits, imports).
 */
export function allowedStatus(status: SegmentStatus, target: string): SegmentStatus {
  return target.trim() === '' && rank(status) >= rank('translated') ? 'new' : status;
}

/**
 * The status after an alignment edit gave a segment this target: English arriving in a `new`
 * segment makes it a `draft` (as typing does), a `draft` left without English goes back to `new`,
 * and so does a signed-off segment (allowedStatus): its history stays in the revisions.
 */
export function statusForTarget(status: SegmentStatus, target: string): SegmentStatus {
  const empty = target.trim() === '';
  if (status === 'new' && !empty) return 'draft';
  if (status === 'draft' && empty) return 'new';
  return allowedStatus(status, target);
}
