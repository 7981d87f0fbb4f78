// SQL for annotations and the links between them. Offsets are UTF-16 code units into the stored
// text, end exclusive; the text a span covers is sliced by the services, not here.
import { toAnnotationId, toDocumentId, toSegmentId, toSpeakerId, nullableId } from '../core/ids.js';
import type { Database } from 'better-sqlite3';
import type { LinkKind } from '../core/annotation/scheme.js';
import type { ActivityVia, Annotation, AnnotationFilter, AnnotationLink, AttributeValue } from '../core/annotation/types.js';
import type { AnnotationId, AnnotationSide, CommentId, DocumentId, SegmentId, SpeakerId } from '../core/model.js';
import { prepare } from './statements.js';

export interface AnnotationRow {
  id: number;
  segment_id: number;
  layer: string;
  side: AnnotationSide;
  start: number | null;
  end: number | null;
  speaker_id: number | null;
  label: string | null;
  attrs_json: string;
  flagged: number;
  author: string;
  created_at: number;
  updated_at: number;
}

export interface AnnotationLinkRow {
  from_id: number;
  to_id: number;
  kind: string;
}

export interface NewAnnotation {
  segmentId: SegmentId;
  layer: string;
  side: AnnotationSide;
  start: number | null;
  end: number | null;
  speakerId?: SpeakerId | null;
  label?: string | null;
  attrs?: Record<string, unknown>;
  flagged?: boolean;
  author: string;
  at: number;
}

export function insertAnnotation(db: Database, a: NewAnnotation): AnnotationId {
  const info = prepare(db, `
    INSERT INTO annotations (segment_id, layer, side, start, "end", speaker_id, label, attrs_json, flagged, author, created_at, updated_at)
    VALUES (@segmentId, @layer, @side, @start, @end, @speakerId, @label, @attrs, @flagged, @author, @at, @at)`).run({
    segmentId: a.segmentId, layer: a.layer, side: a.side, start: a.start, end: a.end, speakerId: a.speakerId ?? null,
    label: a.label ?? null, attrs: JSON.stringify(a.attrs ?? {}), flagged: a.flagged ? 1 : 0, author: a.author, at: a.at,
  });
  return toAnnotationId(info.lastInsertRowid);
}

/** `kind` is one of LINK_KINDS; the services check it (the store keeps whatever a file held). */
export function insertAnnotationLink(db: Database, fromId: AnnotationId, toId: AnnotationId, kind = 'translation'): void {
  prepare(db, 'INSERT INTO annotation_links (from_id, to_id, kind) VALUES (?, ?, ?)').run(fromId, toId, kind);
}

export function getAnnotationRow(db: Database, id: AnnotationId): AnnotationRow | undefined {
  return prepare<[number], AnnotationRow>(db, 'SELECT * FROM annotations WHERE id = ?').get(id);
}

function toLink(row: AnnotationLinkRow): AnnotationLink {
  return { fromId: toAnnotationId(row.from_id), toId: toAnnotationId(row.to_id), kind: row.kind as LinkKind };
}

export function toAnnotation(row: AnnotationRow, links: readonly AnnotationLinkRow[]): Annotation {
  return {
    id: toAnnotationId(row.id),
    segmentId: toSegmentId(row.segment_id),
    layer: row.layer,
    side: row.side,
    start: row.start,
    end: row.end,
    speakerId: nullableId(row.speaker_id, toSpeakerId),
    label: row.label,
    attrs: JSON.parse(row.attrs_json) as Record<string, AttributeValue>,
    flagged: row.flagged === 1,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    links: links.filter((l) => l.from_id === row.id || l.to_id === row.id).map(toLink),
  };
}

/** Links that start or end at any of `ids`. */
export function listLinksTouching(db: Database, ids: readonly number[]): AnnotationLinkRow[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  return prepare<[string, string], AnnotationLinkRow>(db, `
    SELECT * FROM annotation_links
    WHERE from_id IN (SELECT value FROM json_each(?)) OR to_id IN (SELECT value FROM json_each(?))
    ORDER BY from_id, to_id, kind`).all(json, json);
}

/** Rows with their links, in one query for the links. */
function withLinks(db: Database, rows: readonly AnnotationRow[]): Annotation[] {
  const links = listLinksTouching(db, rows.map((r) => r.id));
  const byAnnotation = new Map<number, AnnotationLinkRow[]>();
  for (const l of links) {
    for (const id of new Set([l.from_id, l.to_id])) {
      const list = byAnnotation.get(id);
      if (list) list.push(l);
      else byAnnotation.set(id, [l]);
    }
  }
  return rows.map((r) => toAnnotation(r, byAnnotation.get(r.id) ?? []));
}

