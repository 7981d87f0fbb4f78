import type { Database } from 'better-sqlite3';
import type { CommentId, DocumentId, SegmentStatus } from '../core/model.js';
import sample from '../../resources/sample/sample-project.json' with { type: 'json' };
import { insertComment } from '../store/comments.js';
import { insertDocument } from '../store/documents.js';
import { insertSegment } from '../store/segments.js';

interface SampleComment {
  segment: number;
  author: string;
  body: string;
  resolved?: boolean;
  replies: { author: string; body: string }[];
}

export const SAMPLE_TITLE = sample.title;

/** Writes the built-in sample (the SyriaNews article, its translation, statuses and review threads). */
export function fillSampleProject(db: Database, at: number): DocumentId {
  const documentId = insertDocument(db, {
    title: sample.title,
    sourceLang: sample.sourceLang,
    targetLang: sample.targetLang,
    sourceName: sample.sourceName,
    at,
  });
  const segmentIds = sample.segments.map((s, position) =>
    insertSegment(db, {
      documentId,
      position,
      paragraph: s.paragraph,
      source: s.source,
      target: s.target,
      status: s.status as SegmentStatus,
      doNotTranslate: s.doNotTranslate,
      at,
      by: 'Mizan sample',
    }),
  );
  (sample.comments as SampleComment[]).forEach((c, i) => {
    const segmentId = segmentIds[c.segment];
    if (segmentId === undefined) throw new Error(`sample comment points at missing segment ${c.segment}`);
    const created = at - (sample.comments.length - i) * 3_600_000;
    const resolvedAt = c.resolved ? created + 1_800_000 : null;
    const parent: CommentId = insertComment(db, {
      segmentId, parentId: null, author: c.author, body: c.body, at: created,
      resolvedAt, resolvedBy: c.resolved ? c.author : null,
    });
    c.replies.forEach((r, j) =>
      insertComment(db, { segmentId, parentId: parent, author: r.author, body: r.body, at: created + (j + 1) * 600_000, resolvedAt: null, resolvedBy: null }),
    );
  });
  return documentId;
}
