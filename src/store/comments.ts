import type { Database } from 'better-sqlite3';
import type { CommentId, SegmentId } from '../core/model.js';
import { prepare } from './statements.js';

export interface NewComment {
  segmentId: SegmentId;
  parentId: CommentId | null;
  author: string;
  body: string;
  at: number;
  resolvedAt: number | null;
  resolvedBy: string | null;
}

export function insertComment(db: Database, c: NewComment): CommentId {
  const info = prepare(db, `
    INSERT INTO comments (segment_id, parent_id, author, body, created_at, updated_at, resolved_at, resolved_by)
    VALUES (@segmentId, @parentId, @author, @body, @at, @at, @resolvedAt, @resolvedBy)`).run(c);
  return Number(info.lastInsertRowid) as CommentId;
}

export function countOpenComments(db: Database, segmentId: SegmentId): number {
  return (prepare<[number], { n: number }>(db, `
    SELECT count(*) AS n FROM comments WHERE segment_id = ? AND parent_id IS NULL AND resolved_at IS NULL`).get(segmentId)?.n ?? 0);
}
