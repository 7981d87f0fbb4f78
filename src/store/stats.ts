import type { Database } from 'better-sqlite3';
import type { DocumentId, SegmentStatus } from '../core/model.js';
import { prepare } from './statements.js';

export interface RawStats {
  documents: number;
  byStatus: { status: SegmentStatus; n: number }[];
  annotationsByLayer: { layer: string; n: number }[];
  speakers: number;
  comments: number;
  commentsOpen: number;
}

/** Counts for the whole project, or for one document when `documentId` is given. */
export function readStats(db: Database, documentId: DocumentId | null): RawStats {
  const doc = documentId ?? null;
  const scalar = (sql: string) => prepare<[number | null, number | null], { n: number }>(db, sql).get(doc, doc)?.n ?? 0;
  return {
    documents: scalar('SELECT count(*) AS n FROM documents WHERE (? IS NULL OR id = ?)'),
    byStatus: prepare<[number | null, number | null], { status: SegmentStatus; n: number }>(db, `
      SELECT status, count(*) AS n FROM segments WHERE (? IS NULL OR document_id = ?) GROUP BY status`).all(doc, doc),
    annotationsByLayer: prepare<[number | null, number | null], { layer: string; n: number }>(db, `
      SELECT a.layer, count(*) AS n FROM annotations a JOIN segments s ON s.id = a.segment_id
      WHERE (? IS NULL OR s.document_id = ?) GROUP BY a.layer`).all(doc, doc),
    speakers: (prepare<[], { n: number }>(db, 'SELECT count(*) AS n FROM speakers').get()?.n ?? 0),
    comments: scalar(`SELECT count(*) AS n FROM comments c JOIN segments s ON s.id = c.segment_id
      WHERE (? IS NULL OR s.document_id = ?)`),
    commentsOpen: scalar(`SELECT count(*) AS n FROM comments c JOIN segments s ON s.id = c.segment_id
      WHERE (? IS NULL OR s.document_id = ?) AND c.parent_id IS NULL AND c.resolved_at IS NULL`),
  };
}

/** Streams segment texts for word counts without loading a whole project into one array. */
export function* iterateSegmentTexts(db: Database, documentId: DocumentId | null): Generator<{ source: string; target: string; status: SegmentStatus }> {
  const doc = documentId ?? null;
  yield* prepare<[number | null, number | null], { source: string; target: string; status: SegmentStatus }>(db, `
    SELECT source, target, status FROM segments WHERE (? IS NULL OR document_id = ?)`).iterate(doc, doc);
}