export function getAnnotation(db: Database, id: AnnotationId): Annotation | undefined {
  const row = getAnnotationRow(db, id);
  return row ? withLinks(db, [row])[0] : undefined;
}

/** Reading order inside a segment: source spans, target spans, then whole-segment annotations. */
const ORDER = `CASE a.side WHEN 'source' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, a.start, a."end", a.id`;

/** Every annotation of the given segments, with the links touching them, segment by segment in the order given. */
export function listAnnotationsForSegments(db: Database, segmentIds: readonly SegmentId[]): Annotation[] {
  if (segmentIds.length === 0) return [];
  const rows = prepare<[string], AnnotationRow>(db, `
    SELECT a.* FROM json_each(?) j JOIN annotations a ON a.segment_id = j.value
    ORDER BY j.key, ${ORDER}`).all(JSON.stringify(segmentIds));
  return withLinks(db, rows);
}

/** An annotation with where it sits and the text of its side (null for side 'segment'). */
export interface PlacedAnnotationRow {
  annotation: Annotation;
  documentId: DocumentId;
  position: number;
  sideText: string | null;
}

type PlacedRow = AnnotationRow & { document_id: number; position: number; side_text: string | null };

const SIDE_TEXT = `CASE a.side WHEN 'source' THEN s.source WHEN 'target' THEN s.target END AS side_text`;

function placed(db: Database, rows: readonly PlacedRow[]): PlacedAnnotationRow[] {
  const annotations = withLinks(db, rows);
  return rows.map((r, k) => ({ annotation: annotations[k]!, documentId: toDocumentId(r.document_id), position: r.position, sideText: r.side_text }));
}

/** A document's annotations in reading order, optionally only one layer, speaker, label or flag state. */
export function listAnnotationsForDocument(db: Database, documentId: DocumentId, filter: AnnotationFilter = {}): PlacedAnnotationRow[] {
  const rows = prepare<Record<string, unknown>, PlacedRow>(db, `
    SELECT a.*, s.document_id, s.position, ${SIDE_TEXT}
    FROM annotations a JOIN segments s ON s.id = a.segment_id
    WHERE s.document_id = @documentId
      AND (@layer IS NULL OR a.layer = @layer)
      AND (@speakerId IS NULL OR a.speaker_id = @speakerId)
      AND (@label IS NULL OR a.label = @label)
      AND (@flagged IS NULL OR a.flagged = @flagged)
    ORDER BY s.position, ${ORDER}`).all({
    documentId,
    layer: filter.layer ?? null,
    speakerId: filter.speakerId ?? null,
    label: filter.label ?? null,
    flagged: filter.flagged === undefined ? null : filter.flagged ? 1 : 0,
  });
  return placed(db, rows);
}

/** ActivityVia by the rank the query gives it. */
const ACTIVITY_VIA: readonly ActivityVia[] = ['speaker', 'attribution', 'translation'];

/**
 * Everything a speaker said or holds: annotations naming the speaker (speaker spans, stances they
 * hold), the cues attributed to those spans by 'attribution' links and what those cues link to (the
 * content), and the other-language counterparts of all of these by 'translation' links. Each comes
 * once, with the closest way it belongs (speaker < attribution < translation).
 */
export function listSpeakerActivity(db: Database, speakerId: SpeakerId, documentId: DocumentId | null): (PlacedAnnotationRow & { via: ActivityVia })[] {
  const rows = prepare<Record<string, unknown>, PlacedRow & { via: number }>(db, `
    WITH own(id) AS (SELECT id FROM annotations WHERE speaker_id = @speakerId),
    cues(id) AS (SELECT from_id FROM annotation_links WHERE kind = 'attribution' AND to_id IN (SELECT id FROM own)),
    contents(id) AS (SELECT to_id FROM annotation_links WHERE kind = 'attribution' AND from_id IN (SELECT id FROM cues)),
    base(id, via) AS (
      SELECT id, min(via) FROM (SELECT id, 0 AS via FROM own UNION ALL SELECT id, 1 FROM cues UNION ALL SELECT id, 1 FROM contents)
      GROUP BY id),
    every(id, via) AS (
      SELECT id, min(via) FROM (
        SELECT id, via FROM base
        UNION ALL SELECT l.to_id, 2 FROM annotation_links l JOIN base b ON b.id = l.from_id WHERE l.kind = 'translation'
        UNION ALL SELECT l.from_id, 2 FROM annotation_links l JOIN base b ON b.id = l.to_id WHERE l.kind = 'translation')
      GROUP BY id)
    SELECT a.*, s.document_id, s.position, ${SIDE_TEXT}, e.via
    FROM every e JOIN annotations a ON a.id = e.id JOIN segments s ON s.id = a.segment_id
    WHERE @documentId IS NULL OR s.document_id = @documentId
    ORDER BY s.document_id, s.position, ${ORDER}`).all({ speakerId, documentId });
  const list = placed(db, rows);
  return list.map((p, k) => ({ ...p, via: ACTIVITY_VIA[rows[k]!.via] ?? 'translation' }));
}

