import type { Database } from 'better-sqlite3';
import { mapSpansThroughEdit } from '../core/annotation/reanchor.js';
import { MizanError } from '../core/errors.js';
import type { AnnotationId, DocumentId, Segment, SegmentId, SegmentPage, SegmentStatus } from '../core/model.js';
import { listAnchors, reanchorAnnotation } from '../store/alignment.js';
import { getDocument, touchDocument } from '../store/documents.js';
import { recordRevision } from '../store/revisions.js';
import {
  countSegments, findNextOpenSegment, getSegment, listSegments, segmentIndex,
  updateSegmentDoNotTranslate, updateSegmentStatus, updateSegmentTarget,
} from '../store/segments.js';
import type { ServiceContext } from './context.js';

export function requireSegment(db: Database, id: SegmentId): Segment {
  const segment = getSegment(db, id);
  if (!segment) throw new MizanError('not-found', `segment ${id} does not exist (was it deleted or merged?)`);
  return segment;
}

export function pageSegments(db: Database, documentId: DocumentId, offset: number, limit: number): SegmentPage {
  if (!getDocument(db, documentId)) throw new MizanError('not-found', `document ${documentId} does not exist`);
  return { total: countSegments(db, documentId), offset, items: listSegments(db, documentId, offset, limit) };
}

/**
 * Saves the translation of a segment; unchanged text writes nothing, a change is kept as a revision.
 * The segment's English spans follow their text through the edit (core/annotation/reanchor.ts);
 * a span whose text was mostly deleted or replaced is flagged for a person to look at, never deleted.
 */
export function updateTarget(db: Database, ctx: ServiceContext, id: SegmentId, target: string, session: string | null): Segment {
  const text = target.normalize('NFC');
  return db.transaction(() => {
    const before = requireSegment(db, id);
    if (before.target === text) return before;
    const at = ctx.now();
    const author = ctx.user();
    updateSegmentTarget(db, id, text, at, author);
    reanchorTargetSpans(db, id, before.target, text, at);
    // A first edit of an untouched segment moves it to draft so progress shows work in hand.
    if (before.status === 'new') {
      updateSegmentStatus(db, id, 'draft', at, author);
      recordRevision(db, { segmentId: id, field: 'status', before: 'new', after: 'draft', author, at, session: null });
    }
    recordRevision(db, { segmentId: id, field: 'target', before: before.target, after: text, author, at, session });
    touchDocument(db, before.documentId, at);
    return requireSegment(db, id);
  })();
}

function reanchorTargetSpans(db: Database, id: SegmentId, before: string, after: string, at: number): void {
  const spans = listAnchors(db, id).filter((a) => a.side === 'target' && a.start !== null && a.end !== null) as
    { id: AnnotationId; start: number; end: number; flagged: boolean }[];
  if (spans.length === 0) return;
  mapSpansThroughEdit(before, after, spans).forEach((m, k) => {
    const a = spans[k]!;
    if (m.start !== a.start || m.end !== a.end || (m.lost && !a.flagged)) reanchorAnnotation(db, a.id, id, m.start, m.end, m.lost, at);
  });
}

export function setStatus(db: Database, ctx: ServiceContext, id: SegmentId, status: SegmentStatus): Segment {
  return db.transaction(() => {
    const before = requireSegment(db, id);
    if (before.status === status) return before;
    const at = ctx.now();
    const author = ctx.user();
    updateSegmentStatus(db, id, status, at, author);
    recordRevision(db, { segmentId: id, field: 'status', before: before.status, after: status, author, at, session: null });
    touchDocument(db, before.documentId, at);
    return requireSegment(db, id);
  })();
}

export function nextOpenSegment(db: Database, documentId: DocumentId, afterPosition: number): { segment: Segment; index: number } | null {
  const segment = findNextOpenSegment(db, documentId, afterPosition);
  return segment ? { segment, index: segmentIndex(db, segment) } : null;
}

/** Boilerplate (a site's "Share" line, a byline) is kept but excluded from work and from the translation export. */
export function setDoNotTranslate(db: Database, ctx: ServiceContext, id: SegmentId, value: boolean): Segment {
  return db.transaction(() => {
    const before = requireSegment(db, id);
    if (before.doNotTranslate === value) return before;
    const at = ctx.now();
    updateSegmentDoNotTranslate(db, id, value, at, ctx.user());
    touchDocument(db, before.documentId, at);
    return requireSegment(db, id);
  })();
}
