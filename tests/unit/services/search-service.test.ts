import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, DocumentId, SearchScope, SegmentId } from '../../../src/core/model.js';
import { clearHistory, historyState, redoLast, undoLast } from '../../../src/services/edit-history.js';
import { previewReplace, replaceAll, searchSegments } from '../../../src/services/search-service.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { getAnnotation, insertAnnotation } from '../../../src/store/annotations.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { updateSegmentTarget } from '../../../src/store/segment-updates.js';
import { getSegment } from '../../../src/store/segments.js';
import { T0, seedDocument, testContext } from '../helpers/store-fixtures.js';

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
  const targets = () => ids.map((id) => getSegment(db, id)!.target);
  let original: string[];
  beforeEach(() => {
    original = targets();
    clearHistory(db);
  });
  const req = { documentId: () => documentId, query: 'the', replacement: 'THE', regex: false, matchCase: true };
  const make = () => ({ ...req, documentId: req.documentId() });

  it('previews without writing, then replaces all as ONE step of the app-wide undo; redo replaces again', () => {
    const preview = previewReplace(db, make());
    expect(preview.map((p) => [p.index, p.after])).toEqual([
      [0, 'The United States suspended THE talks'],
      [1, 'In 2016 THE minister said THE dialogue goes on'],
      [2, 'The American side threatened to suspend THEm'],
    ]);
    expect(getSegment(db, ids[0]!)?.target).toBe('The United States suspended the talks');

    const { changed, history } = replaceAll(db, ctx, make());
    expect(changed).toBe(3);
    expect(history).toMatchObject({ canUndo: true, undoLabel: 'Replace all' });
    expect(getSegment(db, ids[1]!)?.target).toBe('In 2016 THE minister said THE dialogue goes on');

    const undone = undoLast(db);
    expect(undone.label).toBe('Replace all');
    expect(undone.change).toMatchObject({ from: 0, removed: 3 });
    expect(targets()).toEqual(original);
    expect(historyState(db)).toMatchObject({ canUndo: false, canRedo: true });
    redoLast(db);
    expect(getSegment(db, ids[1]!)?.target).toBe('In 2016 THE minister said THE dialogue goes on');
  });

  it('a replace that matches nothing changes and records nothing', () => {
    expect(replaceAll(db, ctx, { ...make(), query: 'zebra' })).toMatchObject({ changed: 0, history: { canUndo: false } });
  });

  it('a later edit is never overwritten: undo takes back the later edit first, then the replace', () => {
    replaceAll(db, ctx, make());
    updateTarget(db, ctx, ids[0]!, 'Edited by hand afterwards', null);
    expect(undoLast(db).label).toBe('Edit translation');
    expect(undoLast(db).label).toBe('Replace all');
    expect(targets()).toEqual(original);
  });

  it('an edit the history does not know about blocks the undo, and is kept (nothing is half undone)', () => {
    replaceAll(db, ctx, make());
    updateSegmentTarget(db, ids[2]!, 'Changed by someone else', T0, 'x');
    const before = targets();
    expect(() => undoLast(db)).toThrow(/segment 3 was changed since, and that change is kept/);
    expect(targets()).toEqual(before);
  });

  it('the first English of a new segment makes it a draft; undo makes it new again', () => {
    const { changed } = replaceAll(db, ctx, { documentId, query: '^$', replacement: 'Text without a translation', regex: true, matchCase: false });
    expect(changed).toBe(1);
    expect(getSegment(db, ids[3]!)).toMatchObject({ target: 'Text without a translation', status: 'draft' });
    undoLast(db);
    expect(getSegment(db, ids[3]!)).toMatchObject({ target: '', status: 'new' });
  });

  it('a regular-expression replace can use groups', () => {
    const { changed } = replaceAll(db, ctx, { documentId, query: '(\\d{4})', replacement: 'the year $1', regex: true, matchCase: false });
    expect(changed).toBe(1);
    expect(getSegment(db, ids[1]!)?.target).toBe('In the year 2016 the minister said the dialogue goes on');
  });
});

describe('Replace all carries annotation spans through the edit (issue 11: the cue covered "ted " after Replace all)', () => {
  const SAID = 'The US envoy said the US would stay';
  let cue: AnnotationId;
  let onEnvoy: AnnotationId;
  let segment: SegmentId;
  beforeEach(() => {
    segment = seedDocument(db, [{ source: 'قال المبعوث الأمريكي إن الولايات المتحدة ستبقى', target: SAID, status: 'translated' }]).segmentIds[0]!;
    cue = insertAnnotation(db, { segmentId: segment, layer: 'cue', side: 'target', start: SAID.indexOf('said'), end: SAID.indexOf('said') + 4, author: 'a', at: T0 });
    onEnvoy = insertAnnotation(db, { segmentId: segment, layer: 'speaker', side: 'target', start: SAID.indexOf('envoy'), end: SAID.indexOf('envoy') + 5, author: 'a', at: T0 });
  });
  const covered = (id: AnnotationId): [string, boolean] => {
    const a = getAnnotation(db, id)!;
    return [getSegment(db, segment)!.target.slice(a.start!, a.end!), a.flagged];
  };
  const replace = (query: string, replacement: string) =>
    replaceAll(db, ctx, { documentId: getSegment(db, segment)!.documentId, query, replacement, regex: false, matchCase: true });
  const replaceUs = () => replace('US', 'United States');

  it('a cue on "said" stays on "said" after other words of the segment are replaced', () => {
    expect(replaceUs().changed).toBe(1);
    expect(getSegment(db, segment)!.target).toBe('The United States envoy said the United States would stay');
    expect(covered(cue)).toEqual(['said', false]);
  });

  it('and after the replace is undone (and redone)', () => {
    replaceUs();
    undoLast(db);
    expect(getSegment(db, segment)!.target).toBe(SAID);
    expect(covered(cue)).toEqual(['said', false]);
    redoLast(db);
    expect(covered(cue)).toEqual(['said', false]);
  });

  it('a span whose words were replaced is flagged, not dropped; undo puts it back unflagged', () => {
    replace('envoy', 'official');
    expect(covered(onEnvoy)).toEqual(['official', true]);
    expect(covered(cue)).toEqual(['said', false]);
    undoLast(db);
    expect(covered(onEnvoy)).toEqual(['envoy', false]);
  });
});
