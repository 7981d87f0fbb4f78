import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId, SearchScope, SegmentId } from '../../../src/core/model.js';
import { previewReplace, replaceAll, searchSegments, undoReplace } from '../../../src/services/search-service.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { getSegment } from '../../../src/store/segments.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';

let db: Database;
let documentId: DocumentId;
let ids: SegmentId[];
const ctx = testContext();

beforeEach(() => {
  db = createMemoryProject();
  ({ documentId, segmentIds: ids } = seedDocument(db, [
    { source: 'أعلنت الولايات المتحدة الأمريكية تعليق المحادثات', target: 'The United States suspended the talks' },
    { source: 'وفي عام ٢٠١٦ قال الوزيرُ إنّ الحوارَ مستمـــر', target: 'In 2016 the minister said the dialogue goes on' },
    { source: 'الجانب الامريكي هدد بتعليقها', target: 'The American side threatened to suspend them' },
    { source: 'نص بلا ترجمة', target: '' },
  ]));
});
afterEach(() => db.close());

const search = (query: string, scope: SearchScope = 'both', extra: { regex?: boolean; matchCase?: boolean } = {}) =>
  searchSegments(db, { documentId, query, scope, regex: extra.regex ?? false, matchCase: extra.matchCase ?? false, limit: 50 });

describe('searchSegments', () => {
  it.each([
    ['امريكيه', 'source', [0], 'أمريكية'],
    ['الامريكيه', 'source', [0], 'الأمريكية'],
    ['2016', 'source', [1], '٢٠١٦'],
    ['٢٠١٦', 'target', [1], '2016'],
    ['الوزير', 'source', [1], 'الوزيرُ'],
    ['مستمر', 'source', [1], 'مستمـــر'],
    ['united', 'target', [0], 'United'],
    ['the', 'target', [0, 1, 2], 'The'],
    ['مر', 'source', [0, 1, 2], null],
  ] as const)('%s in %s finds segments %j, highlighting the stored text', (query, scope, expected, firstSlice) => {
    const result = search(query, scope);
    expect(result.hits.map((h) => h.index)).toEqual(expected);
    expect(result.total).toBe(expected.length);
    if (firstSlice) {
      const hit = result.hits[0]!;
      const side = scope === 'source' ? 'source' : 'target';
      const range = hit[side][0]!;
      expect(hit.segment[side].slice(range.start, range.end)).toBe(firstSlice);
    }
  });

  it('finds nothing for an absent word and for an empty query', () => {
    expect(search('روسيا').total).toBe(0);
    expect(search('').hits).toEqual([]);
  });

  it('match case narrows a case-folded hit', () => {
    expect(search('the', 'target', { matchCase: true }).hits.map((h) => h.index)).toEqual([0, 1, 2]);
    expect(search('The', 'target', { matchCase: true }).hits.map((h) => h.index)).toEqual([0, 2]);
  });

  it('regular expressions run over the stored text', () => {
    const result = search('sus\\w+', 'target', { regex: true });
    expect(result.hits.map((h) => h.index)).toEqual([0, 2]);
    const [range] = result.hits[1]!.target;
    expect(result.hits[1]!.segment.target.slice(range!.start, range!.end)).toBe('suspend');
    expect(() => search('(', 'target', { regex: true })).toThrow(expect.objectContaining({ code: 'bad-input' }));
  });

  it('follows edits: the index is kept in sync by the store', () => {
    updateTarget(db, ctx, ids[3]!, 'A text without a translation', null);
    expect(search('without', 'target').hits.map((h) => h.index)).toEqual([3]);
    updateTarget(db, ctx, ids[3]!, 'Changed', null);
    expect(search('without', 'target').total).toBe(0);
  });
});

describe('replace in the translation', () => {
  const req = { documentId: () => documentId, query: 'the', replacement: 'THE', regex: false, matchCase: true };
  const make = () => ({ ...req, documentId: req.documentId() });

  it('previews without writing, then replaces all as one batch, then undoes the batch', () => {
    const preview = previewReplace(db, make());
    expect(preview.map((p) => [p.index, p.after])).toEqual([
      [0, 'The United States suspended THE talks'],
      [1, 'In 2016 THE minister said THE dialogue goes on'],
      [2, 'The American side threatened to suspend THEm'],
    ]);
    expect(getSegment(db, ids[0]!)?.target).toBe('The United States suspended the talks');

    const { batch, changed } = replaceAll(db, ctx, make());
    expect(changed).toBe(3);
    expect(getSegment(db, ids[1]!)?.target).toBe('In 2016 THE minister said THE dialogue goes on');

    expect(undoReplace(db, ctx, batch)).toEqual({ restored: 3, skipped: 0 });
    expect(getSegment(db, ids[1]!)?.target).toBe('In 2016 the minister said the dialogue goes on');
  });

  it('undo keeps a segment edited after the replace, and says it skipped it', () => {
    const { batch } = replaceAll(db, ctx, make());
    updateTarget(db, ctx, ids[0]!, 'Edited by hand afterwards', null);
    expect(undoReplace(db, ctx, batch)).toEqual({ restored: 2, skipped: 1 });
    expect(getSegment(db, ids[0]!)?.target).toBe('Edited by hand afterwards');
  });

  it('a regular-expression replace can use groups', () => {
    const { changed } = replaceAll(db, ctx, { documentId, query: '(\\d{4})', replacement: 'the year $1', regex: true, matchCase: false });
    expect(changed).toBe(1);
    expect(getSegment(db, ids[1]!)?.target).toBe('In the year 2016 the minister said the dialogue goes on');
  });
});
