import { toRevisionId, toSegmentId } from '../core/ids.js';
import type { Database } from 'better-sqlite3';
import type { Revision, RevisionField, RevisionId, SegmentId } from '../core/model.js';
import { prepare } from './statements.js';

interface RevisionRow {
  id: number;
  segment_id: number;
  field: RevisionField;
  before: string;
  after: string;
  author: string;
  at: number;
  session: string | null;
}

function toRevision(r: RevisionRow): Revision {
  return { id: toRevisionId(r.id), segmentId: toSegmentId(r.segment_id), field: r.field, before: r.before, after: r.after, author: r.author, at: r.at, session: r.session };
}

/** A revision before it has its id. */
export type NewRevision = Omit<Revision, 'id'>;

/**
 * Records a change. Edits in the same editing session by the same author extend the
 * session's last revision instead of adding one per keystroke.
 */
export function recordRevision(db: Database, rev: NewRevision): RevisionId {
  if (rev.session) {
    const last = prepare<[number, string], RevisionRow>(db, `
      SELECT * FROM revisions WHERE segment_id = ? AND field = ? ORDER BY id DESC LIMIT 1`).get(rev.segmentId, rev.field);
    if (last && last.session === rev.session && last.author === rev.author) {
      prepare(db, 'UPDATE revisions SET after = ?, at = ? WHERE id = ?').run(rev.after, rev.at, last.id);
      return toRevisionId(last.id);
    }
  }
  const info = prepare(db, `
    INSERT INTO revisions (segment_id, field, before, after, author, at, session)
    VALUES (@segmentId, @field, @before, @after, @author, @at, @session)`).run(rev);
  return toRevisionId(info.lastInsertRowid);
}

export function listRevisions(db: Database, segmentId: SegmentId): Revision[] {
  return prepare<[number], RevisionRow>(db, 'SELECT * FROM revisions WHERE segment_id = ? ORDER BY id').all(segmentId).map(toRevision);
}

export function getRevision(db: Database, id: RevisionId): Revision | undefined {
  const row = prepare<[number], RevisionRow>(db, 'SELECT * FROM revisions WHERE id = ?').get(id);
  return row ? toRevision(row) : undefined;
}
