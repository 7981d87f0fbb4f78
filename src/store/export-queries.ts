import type { Database } from 'better-sqlite3';
import type { DocumentId, SegmentStatus } from '../core/model.js';
import { prepare } from './statements.js';

export interface ExportSegmentRow {
  id: number;
  position: number;
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  do_not_translate: number;
  updated_at: number;
  updated_by: string | null;
  created_at: number;
  /** Where pre-translation took the English from, and its score (none once the English was edited). */
  match_origin: string | null;
  match_score: number | null;
}

export interface ExportCommentRow {
  id: number;
  segment_id: number;
  parent_id: number | null;
  annotation_id: number | null;
  author: string;
  body: string;
  created_at: number;
  resolved_at: number | null;
}

export interface ExportAnnotationRow {
  id: number;
  segment_id: number;
  layer: string;
  side: 'source' | 'target' | 'segment';
  start: number | null;
  end: number | null;
  label: string | null;
  speaker_id: number | null;
  attrs_json: string;
  /** "toId:kind,toId:kind…" for the outgoing links. */
  links: string | null;
  author: string;
  flagged: number;
  created_at: number;
}

export interface ExportSpeakerRow {
  id: number;
  name_source: string;
  name_target: string;
  kind: string;
  role: string;
  organisation: string;
}

const PAGE = 2000;

/**
 * A document's segments in order, a page at a time, with their comments and annotations: a large
 * export never holds the whole project in memory.
 */
export function* iterateExportRows(db: Database, documentId: DocumentId): Generator<{
  segment: ExportSegmentRow;
  comments: ExportCommentRow[];
  annotations: ExportAnnotationRow[];
}> {
  const page = prepare<[number, number, number], ExportSegmentRow>(db, `
    SELECT s.*, (SELECT d.created_at FROM documents d WHERE d.id = s.document_id) AS created_at, m.origin AS match_origin, m.score AS match_score
    FROM segments s LEFT JOIN segment_matches m ON m.segment_id = s.id
    WHERE s.document_id = ? AND s.position >= ? ORDER BY s.position LIMIT ?`);
  const comments = prepare<[number, number, number], ExportCommentRow>(db, `
    SELECT c.* FROM comments c JOIN segments s ON s.id = c.segment_id
    WHERE s.document_id = ? AND s.position >= ? AND s.position < ? ORDER BY c.id`);
  const annotations = prepare<[number, number, number], ExportAnnotationRow>(db, `
    SELECT a.id, a.segment_id, a.layer, a.side, a.start, a."end" AS "end", a.label, a.speaker_id, a.attrs_json, a.author, a.flagged, a.created_at,
           (SELECT group_concat(l.to_id || ':' || l.kind) FROM annotation_links l WHERE l.from_id = a.id) AS links
    FROM annotations a JOIN segments s ON s.id = a.segment_id
    WHERE s.document_id = ? AND s.position >= ? AND s.position < ? ORDER BY a.id`);
  for (let from = 0; ; from += PAGE) {
    const rows = page.all(documentId, from, PAGE);
    if (rows.length === 0) return;
    const to = from + PAGE;
    const bySegment = <T extends { segment_id: number }>(items: T[]) => {
      const map = new Map<number, T[]>();
      for (const item of items) map.set(item.segment_id, [...(map.get(item.segment_id) ?? []), item]);
      return map;
    };
    const commentMap = bySegment(comments.all(documentId, from, to));
    const annotationMap = bySegment(annotations.all(documentId, from, to));
    for (const segment of rows) {
      yield { segment, comments: commentMap.get(segment.id) ?? [], annotations: annotationMap.get(segment.id) ?? [] };
    }
    if (rows.length < PAGE) return;
  }
}

export function listSpeakers(db: Database): ExportSpeakerRow[] {
  return prepare<[], ExportSpeakerRow>(db, 'SELECT id, name_source, name_target, kind, role, organisation FROM speakers ORDER BY id').all();
}
