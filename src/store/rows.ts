import { toDocumentId, toSegmentId } from '../core/ids.js';
import type { DocumentInfo, Segment, SegmentStatus } from '../core/model.js';

export interface DocumentRow {
  id: number;
  title: string;
  source_lang: string;
  target_lang: string;
  source_name: string | null;
  created_at: number;
  updated_at: number;
  segment_count: number;
}

export interface SegmentRow {
  id: number;
  document_id: number;
  position: number;
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  align_confirmed: number;
  align_score: number | null;
  do_not_translate: number;
  updated_at: number;
  updated_by: string | null;
  /** Present when the query selects openCommentsColumn(); raw table reads (snapshots) leave it out. */
  open_comments?: number;
}

/**
 * A column counting a segment's unresolved threads, for queries that hand segments to the UI:
 * `SELECT s.*, ${openCommentsColumn('s')} FROM segments s …`. One index lookup per row.
 */
export function openCommentsColumn(alias = 'segments'): string {
  return `(SELECT count(*) FROM comments c WHERE c.segment_id = ${alias}.id AND c.parent_id IS NULL AND c.resolved_at IS NULL) AS open_comments`;
}

export function toDocument(row: DocumentRow): DocumentInfo {
  return {
    id: toDocumentId(row.id),
    title: row.title,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    sourceName: row.source_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    segmentCount: row.segment_count,
  };
}

export function toSegment(row: SegmentRow): Segment {
  return {
    id: toSegmentId(row.id),
    documentId: toDocumentId(row.document_id),
    position: row.position,
    paragraph: row.paragraph,
    source: row.source,
    target: row.target,
    status: row.status,
    alignConfirmed: row.align_confirmed === 1,
    alignScore: row.align_score,
    doNotTranslate: row.do_not_translate === 1,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    openComments: row.open_comments ?? 0,
  };
}
