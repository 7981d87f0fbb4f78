// The TM's index of the project's own segments (their source's index terms). The write path and the
// structural edits call these wherever a segment's source is written or a segment removed, next to the
// search index; only the source is indexed, so typing English never touches it.
import type { Database } from 'better-sqlite3';
import type { SegmentId } from '../core/ids.js';
import { indexDocument } from '../core/tm/tm-tokens.js';
import { prepare } from './statements.js';

export function indexTmSource(db: Database, id: SegmentId, source: string): void {
  prepare(db, 'DELETE FROM tm_segment_index WHERE rowid = ?').run(id);
  prepare(db, 'INSERT INTO tm_segment_index (rowid, terms) VALUES (?, ?)').run(id, indexDocument(source));
}

export function removeTmSource(db: Database, id: SegmentId): void {
  prepare(db, 'DELETE FROM tm_segment_index WHERE rowid = ?').run(id);
}

/** The sources of a new document's segments (fresh ids: nothing to replace), in one pass. */
export function indexNewTmSources(db: Database, rows: readonly { id: SegmentId; source: string }[]): void {
  const insert = prepare(db, 'INSERT INTO tm_segment_index (rowid, terms) VALUES (?, ?)');
  for (const row of rows) insert.run(row.id, indexDocument(row.source));
}