export interface AnnotationPatch {
  layer?: string;
  side?: AnnotationSide;
  start?: number | null;
  end?: number | null;
  speakerId?: SpeakerId | null;
  label?: string | null;
  attrs?: Record<string, unknown>;
  flagged?: boolean;
}

/** Writes the fields present in `patch`; the caller has validated the result. */
export function updateAnnotation(db: Database, id: AnnotationId, patch: AnnotationPatch, at: number): void {
  const row = getAnnotationRow(db, id);
  if (!row) return;
  prepare(db, `
    UPDATE annotations SET layer = @layer, side = @side, start = @start, "end" = @end, speaker_id = @speakerId, label = @label,
      attrs_json = @attrs, flagged = @flagged, updated_at = @at
    WHERE id = @id`).run({
    id,
    layer: patch.layer ?? row.layer,
    side: patch.side ?? row.side,
    start: patch.start !== undefined ? patch.start : row.start,
    end: patch.end !== undefined ? patch.end : row.end,
    speakerId: patch.speakerId !== undefined ? patch.speakerId : row.speaker_id,
    label: patch.label !== undefined ? patch.label : row.label,
    attrs: patch.attrs !== undefined ? JSON.stringify(patch.attrs) : row.attrs_json,
    flagged: patch.flagged !== undefined ? (patch.flagged ? 1 : 0) : row.flagged,
    at,
  });
}

/** Deletes an annotation; its links and the comments on it go with it (foreign keys cascade). */
export function deleteAnnotation(db: Database, id: AnnotationId): void {
  prepare(db, 'DELETE FROM annotations WHERE id = ?').run(id);
}

export function hasAnnotationLink(db: Database, fromId: AnnotationId, toId: AnnotationId, kind: string): boolean {
  return prepare<[number, number, string], { n: number }>(db, 'SELECT 1 AS n FROM annotation_links WHERE from_id = ? AND to_id = ? AND kind = ?')
    .get(fromId, toId, kind) !== undefined;
}

/** Returns whether there was such a link. */
export function deleteAnnotationLink(db: Database, fromId: AnnotationId, toId: AnnotationId, kind: string): boolean {
  return prepare(db, 'DELETE FROM annotation_links WHERE from_id = ? AND to_id = ? AND kind = ?').run(fromId, toId, kind).changes > 0;
}

/** Annotations per layer, side and label in the whole project (what a scheme change must still accept). */
export function countAnnotationUsage(db: Database): { layer: string; side: AnnotationSide; label: string | null; n: number }[] {
  return prepare<[], { layer: string; side: AnnotationSide; label: string | null; n: number }>(db, `
    SELECT layer, side, label, count(*) AS n FROM annotations GROUP BY layer, side, label ORDER BY layer, side, label`).all();
}

/** How many links of each kind join annotations of each pair of layers (the scheme service keeps rules that are in use). */
export function countLinkUsage(db: Database): { from: string; to: string; kind: string; n: number }[] {
  return prepare<[], { from: string; to: string; kind: string; n: number }>(db, `
    SELECT f.layer AS "from", t.layer AS "to", l.kind AS kind, count(*) AS n
    FROM annotation_links l JOIN annotations f ON f.id = l.from_id JOIN annotations t ON t.id = l.to_id
    GROUP BY f.layer, t.layer, l.kind ORDER BY f.layer, t.layer, l.kind`).all();
}

/** Hangs a comment (inserted with insertComment) on an annotation of its segment. */
export function attachCommentToAnnotation(db: Database, commentId: CommentId, annotationId: AnnotationId): void {
  prepare(db, 'UPDATE comments SET annotation_id = ? WHERE id = ?').run(annotationId, commentId);
}
