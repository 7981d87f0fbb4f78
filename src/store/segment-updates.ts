// The raw UPDATEs of a segment's text and status. Only services/segment-writes.ts may use them
// (a lint rule keeps it so): a write that bypasses it would leave annotation spans where the old
// text had them and record no revision.
import type { Database } from 'better-sqlite3';
import type { SegmentId, SegmentStatus } from '../core/model.js';
import { indexSegmentText } from './search-index.js';
import { prepare } from './statements.js';
import { indexTmSource } from './tm-segment-index.js';
import { clearSegmentMatch } from './tm.js';

export function updateSegmentTarget(db: Database, id: SegmentId, target: string, at: number, by: string): void {
  const row = prepare<[string, number, string, number], { source: string }>(db, `
    UPDATE segments SET target = ?, updated_at = ?, updated_by = ? WHERE id = ? RETURNING source`).get(target, at, by, id);
  if (row) indexSegmentText(db, id, row.source, target);
  // An English written after pre-translation is no longer the TM match's (pre-translation records its match
  // after this write), so the row's badge and the exports stop citing it.
  clearSegmentMatch(db, id);
}

/** A fix of the source text (a typo in the Arabic); keeps the search index in step like a target edit. */
export function updateSegmentSource(db: Database, id: SegmentId, source: string, at: number, by: string): void {
  const row = prepare<[string, number, string, number], { target: string }>(db, `
    UPDATE segments SET source = ?, updated_at = ?, updated_by = ? WHERE id = ? RETURNING target`).get(source, at, by, id);
  if (row) indexSegmentText(db, id, source, row.target);
  if (row) indexTmSource(db, id, source);
}

export function updateSegmentDoNotTranslate(db: Database, id: SegmentId, value: boolean, at: number, by: string): void {
  prepare(db, 'UPDATE segments SET do_not_translate = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(value ? 1 : 0, at, by, id);
}

export function updateSegmentStatus(db: Database, id: SegmentId, status: SegmentStatus, at: number, by: string): void {
  prepare(db, 'UPDATE segments SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(status, at, by, id);
}
