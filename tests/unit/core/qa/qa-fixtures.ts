// Builders for QA check tests: a segment from two strings, annotations on it, and a context.
import type { Annotation } from '../../../../src/core/annotation/types.js';
import { toAnnotationId, toDocumentId, toSegmentId } from '../../../../src/core/ids.js';
import type { QaContext, QaHit, QaSegment, QaSegmentCheck } from '../../../../src/core/qa/index.js';

export const EMPTY_CONTEXT: QaContext = { speakers: [], terms: [] };

export function qaSegment(source: string, target: string, options: { id?: number; doNotTranslate?: boolean; annotations?: Annotation[] } = {}): QaSegment {
  const id = options.id ?? 1;
  return {
    segment: { id: toSegmentId(id), documentId: toDocumentId(1), position: id - 1, source, target, status: 'draft', doNotTranslate: options.doNotTranslate ?? false },
    annotations: options.annotations ?? [],
  };
}

export function hitsOf(check: QaSegmentCheck, source: string, target: string, context: QaContext = EMPTY_CONTEXT): QaHit[] {
  return check.run(qaSegment(source, target), context);
}

let nextAnnotation = 1;

/** An annotation on segment 1; links as [otherId, kind] pairs. */
export function annotation(fields: Partial<Annotation> & Pick<Annotation, 'layer' | 'side'>): Annotation {
  return {
    id: toAnnotationId(nextAnnotation++), segmentId: toSegmentId(1), start: null, end: null, speakerId: null, label: null, attrs: {},
    flagged: false, author: 'test', createdAt: 0, updatedAt: 0, links: [], ...fields,
  };
}
