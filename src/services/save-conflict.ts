import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { Segment, SegmentId } from '../core/model.js';
import type { ServiceContext } from './context.js';
import { changeSegment, updateTarget } from './segment-service.js';

const QUOTE_CHARS = 80;
const quote = (text: string) => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text);

/**
 * Saves a segment's English only if the project still holds `expected` (what the page showed when
 * the user started typing), so a change another session or the CLI made meanwhile is never
 * silently overwritten. Check and write run in the change's one IMMEDIATE transaction: no other
 * writer can slip in between.
 */
export function updateTargetIfUnchanged(db: Database, ctx: ServiceContext, id: SegmentId, target: string, session: string | null, expected: string): Segment {
  // A read-only project refuses the write itself, with the reason (access-guard.ts): that says more than a conflict.
  if (db.readonly) return updateTarget(db, ctx, id, target, session);
  const wanted = target.normalize('NFC');
  const check = ({ target: stored }: Segment) => {
    if (stored !== expected.normalize('NFC') && stored !== wanted) {
      throw new MizanError(
        'conflict',
        `segment ${id} was changed elsewhere since you opened it (it now reads “${quote(stored)}”); your text was not saved. Copy your text, then go to the segment again to see the current one.`,
      );
    }
  };
  return changeSegment(db, ctx, id, 'Edit translation', { target: wanted }, { session, step: session, check }).value;
}
