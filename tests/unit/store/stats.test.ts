import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentId, DocumentId, SegmentId } from '../../../src/core/model.js';
import { insertComment } from '../../../src/store/comments.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { iterateSegmentTexts, readStats } from '../../../src/store/stats.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
let docA: DocumentId;
let docB: DocumentId;
beforeEach(() => {
  db = createMemoryProject();
  const a = seedDocument(db, [{ status: 'new' }, { status: 'new' }, { status: 'approved' }, { status: 'draft' }]);
  const b = seedDocument(db, [{ status: 'approved' }, { status: 'rejected' }]);
  docA = a.documentId;
  docB = b.documentId;
  const comment = (segmentId: SegmentId, parentId: CommentId | null, resolved: boolean) =>
    insertComment(db, { segmentId, parentId, author: 'x', body: 'y', at: T0, resolvedAt: resolved ? T0 : null, resolvedBy: null });
  const t = comment(a.segmentIds[0]!, null, false);
  comment(a.segmentIds[0]!, t, false);
  comment(a.segmentIds[1]!, null, true);
  comment(b.segmentIds[0]!, null, false);
  const annotate = (segmentId: number, layer: string) =>
    db.prepare("INSERT INTO annotations (segment_id, layer, side, author, created_at, updated_at) VALUES (?, ?, 'segment', 'x', 0, 0)").run(segmentId, layer);
  annotate(a.segmentIds[0]!, 'claim');
  annotate(a.segmentIds[1]!, 'claim');
  annotate(b.segmentIds[0]!, 'stance');
  db.prepare("INSERT INTO speakers (name_source, name_target, created_at, updated_at) VALUES ('جون كيربي', 'John Kirby', 0, 0)").run();
});
afterEach(() => db.close());

const byStatus = (rows: { status: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.status, r.n]));
const byLayer = (rows: { layer: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.layer, r.n]));

describe('readStats', () => {
  it.each([
    ['the whole project', () => null, { documents: 2, status: { new: 2, approved: 2, draft: 1, rejected: 1 }, layers: { claim: 2, stance: 1 }, comments: 4, open: 2 }],
    ['document A', () => docA, { documents: 1, status: { new: 2, approved: 1, draft: 1 }, layers: { claim: 2 }, comments: 3, open: 1 }],
    ['document B', () => docB, { documents: 1, status: { approved: 1, rejected: 1 }, layers: { stance: 1 }, comments: 1, open: 1 }],
  ])('counts %s', (_name, doc, expected) => {
    const raw = readStats(db, doc());
    expect(raw.documents).toBe(expected.documents);
    expect(byStatus(raw.byStatus)).toEqual(expected.status);
    expect(byLayer(raw.annotationsByLayer)).toEqual(expected.layers);
    expect(raw.comments).toBe(expected.comments);
    expect(raw.commentsOpen).toBe(expected.open);
    expect(raw.speakers).toBe(1); // the registry is project-wide
  });

  it('iterateSegmentTexts yields one row per segment of the scope', () => {
    expect([...iterateSegmentTexts(db, null)]).toHaveLength(6);
    expect([...iterateSegmentTexts(db, docB)].map((r) => r.status).sort()).toEqual(['approved', 'rejected']);
  });
});
