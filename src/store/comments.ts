import { toAnnotationId, toCommentId, toSegmentId, nullableId } from '../core/ids.js';
import type { Database } from 'better-sqlite3';
import type { AnnotationId, CommentId, DocumentId, SegmentId } from '../core/model.js';
import type { Comment } from '../core/review/comments.js';
import type { CommentRow } from './range-edits.js';
import { prepare } from './statements.js';

export type { CommentRow };

export interface NewComment {
  segmentId: SegmentId;
  /** A thread about one annotation of the segment; absent or null for the segment as a whole. */
  annotationId?: AnnotationId | null;
  parentId: CommentId | null;
  author: string;
  body: string;
  at: number;
  resolvedAt: number | null;
  resolvedBy: string | null;
}

export function insertComment(db: Database, c: NewComment): CommentId {
  const info = prepare(db, `
    INSERT INTO comments (segment_id, annotation_id, parent_id, author, body, created_at, updated_at, resolved_at, resolved_by)
    VALUES (@segmentId, @annotationId, @parentId, @author, @body, @at, @at, @resolvedAt, @resolvedBy)`).run({ ...c, annotationId: c.annotationId ?? null });
  return toCommentId(info.lastInsertRowid);
}

export function toComment(r: CommentRow): Comment {
  return {
    id: toCommentId(r.id),
    segmentId: toSegmentId(r.segment_id),
    annotationId: nullableId(r.annotation_id, toAnnotationId),
    parentId: nullableId(r.parent_id, toCommentId),
    author: r.author,
    body: r.body,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
  };
}

export function getComment(db: Database, id: CommentId): Comment | undefined {
  const row = prepare<[number], CommentRow>(db, 'SELECT * FROM comments WHERE id = ?').get(id);
  return row ? toComment(row) : undefined;
}

/** Every comment of a segment (thread starts and replies), oldest first. */
export function listSegmentComments(db: Database, segmentId: SegmentId): Comment[] {
  return prepare<[number], CommentRow>(db, 'SELECT * FROM comments WHERE segment_id = ? ORDER BY created_at, id').all(segmentId).map(toComment);
}

/** A comment with where its segment sits, for listing a document's threads in reading order. */
export interface PlacedCommentRow {
  comment: Comment;
  position: number;
  source: string;
  target: string;
}

/** Every comment of a document in reading order (segment position, then oldest first), with its segment's place and text. */
export function listDocumentComments(db: Database, documentId: DocumentId): PlacedCommentRow[] {
  return prepare<[number], CommentRow & { position: number; source: string; target: string }>(db, `
    SELECT c.*, s.position AS position, s.source AS source, s.target AS target
    FROM comments c JOIN segments s ON s.id = c.segment_id
    WHERE s.document_id = ?
    ORDER BY s.position, c.created_at, c.id`)
    .all(documentId)
    .map(({ position, source, target, ...row }) => ({ comment: toComment(row), position, source, target }));
}

export function updateCommentBody(db: Database, id: CommentId, body: string, at: number): void {
  prepare(db, 'UPDATE comments SET body = ?, updated_at = ? WHERE id = ?').run(body, at, id);
}

/** Resolves a thread (at and by set) or reopens it (both null). */
export function setCommentResolved(db: Database, id: CommentId, at: number | null, by: string | null): void {
  prepare(db, 'UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ?').run(at, by, id);
}

/** Deletes a comment; the replies to it go with it (ON DELETE CASCADE). */
export function deleteComment(db: Database, id: CommentId): void {
  prepare(db, 'DELETE FROM comments WHERE id = ?').run(id);
}

// Raw rows, for undo and redo: a comment comes back with its id and every field as it was.

/** The stored rows of these comments (absent ids are left out), in id order. */
export function readCommentRows(db: Database, ids: readonly CommentId[]): CommentRow[] {
  return prepare<[string], CommentRow>(db, 'SELECT * FROM comments WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(ids));
}

/** Ids of the replies to these comments that are not among them (what deleting them would take along). */
export function repliesOutside(db: Database, ids: readonly CommentId[]): CommentId[] {
  const list = JSON.stringify(ids);
  return prepare<[string, string], { id: number }>(db, `
    SELECT id FROM comments WHERE parent_id IN (SELECT value FROM json_each(?)) AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(list, list)
    .map((r) => toCommentId(r.id));
}

/** Inserts a comment row with its original id (throws if the id is taken: the caller's transaction rolls back). */
export function insertCommentRow(db: Database, row: CommentRow): void {
  prepare(db, `
    INSERT INTO comments (id, segment_id, annotation_id, parent_id, author, body, created_at, updated_at, resolved_at, resolved_by)
    VALUES (@id, @segment_id, @annotation_id, @parent_id, @author, @body, @created_at, @updated_at, @resolved_at, @resolved_by)`).run(row);
}

/** Sets every field of a stored comment row to `row`'s values. */
export function overwriteCommentRow(db: Database, row: CommentRow): void {
  prepare(db, `
    UPDATE comments SET segment_id = @segment_id, annotation_id = @annotation_id, parent_id = @parent_id, author = @author, body = @body,
      created_at = @created_at, updated_at = @updated_at, resolved_at = @resolved_at, resolved_by = @resolved_by
    WHERE id = @id`).run(row);
}
