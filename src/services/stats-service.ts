import type { Database } from 'better-sqlite3';
import { SEGMENT_STATUSES, isConfirmed, type DocumentId, type ProjectStats, type SegmentStatus } from '../core/model.js';
import { countWords } from '../core/text/split-sentences.js';
import { iterateSegmentTexts, readStats } from '../store/stats.js';

export function computeStats(db: Database, documentId: DocumentId | null): ProjectStats {
  const raw = readStats(db, documentId);
  const byStatus = Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, 0])) as Record<SegmentStatus, number>;
  let segments = 0;
  for (const { status, n } of raw.byStatus) {
    byStatus[status] = n;
    segments += n;
  }
  let wordsSource = 0;
  let wordsTarget = 0;
  let wordsTranslated = 0;
  for (const seg of iterateSegmentTexts(db, documentId)) {
    const w = countWords(seg.source);
    wordsSource += w;
    wordsTarget += countWords(seg.target);
    if (isConfirmed(seg.status)) wordsTranslated += w;
  }
  return {
    documents: raw.documents,
    segments,
    by_status: byStatus,
    annotations: Object.fromEntries(raw.annotationsByLayer.map((r) => [r.layer, r.n])),
    speakers: raw.speakers,
    comments: raw.comments,
    comments_open: raw.commentsOpen,
    words_source: wordsSource,
    words_target: wordsTarget,
    words_translated: wordsTranslated,
  };
}
