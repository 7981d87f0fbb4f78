// SQL for edits that rewrite a range of segments (alignment edits and their undo): rewriting
// segments with their alignment fields, re-anchoring annotations, re-pointing comments and
// revisions, and snapshots of a position range with every row that hangs off it (for undo/redo,
// restored with the original ids).
import { toAnnotationId, toSegmentId } from '../core/ids.js';
import type { Database } from 'better-sqlite3';
import type { AnnotationId, AnnotationSide, DocumentId, SegmentId, SegmentStatus } from '../core/model.js';
import type { AnnotationLinkRow, AnnotationRow } from './annotations.js';
import type { SegmentRow } from './rows.js';
import { indexSegmentText, removeFromSearchIndex } from './search-index.js';
import { indexTmSource, removeTmSource } from './tm-segment-index.js';
import { shiftPositions } from './segments.js';
import { prepare } from './statements.js';

export interface CommentRow {
  id: number;
  segment_id: number;
  annotation_id: number | null;
  parent_id: number | null;
  author: string;
  body: string;
  created_at: number;
  updated_at: number;
  resolved_at: number | null;
  resolved_by: string | null;
}

export interface RevisionRow {
  id: number;
  segment_id: number;
  field: string;
  before: string;
  after: string;
  author: string;
  at: number;
  session: string | null;
}

/**
 * Segments at positions [from, from + segments.length) of a document, as stored, with their
 * annotations, the links touching those annotations, their comments (and comments elsewhere that
 * point at those annotations: deleting the annotations would cascade to them) and revisions.
 */
export interface RangeSnapshot {
  documentId: DocumentId;
  from: number;
  segments: SegmentRow[];
  annotations: AnnotationRow[];
  links: AnnotationLinkRow[];
  comments: CommentRow[];
  revisions: RevisionRow[];
}

