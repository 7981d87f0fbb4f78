import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEGMENT_STATUSES, isConfirmed, type DocumentId, type SegmentStatus } from '../../../src/core/model.js';
import { fillSampleProject } from '../../../src/services/sample-project.js';
import { computeStats } from '../../../src/services/stats-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { sample, sampleAnnotationCounts, sampleStatusCounts, words } from '../helpers/sample.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

function expectedSampleStats() {
  const replies = sample.comments.reduce((n, c) => n + c.replies.length, 0);
  return {
    documents: 1,
    segments: sample.segments.length,
    by_status: sampleStatusCounts(),
    annotations: sampleAnnotationCounts(),
    speakers: sample.speakers.length,
    comments: sample.comments.length + replies,
    comments_open: sample.comments.filter((c) => !('resolved' in c && c.resolved)).length,
    words_source: sample.segments.reduce((n, s) => n + words(s.source), 0),
    words_target: sample.segments.reduce((n, s) => n + words(s.target), 0),
    words_translated: sample.segments.filter((s) => isConfirmed(s.status as SegmentStatus)).reduce((n, s) => n + words(s.source), 0),
  };
}

describe('computeStats', () => {
  it('on the sample, project-wide and for its document, matches counts derived from the JSON', () => {
    const documentId = fillSampleProject(db, T0);
    expect(sample.segments).toHaveLength(16);
    expect(computeStats(db, null)).toEqual(expectedSampleStats());
    expect(computeStats(db, documentId)).toEqual(expectedSampleStats());
  });

  it('scopes to one document while the other is counted project-wide', () => {
    const sampleId = fillSampleProject(db, T0);
    const { documentId } = seedDocument(db, [{ source: 'كلمة واحدة', status: 'approved', target: 'one word' }]);
    expect(computeStats(db, sampleId)).toEqual(expectedSampleStats());
    expect(computeStats(db, documentId)).toMatchObject({ documents: 1, segments: 1, words_source: 2, words_target: 2, words_translated: 2, comments: 0 });
    expect(computeStats(db, null)).toMatchObject({ documents: 2, segments: 17 });
  });

  it('an empty project reports zero for every status', () => {
    const stats = computeStats(db, null);
    expect(stats.by_status).toEqual(Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, 0])));
    expect(stats).toMatchObject({ documents: 0, segments: 0, words_source: 0, words_target: 0, words_translated: 0, comments: 0, comments_open: 0 });
  });

  it('an unknown document counts nothing', () => {
    fillSampleProject(db, T0);
    expect(computeStats(db, 999 as DocumentId)).toMatchObject({ documents: 0, segments: 0, comments: 0, words_source: 0 });
  });
});
