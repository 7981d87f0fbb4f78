import type { Database } from 'better-sqlite3';
import type { TranslationLink } from '../core/concordance/types.js';
import { toDocumentId, toSegmentId, type DocumentId, type SegmentId } from '../core/ids.js';
import { prepare } from './statements.js';

// What the concordance reads of the project: every segment with text, in slices by (document, position)
// so a scan can pause between slices without an open cursor, and the translation links of the hits.

export interface ConcordanceRow {
  segmentId: SegmentId;
  documentId: DocumentId;
  documentTitle: string;
  position: number;
  source: string;
  target: string;
}

/** Where the last slice ended; null before the first. */
export interface SliceCursor {
  documentId: number;
  position: number;
}

interface RawRow {
  id: number;
  document_id: number;
  title: string;
  position: number;
  source: string;
  target: string;
}

/** The next `limit` segments with Arabic after `after`, in document then position order. */
export function readSegmentSlice(db: Database, after: SliceCursor | null, limit: number): ConcordanceRow[] {
  const rows = prepare<[{ doc: number; pos: number; limit: number }], RawRow>(db, `
    SELECT s.id, s.document_id, d.title, s.position, s.source, s.target
    FROM segments s JOIN documents d ON d.id = s.document_id
    WHERE (s.document_id, s.position) > (@doc, @pos) AND s.source <> ''
    ORDER BY s.document_id, s.position LIMIT @limit`).all({ doc: after?.documentId ?? 0, pos: after?.position ?? -1, limit });
  return rows.map((r) => ({
    segmentId: toSegmentId(r.id), documentId: toDocumentId(r.document_id), documentTitle: r.title, position: r.position, source: r.source, target: r.target,
  }));
}

interface LinkRow {
  segment_id: number;
  s_start: number;
  s_end: number;
  t_start: number;
  t_end: number;
}

/**
 * The 'translation' links between a source span and a target span of the same segment, for these
 * segments (either direction of the link).
 */
export function listTranslationLinks(db: Database, segmentIds: readonly SegmentId[]): Map<SegmentId, TranslationLink[]> {
  const links = new Map<SegmentId, TranslationLink[]>();
  const statement = prepare<[string], LinkRow>(db, `
    SELECT s.segment_id, s.start AS s_start, s."end" AS s_end, t.start AS t_start, t."end" AS t_end
    FROM annotation_links l
    JOIN annotations a ON a.id = l.from_id
    JOIN annotations b ON b.id = l.to_id
    JOIN annotations s ON s.id = CASE WHEN a.side = 'source' THEN a.id ELSE b.id END
    JOIN annotations t ON t.id = CASE WHEN a.side = 'source' THEN b.id ELSE a.id END
    WHERE l.kind = 'translation' AND s.side = 'source' AND t.side = 'target' AND s.segment_id = t.segment_id
      AND s.start IS NOT NULL AND t.start IS NOT NULL
      AND s.segment_id IN (SELECT value FROM json_each(?))`);
  for (const row of statement.all(JSON.stringify(segmentIds))) {
    const id = toSegmentId(row.segment_id);
    const list = links.get(id) ?? [];
    list.push({ source: { start: row.s_start, end: row.s_end }, target: { start: row.t_start, end: row.t_end } });
    links.set(id, list);
  }
  return links;
}

/**
 * A fingerprint of the project's segment texts: their number, the latest change and the total length
 * of the English. One pass in SQLite; any edit, import or deletion changes it.
 */
export function segmentTextVersion(db: Database): string {
  const row = prepare<[], { n: number; at: number | null; length: number }>(db,
    'SELECT count(*) AS n, max(updated_at) AS at, total(length(target)) AS length FROM segments').get();
  return row ? `${row.n}:${row.at ?? 0}:${row.length}` : '';
}