export function readRange(db: Database, documentId: DocumentId, from: number, count: number): RangeSnapshot {
  const segments = count <= 0 ? [] : prepare<[number, number, number], SegmentRow>(db, `
    SELECT * FROM segments WHERE document_id = ? AND position >= ? AND position < ? ORDER BY position, id`)
    .all(documentId, from, from + count);
  const ids = JSON.stringify(segments.map((s) => s.id));
  const annotations = prepare<[string], AnnotationRow>(db, `
    SELECT * FROM annotations WHERE segment_id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(ids);
  const annotationIds = JSON.stringify(annotations.map((a) => a.id));
  const links = prepare<[string, string], AnnotationLinkRow>(db, `
    SELECT * FROM annotation_links
    WHERE from_id IN (SELECT value FROM json_each(?)) OR to_id IN (SELECT value FROM json_each(?))
    ORDER BY from_id, to_id, kind`).all(annotationIds, annotationIds);
  const comments = prepare<[string, string], CommentRow>(db, `
    SELECT * FROM comments
    WHERE segment_id IN (SELECT value FROM json_each(?)) OR annotation_id IN (SELECT value FROM json_each(?))
    ORDER BY id`).all(ids, annotationIds);
  const revisions = prepare<[string], RevisionRow>(db, `
    SELECT * FROM revisions WHERE segment_id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(ids);
  return { documentId, from, segments, annotations, links, comments, revisions };
}

/**
 * Replaces the `currentCount` segments at `from` (and everything hanging off them) by the rows of
 * `snapshot`, with their original ids, keeping positions dense. Throws on an id that is taken
 * meanwhile (a UNIQUE constraint): the caller's transaction then rolls back.
 */
export function restoreRange(db: Database, documentId: DocumentId, from: number, currentCount: number, snapshot: RangeSnapshot, replaced?: RangeSnapshot): void {
  const current = readRange(db, documentId, from, currentCount);
  for (const s of current.segments) deleteSegmentRow(db, toSegmentId(s.id));
  // Comments elsewhere that pointed at the deleted annotations went with them; the snapshot has them.
  shiftPositions(db, documentId, from + currentCount, snapshot.segments.length - currentCount);
  const insertSegmentRow = prepare(db, `
    INSERT INTO segments (id, document_id, position, paragraph, source, target, status, align_confirmed, align_score, do_not_translate, updated_at, updated_by)
    VALUES (@id, @document_id, @position, @paragraph, @source, @target, @status, @align_confirmed, @align_score, @do_not_translate, @updated_at, @updated_by)`);
  snapshot.segments.forEach((s, k) => {
    insertSegmentRow.run({ ...s, document_id: documentId, position: from + k });
    indexSegmentText(db, toSegmentId(s.id), s.source, s.target);
    indexTmSource(db, toSegmentId(s.id), s.source);
  });
  const insertAnnotationRow = prepare(db, `
    INSERT INTO annotations (id, segment_id, layer, side, start, "end", speaker_id, label, attrs_json, flagged, author, created_at, updated_at)
    VALUES (@id, @segment_id, @layer, @side, @start, @end, (SELECT id FROM speakers WHERE id = @speaker_id), @label, @attrs_json, @flagged, @author, @created_at, @updated_at)`);
  for (const a of snapshot.annotations) insertAnnotationRow.run(a);
  // A link to an annotation outside the range that was deleted meanwhile cannot come back.
  const insertLink = prepare(db, `
    INSERT OR IGNORE INTO annotation_links (from_id, to_id, kind)
    SELECT @from_id, @to_id, @kind
    WHERE EXISTS (SELECT 1 FROM annotations WHERE id = @from_id) AND EXISTS (SELECT 1 FROM annotations WHERE id = @to_id)`);
  for (const l of snapshot.links) insertLink.run(l);
  const insertCommentRow = prepare(db, `
    INSERT INTO comments (id, segment_id, annotation_id, parent_id, author, body, created_at, updated_at, resolved_at, resolved_by)
    VALUES (@id, @segment_id, @annotation_id, @parent_id, @author, @body, @created_at, @updated_at, @resolved_at, @resolved_by)`);
  for (const c of snapshot.comments) insertCommentRow.run(c);
  const insertRevisionRow = prepare(db, `
    INSERT INTO revisions (id, segment_id, field, before, after, author, at, session)
    VALUES (@id, @segment_id, @field, @before, @after, @author, @at, @session)`);
  for (const r of snapshot.revisions) insertRevisionRow.run(r);
  // Revisions recorded after the edit being reverted (`replaced`: typing since, and its undo) stay: a
  // segment's history only grows. The edit's own go with it, and so do those of a segment that no
  // longer exists after the restore.
  const known = new Set([...snapshot.revisions, ...(replaced?.revisions ?? current.revisions)].map((r) => r.id));
  const restored = new Set(snapshot.segments.map((s) => s.id));
  for (const r of current.revisions) if (!known.has(r.id) && restored.has(r.segment_id)) insertRevisionRow.run(r);
}

export interface BeadFields {
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  alignConfirmed: boolean;
  alignScore: number | null;
  doNotTranslate: boolean;
}

/** Inserts a segment with its alignment fields at a position (the caller has made room) and indexes it. */
export function insertBead(db: Database, documentId: DocumentId, position: number, bead: BeadFields, at: number, by: string): SegmentId {
  const info = prepare(db, `
    INSERT INTO segments (document_id, position, paragraph, source, target, status, align_confirmed, align_score, do_not_translate, updated_at, updated_by)
    VALUES (@documentId, @position, @paragraph, @source, @target, @status, @confirmed, @alignScore, @dnt, @at, @by)`).run({
    documentId, position, paragraph: bead.paragraph, source: bead.source, target: bead.target, status: bead.status,
    confirmed: bead.alignConfirmed ? 1 : 0, alignScore: bead.alignScore, dnt: bead.doNotTranslate ? 1 : 0, at, by,
  });
  const id = toSegmentId(info.lastInsertRowid);
  indexSegmentText(db, id, bead.source, bead.target);
  indexTmSource(db, id, bead.source);
  return id;
}

/** Rewrites a segment's text and alignment fields (and its position) and re-indexes its text. */
export function rewriteBead(db: Database, id: SegmentId, position: number, bead: BeadFields, at: number, by: string): void {
  prepare(db, `
    UPDATE segments SET position = @position, paragraph = @paragraph, source = @source, target = @target, status = @status,
      align_confirmed = @confirmed, align_score = @alignScore, do_not_translate = @dnt, updated_at = @at, updated_by = @by
    WHERE id = @id`).run({
    id, position, paragraph: bead.paragraph, source: bead.source, target: bead.target, status: bead.status,
    confirmed: bead.alignConfirmed ? 1 : 0, alignScore: bead.alignScore, dnt: bead.doNotTranslate ? 1 : 0, at, by,
  });
  indexSegmentText(db, id, bead.source, bead.target);
  indexTmSource(db, id, bead.source);
}

export function updateAlignConfirmed(db: Database, id: SegmentId, value: boolean, at: number, by: string): void {
  prepare(db, 'UPDATE segments SET align_confirmed = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(value ? 1 : 0, at, by, id);
}

/** Deletes a segment row; its annotations, comments and revisions cascade, so move what must survive first. */
export function deleteSegmentRow(db: Database, id: SegmentId): void {
  removeFromSearchIndex(db, id);
  removeTmSource(db, id);
  prepare(db, 'DELETE FROM segments WHERE id = ?').run(id);
}

/** Where an annotation sits: what re-anchoring reads. */
export interface Anchor {
  id: AnnotationId;
  side: AnnotationSide;
  start: number | null;
  end: number | null;
  flagged: boolean;
}

export function listAnchors(db: Database, segmentId: SegmentId): Anchor[] {
  return prepare<[number], { id: number; side: AnnotationSide; start: number | null; end: number | null; flagged: number }>(db, `
    SELECT id, side, start, "end", flagged FROM annotations WHERE segment_id = ? ORDER BY id`)
    .all(segmentId)
    .map((r) => ({ id: toAnnotationId(r.id), side: r.side, start: r.start, end: r.end, flagged: r.flagged === 1 }));
}

/**
 * Moves an annotation to a segment and offsets. `flag` raises the flag (text under it was cut or
 * lost); it never lowers one a person has not looked at yet.
 */
export function reanchorAnnotation(db: Database, id: AnnotationId, segmentId: SegmentId, start: number | null, end: number | null, flag: boolean, at: number): void {
  prepare(db, `
    UPDATE annotations SET segment_id = ?, start = ?, "end" = ?, flagged = max(flagged, ?), updated_at = ? WHERE id = ?`)
    .run(segmentId, start, end, flag ? 1 : 0, at, id);
}

export function repointComments(db: Database, from: SegmentId, to: SegmentId): void {
  prepare(db, 'UPDATE comments SET segment_id = ? WHERE segment_id = ?').run(to, from);
}

export function repointRevisions(db: Database, from: SegmentId, to: SegmentId): void {
  prepare(db, 'UPDATE revisions SET segment_id = ? WHERE segment_id = ?').run(to, from);
}

/** Comments, revisions and annotations hanging off a segment: what a delete would lose. */
export function countAttachments(db: Database, id: SegmentId): number {
  return prepare<[number, number, number], { n: number }>(db, `
    SELECT (SELECT count(*) FROM comments WHERE segment_id = ?) + (SELECT count(*) FROM revisions WHERE segment_id = ?)
         + (SELECT count(*) FROM annotations WHERE segment_id = ?) AS n`).get(id, id, id)?.n ?? 0;
}

