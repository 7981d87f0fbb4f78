// THE write path for segment text and status (services/segment-writes.ts): the row, the search
// index, the side's spans carried through the edit, a revision per field, statusForTarget once,
// the document touched.
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, DocumentId, SegmentId } from '../../../src/core/model.js';
import { searchSegments } from '../../../src/services/search-service.js';
import { writeSegment, type Stamp } from '../../../src/services/segment-writes.js';
import { getAnnotation, insertAnnotation } from '../../../src/store/annotations.js';
import { getDocument } from '../../../src/store/documents.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listRevisions } from '../../../src/store/revisions.js';
import { getSegment } from '../../../src/store/segments.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

const EN = 'Kirby said the talks were suspended.';
const AR = 'قال كيربي إن المحادثات علقت.';
const stamp: Stamp = { at: T0 + 10, author: 'ana' };

let db: Database;
let doc: DocumentId;
let id: SegmentId;
beforeEach(() => {
  db = createMemoryProject();
  const seeded = seedDocument(db, [{ source: AR, target: EN, status: 'translated' }, { source: 'نص', target: '', status: 'new' }]);
  doc = seeded.documentId;
  id = seeded.segmentIds[0]!;
});
afterEach(() => db.close());

const segment = (sid: SegmentId = id) => getSegment(db, sid)!;
const span = (side: 'source' | 'target', text: string): AnnotationId => {
  const start = (side === 'source' ? AR : EN).indexOf(text);
  return insertAnnotation(db, { segmentId: id, layer: 'speaker', side, start, end: start + text.length, author: 'a', at: T0 });
};
const covered = (a: AnnotationId): [string, boolean] => {
  const row = getAnnotation(db, a)!;
  return [(row.side === 'source' ? segment().source : segment().target).slice(row.start!, row.end!), row.flagged];
};
const found = (query: string) => searchSegments(db, { documentId: doc, query, scope: 'both', regex: false, matchCase: false, limit: 10 }).total;

describe('writeSegment', () => {
  it('writes the text, keeps the index, carries the spans of that side only, records a revision, touches the document', () => {
    const kirby = span('target', 'Kirby');
    const ar = span('source', 'كيربي');
    const after = writeSegment(db, stamp, segment(), { target: 'On Monday, Kirby said the talks were suspended.' }, 's1');
    expect(after).toMatchObject({ target: 'On Monday, Kirby said the talks were suspended.', status: 'translated', updatedBy: 'ana', updatedAt: T0 + 10 });
    expect(covered(kirby)).toEqual(['Kirby', false]);
    expect(covered(ar)).toEqual(['كيربي', false]);
    expect(found('monday')).toBe(1);
    expect(listRevisions(db, id).map((r) => [r.field, r.after, r.session])).toEqual([['target', after.target, 's1']]);
    expect(getDocument(db, doc)!.updatedAt).toBe(T0 + 10);
  });

  it('flags a span whose words were replaced, never drops it', () => {
    const kirby = span('target', 'Kirby');
    writeSegment(db, stamp, segment(), { target: 'Toner said the talks were suspended.' });
    expect(covered(kirby)).toEqual(['Toner', true]);
  });

  it('a source fix carries the Arabic spans', () => {
    const ar = span('source', 'المحادثات');
    writeSegment(db, stamp, segment(), { source: `وأضاف: ${AR}` });
    expect(covered(ar)).toEqual(['المحادثات', false]);
  });

  it.each([
    ['the first English of a new segment makes it a draft', 'new', 'Some English', 'draft'],
    ['a draft left without English is new again', 'draft', '', 'new'],
    ['a signed-off segment left without English is new again', 'approved', '', 'new'],
  ] as const)('%s (statusForTarget), the status revision first', (_name, status, target, expected) => {
    const other = seedDocument(db, [{ target: status === 'new' ? '' : 'Was here', status }]).segmentIds[0]!;
    expect(writeSegment(db, stamp, segment(other), { target }).status).toBe(expected);
    const fields = listRevisions(db, other).map((r) => r.field);
    expect(fields).toEqual(expected === status ? ['target'] : ['status', 'target']);
  });

  it('an explicit status wins over the rule (undo writes back exactly what was there)', () => {
    const other = seedDocument(db, [{ target: '', status: 'new' }]).segmentIds[0]!;
    expect(writeSegment(db, stamp, segment(other), { target: 'English', status: 'new' }).status).toBe('new');
  });

  it('an explicit status beyond draft is not given to a segment with empty English (allowedStatus)', () => {
    const other = seedDocument(db, [{ target: '', status: 'new' }]).segmentIds[0]!;
    expect(writeSegment(db, stamp, segment(other), { status: 'approved' }).status).toBe('new');
    expect(listRevisions(db, other)).toEqual([]);
    const typed = seedDocument(db, [{ target: 'English', status: 'approved' }]).segmentIds[0]!;
    expect(writeSegment(db, stamp, segment(typed), { target: '', status: 'translated' }).status).toBe('new');
  });

  it('no change writes nothing', () => {
    const before = segment();
    expect(writeSegment(db, stamp, before, { target: EN, status: 'translated', doNotTranslate: false })).toBe(before);
    expect(listRevisions(db, id)).toEqual([]);
    expect(getDocument(db, doc)!.updatedAt).toBe(T0);
  });
});
