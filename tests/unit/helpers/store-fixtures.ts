import type { Database } from 'better-sqlite3';
import type { DocumentId, SegmentId, SegmentStatus } from '../../../src/core/model.js';
import type { ServiceContext } from '../../../src/services/context.js';
import { insertDocument } from '../../../src/store/documents.js';
import { insertSegment } from '../../../src/store/segments.js';

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
