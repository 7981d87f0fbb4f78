import type { Database } from 'better-sqlite3';
import type { AnnotationId, DocumentId, SegmentId, SegmentStatus } from '../../../src/core/model.js';
import { getAnnotation, insertAnnotation } from '../../../src/store/annotations.js';
import type { ServiceContext } from '../../../src/services/context.js';
import { insertDocument } from '../../../src/store/documents.js';
import { getSegment, insertSegment } from '../../../src/store/segments.js';

/** Fixed so stored timestamps are predictable. */
export const T0 = 1_700_000_000_000;

export interface SegmentSeed {
  source?: string;
  target?: string;
  status?: SegmentStatus;
  doNotTranslate?: boolean;
  paragraph?: number;
  position?: number;
}

/** Inserts one document with the given segments (positions 0.. unless a seed says otherwise). */
export function seedDocument(db: Database, seeds: SegmentSeed[], title = 'doc'): { documentId: DocumentId; segmentIds: SegmentId[] } {
  const documentId = insertDocument(db, { title, sourceLang: 'ar', targetLang: 'en', sourceName: null, at: T0 });
  const segmentIds = seeds.map((s, i) =>
    insertSegment(db, {
      documentId,
      position: s.position ?? i,
      paragraph: s.paragraph ?? i,
      source: s.source ?? `source ${i}`,
      target: s.target ?? '',
      status: s.status ?? 'new',
      doNotTranslate: s.doNotTranslate ?? false,
      at: T0,
      by: 'seed',
    }),
  );
  return { documentId, segmentIds };
}

/** A service context whose clock advances by one second per call, so ordering is visible. */
export function testContext(user = 'tester'): ServiceContext & { setUser: (name: string) => void } {
  let now = T0;
  let name = user;
  return { now: () => (now += 1000), user: () => name, setUser: (n) => (name = n) };
}

/** A speaker span on the first occurrence of `text` in a segment side that reads `within`. */
export function markSpan(db: Database, segmentId: SegmentId, side: 'source' | 'target', within: string, text: string): AnnotationId {
  const start = within.indexOf(text);
  return insertAnnotation(db, { segmentId, layer: 'speaker', side, start, end: start + text.length, author: 'a', at: T0 });
}

/** The text an annotation covers now in its segment, and its flag. */
export function coveredText(db: Database, id: AnnotationId): [string, boolean] {
  const a = getAnnotation(db, id)!;
  const s = getSegment(db, a.segmentId)!;
  return [(a.side === 'source' ? s.source : s.target).slice(a.start!, a.end!), a.flagged];
}
