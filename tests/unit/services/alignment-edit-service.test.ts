import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MizanError } from '../../../src/core/errors.js';
import type { AnnotationId, CommentId, DocumentId, SegmentId, SegmentStatus } from '../../../src/core/model.js';
import { searchKey } from '../../../src/core/text/search-key.js';
import {
  deleteEmptySegment, insertEmptySegment, insertEmptySegmentBeside, mergeWithNext, mergeWithPrevious,
  moveFirstTargetSentenceToPrevious, moveLastTargetSentenceToNext, replaceRange, setAlignConfirmed, splitSegment,
  type AlignmentEditResult,
} from '../../../src/services/alignment-edit-service.js';
import { clearHistory, historyState, redoLast, undoLast } from '../../../src/services/edit-history.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { getAnnotationRow, insertAnnotation, insertAnnotationLink } from '../../../src/store/annotations.js';
import { getComment, insertComment } from '../../../src/store/comments.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listRevisions, recordRevision } from '../../../src/store/revisions.js';
import { findSegmentsByKey } from '../../../src/store/search.js';
import { getSegment, listSegments } from '../../../src/store/segments.js';
import { T0, seedDocument, testContext, type SegmentSeed } from '../helpers/store-fixtures.js';
import { expectedTrigrams, indexedTrigrams } from '../helpers/search-index.js';

let db: Database;
let ctx: ReturnType<typeof testContext>;
let doc: DocumentId;
let ids: SegmentId[];

afterEach(() => {
  clearHistory(db);
  db.close();
});

function seed(seeds: SegmentSeed[]): void {
  db = createMemoryProject();
  ctx = testContext('editor');
  ({ documentId: doc, segmentIds: ids } = seedDocument(db, seeds));
}

const id = (k: number) => ids[k]!;

/** An annotation over the first occurrence of `text` in a segment's side. */
function annotate(segmentId: SegmentId, side: 'source' | 'target' | 'segment', text = ''): AnnotationId {
  const s = getSegment(db, segmentId)!;
  if (side === 'segment') return insertAnnotation(db, { segmentId, layer: 'claim', side, start: null, end: null, author: 'a', at: T0 });
  const start = s[side].indexOf(text);
  if (start < 0) throw new Error(`${text} not in ${s[side]}`);
  return insertAnnotation(db, { segmentId, layer: 'speaker', side, start, end: start + text.length, author: 'a', at: T0 });
}

/** Where an annotation is now, the text it covers and whether it is flagged. */
function where(annotationId: AnnotationId): { segmentId: SegmentId; side: string; text: string | null; flagged: boolean } {
  const a = getAnnotationRow(db, annotationId)!;
  const s = getSegment(db, a.segment_id as SegmentId)!;
  const text = a.side === 'segment' ? null : s[a.side].slice(a.start!, a.end!);
  return { segmentId: s.id, side: a.side, text, flagged: a.flagged === 1 };
}

function comment(segmentId: SegmentId, body = 'note'): CommentId {
  return insertComment(db, { segmentId, parentId: null, author: 'r', body, at: T0, resolvedAt: null, resolvedBy: null });
}

function revision(segmentId: SegmentId): void {
  recordRevision(db, { segmentId, field: 'target', before: 'old', after: 'older', author: 'r', at: T0, session: null });
}

function texts(): [string, string][] {
  return listSegments(db, doc, 0, 1000).map((s) => [s.source, s.target]);
}

/** Invariants every edit keeps: dense positions, search index in step, foreign keys, spans inside their text. */
function checkInvariants(): void {
  const positions = db.prepare('SELECT position FROM segments WHERE document_id = ? ORDER BY position').all(doc) as { position: number }[];
  expect(positions.map((p) => p.position)).toEqual(positions.map((_, i) => i));
  const segments = db.prepare('SELECT id, source, target FROM segments ORDER BY id').all() as { id: number; source: string; target: string }[];
  expect(indexedTrigrams(db)).toEqual(expectedTrigrams(segments));
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const spans = db.prepare(`
    SELECT a.id, a.side, a.start, a."end", length(CASE a.side WHEN 'source' THEN s.source ELSE s.target END) AS len
    FROM annotations a JOIN segments s ON s.id = a.segment_id WHERE a.side <> 'segment'`).all() as { start: number; end: number; len: number }[];
  for (const span of spans) expect(span.start <= span.end && span.end <= span.len, JSON.stringify(span)).toBe(true);
}

/** Everything an undo must restore exactly (documents.updated_at aside). */
function dump(): unknown {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    segments: all('SELECT * FROM segments ORDER BY id'),
    annotations: all('SELECT * FROM annotations ORDER BY id'),
    links: all('SELECT * FROM annotation_links ORDER BY from_id, to_id'),
    comments: all('SELECT * FROM comments ORDER BY id'),
    revisions: all('SELECT * FROM revisions ORDER BY id'),
    search: indexedTrigrams(db),
  };
}

function expectError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MizanError);
    expect((error as MizanError).code).toBe(code);
    return;
  }
  throw new Error('expected an error');
}

function found(query: string): SegmentId[] {
  return findSegmentsByKey(db, doc, 'both', searchKey(query), 100).items.map((s) => s.id);
}

function expectSplice(result: AlignmentEditResult, from: number, removed: number, count: number): void {
  expect(result).toMatchObject({ documentId: doc, from, removed });
  expect(result.segments).toHaveLength(count);
  expect(result.segments).toEqual(listSegments(db, doc, from, count));
  expect(result.total).toBe(listSegments(db, doc, 0, 1000).length);
}

const THREE: SegmentSeed[] = [
  { source: 'قال كيربي إن الاجتماع مهم.', target: 'Kirby said the meeting matters.', status: 'translated' },
  { source: 'وأضاف أن الوفد وصل.', target: 'He added that the delegation arrived.', status: 'approved' },
  { source: 'ولم يذكر تفاصيل.', target: 'He gave no details.', status: 'draft' },
];

describe('merge', () => {
  beforeEach(() => seed(THREE));

  it.each([
    ['mergeWithNext on the first', () => mergeWithNext(db, ctx, id(0))],
    ['mergeWithPrevious on the second', () => mergeWithPrevious(db, ctx, id(1))],
  ])('%s: texts joined, annotations/comments/revisions follow, index updated', (_name, run) => {
    const srcSpan = annotate(id(1), 'source', 'الوفد');
    const tgtSpan = annotate(id(1), 'target', 'delegation');
    const segSpan = annotate(id(1), 'segment');
    const firstSpan = annotate(id(0), 'target', 'Kirby');
    insertAnnotationLink(db, srcSpan, tgtSpan);
    const c = comment(id(1));
    revision(id(1));

    const result = run();
    expectSplice(result, 0, 2, 1);
    expect(result.focusId).toBe(id(0));
    expect(texts()[0]).toEqual(['قال كيربي إن الاجتماع مهم. وأضاف أن الوفد وصل.', 'Kirby said the meeting matters. He added that the delegation arrived.']);
    expect(getSegment(db, id(1))).toBeUndefined();
    const merged = getSegment(db, id(0))!;
    expect(merged).toMatchObject({ status: 'translated', alignConfirmed: false, alignScore: null, paragraph: 0, updatedBy: 'editor' });
    expect(where(srcSpan)).toEqual({ segmentId: id(0), side: 'source', text: 'الوفد', flagged: false });
    expect(where(tgtSpan)).toEqual({ segmentId: id(0), side: 'target', text: 'delegation', flagged: false });
    expect(where(segSpan)).toMatchObject({ segmentId: id(0), text: null });
    expect(where(firstSpan)).toMatchObject({ segmentId: id(0), text: 'Kirby', flagged: false });
    expect(db.prepare('SELECT count(*) AS n FROM annotation_links').get()).toEqual({ n: 1 });
    expect(getComment(db, c)?.segmentId).toBe(id(0));
    const revs = listRevisions(db, id(0));
    expect(revs.map((r) => r.field)).toEqual(['target', 'source', 'target']);
    expect(revs[2]).toMatchObject({ before: 'Kirby said the meeting matters.', after: merged.target, author: 'editor' });
    expect(found('matters. He added')).toEqual([id(0)]);
    checkInvariants();
  });

  it.each([
    ['new', '', 'translated', 'Two.', 'draft'],
    ['new', '', 'new', '', 'new'],
    ['approved', 'One.', 'reviewed', 'Two.', 'reviewed'],
    ['rejected', 'One.', 'translated', 'Two.', 'rejected'],
  ] as const)('status %s (%j) + %s (%j) = %s', (s1, t1, s2, t2, expected) => {
    db.close();
    seed([{ source: 'أ.', target: t1, status: s1 as SegmentStatus }, { source: 'ب.', target: t2, status: s2 as SegmentStatus }]);
    mergeWithNext(db, ctx, id(0));
    expect(getSegment(db, id(0))!.status).toBe(expected);
  });

  it('joins with no space when one side is empty', () => {
    db.close();
    seed([{ source: 'أ.', target: 'One.' }, { source: 'ب.', target: '' }, { source: '', target: 'Three.' }]);
    const span = annotate(id(2), 'target', 'Three');
    mergeWithNext(db, ctx, id(0));
    mergeWithNext(db, ctx, id(0));
    expect(texts()).toEqual([['أ. ب.', 'One. Three.']]);
    expect(where(span)).toMatchObject({ text: 'Three', flagged: false });
    checkInvariants();
  });

  it.each([
    ['the last with next', () => mergeWithNext(db, ctx, id(2)), 'bad-input'],
    ['the first with previous', () => mergeWithPrevious(db, ctx, id(0)), 'bad-input'],
    ['an unknown segment', () => mergeWithNext(db, ctx, 999 as SegmentId), 'not-found'],
  ])('refuses to merge %s', (_name, run, code) => {
    const before = dump();
    expectError(run, code);
    expect(dump()).toEqual(before);
    expect(historyState(db).canUndo).toBe(false);
  });
});

describe('split', () => {
  beforeEach(() =>
    seed([
      { source: 'قبل.' },
      { source: 'قال كيربي إن الاجتماع مهم. وأضاف أن الوفد وصل.', target: 'Kirby said it matters. He added the delegation arrived.', status: 'translated', paragraph: 4 },
      { source: 'بعد.' },
    ]));

  it('splits the Arabic: spans after the cut move, a crossing span is clipped and flagged, English stays on the first', () => {
    const text = getSegment(db, id(1))!.source;
    const cutAt = text.indexOf('وأضاف');
    const before = annotate(id(1), 'source', 'كيربي');
    const after = annotate(id(1), 'source', 'الوفد');
    const crossing = annotate(id(1), 'source', 'مهم. وأضاف');
    const english = annotate(id(1), 'target', 'delegation');
    const segLevel = annotate(id(1), 'segment');
    const c = comment(id(1));

    const result = splitSegment(db, ctx, id(1), 'source', cutAt);
    expectSplice(result, 1, 1, 2);
    const created = result.segments[1]!.id;
    expect(result.focusId).toBe(created);
    expect(texts()[1]).toEqual(['قال كيربي إن الاجتماع مهم.', 'Kirby said it matters. He added the delegation arrived.']);
    expect(texts()[2]).toEqual(['وأضاف أن الوفد وصل.', '']);
    expect(getSegment(db, created)).toMatchObject({ status: 'new', paragraph: 4, alignConfirmed: false, position: 2 });
    expect(getSegment(db, id(1))).toMatchObject({ status: 'translated', alignConfirmed: false });
    expect(where(before)).toEqual({ segmentId: id(1), side: 'source', text: 'كيربي', flagged: false });
    expect(where(after)).toEqual({ segmentId: created, side: 'source', text: 'الوفد', flagged: false });
    expect(where(crossing)).toEqual({ segmentId: id(1), side: 'source', text: 'مهم.', flagged: true });
    expect(where(english)).toMatchObject({ segmentId: id(1), text: 'delegation', flagged: false });
    expect(where(segLevel).segmentId).toBe(id(1));
    expect(getComment(db, c)?.segmentId).toBe(id(1));
    expect(found('وأضاف')).toEqual([created]);
    checkInvariants();
  });

  it('splits both sides when the English cut is given', () => {
    const source = getSegment(db, id(1))!.source;
    const target = getSegment(db, id(1))!.target;
    const span = annotate(id(1), 'target', 'delegation');
    const result = splitSegment(db, ctx, id(1), 'source', source.indexOf('وأضاف'), target.indexOf('He added'));
    const created = result.segments[1]!.id;
    expect(texts().slice(1, 3)).toEqual([
      ['قال كيربي إن الاجتماع مهم.', 'Kirby said it matters.'],
      ['وأضاف أن الوفد وصل.', 'He added the delegation arrived.'],
    ]);
    expect(getSegment(db, created)!.status).toBe('translated');
    expect(where(span)).toEqual({ segmentId: created, side: 'target', text: 'delegation', flagged: false });
    checkInvariants();
  });

  it('splits the English, leaving the Arabic on the first', () => {
    const target = getSegment(db, id(1))!.target;
    const span = annotate(id(1), 'target', 'it matters. He');
    const result = splitSegment(db, ctx, id(1), 'target', target.indexOf('He added'));
    expect(texts().slice(1, 3)).toEqual([
      ['قال كيربي إن الاجتماع مهم. وأضاف أن الوفد وصل.', 'Kirby said it matters.'],
      ['', 'He added the delegation arrived.'],
    ]);
    expect(where(span)).toEqual({ segmentId: id(1), side: 'target', text: 'it matters.', flagged: true });
    expect(result.segments[1]!.status).toBe('translated');
    checkInvariants();
  });

  it.each([
    ['offset 0', 'source', 0, 'bad-input'],
    ['offset at the end', 'source', 47, 'bad-input'],
    ['offset past the end', 'source', 500, 'bad-input'],
    ['a fractional offset', 'source', 2.5, 'bad-input'],
    ['a negative offset', 'target', -1, 'bad-input'],
  ] as const)('refuses %s', (_name, side, offset, code) => {
    const before = dump();
    expectError(() => splitSegment(db, ctx, id(1), side, offset), code);
    expect(dump()).toEqual(before);
  });

  it('refuses a cut with only whitespace on one side, a bad English cut and an unknown segment', () => {
    db.close();
    seed([{ source: 'abc   ', target: 'x' }]);
    expectError(() => splitSegment(db, ctx, id(0), 'source', 4), 'bad-input');
    expectError(() => splitSegment(db, ctx, id(0), 'source', 1, 9), 'bad-input');
    expectError(() => splitSegment(db, ctx, 999 as SegmentId, 'source', 1), 'not-found');
  });
});

describe('move an English sentence', () => {
  beforeEach(() =>
    seed([
      { source: 'أ.', target: 'Zero.', status: 'translated' },
      { source: 'ب.', target: 'One said Kirby. Two. Three.', status: 'draft' },
      { source: 'ج.', target: 'Four.', status: 'reviewed' },
    ]));

  it('moves the first sentence to the previous segment with its annotations', () => {
    const moved = annotate(id(1), 'target', 'Kirby');
    const stays = annotate(id(1), 'target', 'Three');
    const crossing = annotate(id(1), 'target', 'Kirby. Two');
    const source = annotate(id(1), 'source', 'ب');
    const result = moveFirstTargetSentenceToPrevious(db, ctx, id(1));
    expectSplice(result, 0, 2, 2);
    expect(result.focusId).toBe(id(1));
    expect(texts().map((t) => t[1])).toEqual(['Zero. One said Kirby.', 'Two. Three.', 'Four.']);
    expect(where(moved)).toEqual({ segmentId: id(0), side: 'target', text: 'Kirby', flagged: false });
    expect(where(stays)).toEqual({ segmentId: id(1), side: 'target', text: 'Three', flagged: false });
    expect(where(crossing)).toEqual({ segmentId: id(0), side: 'target', text: 'Kirby.', flagged: true });
    expect(where(source)).toMatchObject({ segmentId: id(1), text: 'ب', flagged: false });
    expect(found('said Kirby')).toEqual([id(0)]);
    expect(getSegment(db, id(0))).toMatchObject({ status: 'translated', alignConfirmed: false });
    checkInvariants();
  });

  it('moves the last sentence to the next segment, shifting the annotations already there', () => {
    const moved = annotate(id(1), 'target', 'Three');
    const there = annotate(id(2), 'target', 'Four');
    const result = moveLastTargetSentenceToNext(db, ctx, id(1));
    expectSplice(result, 1, 2, 2);
    expect(texts().map((t) => t[1])).toEqual(['Zero.', 'One said Kirby. Two.', 'Three. Four.']);
    expect(where(moved)).toEqual({ segmentId: id(2), side: 'target', text: 'Three', flagged: false });
    expect(where(there)).toEqual({ segmentId: id(2), side: 'target', text: 'Four', flagged: false });
    checkInvariants();
  });

  it('can empty a segment (a draft goes back to new) and fill a new one (it becomes a draft)', () => {
    db.close();
    seed([{ source: 'أ.', target: 'Only.', status: 'draft' }, { source: 'ب.', target: '', status: 'new' }]);
    moveLastTargetSentenceToNext(db, ctx, id(0));
    expect(texts()).toEqual([['أ.', ''], ['ب.', 'Only.']]);
    expect([getSegment(db, id(0))!.status, getSegment(db, id(1))!.status]).toEqual(['new', 'draft']);
    checkInvariants();
  });

  it.each([
    ['no previous segment', () => moveFirstTargetSentenceToPrevious(db, ctx, id(0)), 'bad-input'],
    ['no next segment', () => moveLastTargetSentenceToNext(db, ctx, id(2)), 'bad-input'],
    ['an unknown segment', () => moveLastTargetSentenceToNext(db, ctx, 999 as SegmentId), 'not-found'],
  ])('refuses with %s', (_name, run, code) => expectError(run, code));

  it('refuses to move from a segment without English', () => {
    db.close();
    seed([{ source: 'أ.', target: 'x.' }, { source: 'ب.', target: ' ' }]);
    expectError(() => moveFirstTargetSentenceToPrevious(db, ctx, id(1)), 'bad-input');
  });
});

describe('insert and delete empty segments, confirm', () => {
  beforeEach(() => seed([{ source: 'أ.', paragraph: 0 }, { source: 'ب.', paragraph: 1 }]));

  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
  ])('inserts at %i (paragraph %i)', (position, paragraph) => {
    const result = insertEmptySegment(db, ctx, doc, position);
    expectSplice(result, position, 0, 1);
    expect(result.segments[0]).toMatchObject({ source: '', target: '', status: 'new', paragraph, id: result.focusId });
    checkInvariants();
  });

  it('inserts before and after a segment', () => {
    const after = insertEmptySegmentBeside(db, ctx, id(0), 'after');
    expect(after.from).toBe(1);
    const before = insertEmptySegmentBeside(db, ctx, id(0), 'before');
    expect(before.from).toBe(0);
    expect(texts()).toEqual([['', ''], ['أ.', ''], ['', ''], ['ب.', '']]);
    checkInvariants();
  });

  it('deletes an empty segment, handing its comments and annotations to the previous one', () => {
    const inserted = insertEmptySegment(db, ctx, doc, 1).focusId!;
    const c = comment(inserted);
    const span = annotate(inserted, 'target', '');
    const result = deleteEmptySegment(db, ctx, inserted);
    expectSplice(result, 0, 2, 1);
    expect(result.focusId).toBe(id(0));
    expect(getComment(db, c)?.segmentId).toBe(id(0));
    expect(where(span)).toMatchObject({ segmentId: id(0), flagged: true });
    checkInvariants();
  });

  it('deletes an empty first segment with nothing on it', () => {
    const inserted = insertEmptySegment(db, ctx, doc, 0).focusId!;
    const result = deleteEmptySegment(db, ctx, inserted);
    expectSplice(result, 0, 1, 0);
    expect(texts()).toEqual([['أ.', ''], ['ب.', '']]);
    checkInvariants();
  });

  it.each([
    ['a segment with text', () => deleteEmptySegment(db, ctx, id(0)), 'bad-input'],
    ['an unknown segment', () => deleteEmptySegment(db, ctx, 999 as SegmentId), 'not-found'],
    ['at a position past the end', () => insertEmptySegment(db, ctx, doc, 3), 'bad-input'],
    ['at a negative position', () => insertEmptySegment(db, ctx, doc, -1), 'bad-input'],
    ['in an unknown document', () => insertEmptySegment(db, ctx, 999 as DocumentId, 0), 'not-found'],
  ])('refuses %s', (_name, run, code) => expectError(run, code));

  it('will not delete the only segment when it has a comment', () => {
    db.close();
    seed([{ source: '', target: '' }]);
    comment(id(0));
    expectError(() => deleteEmptySegment(db, ctx, id(0)), 'bad-input');
  });

  it('confirms and unconfirms an alignment; no change records nothing', () => {
    const result = setAlignConfirmed(db, ctx, id(1), true);
    expectSplice(result, 1, 1, 1);
    expect(result.segments[0]!.alignConfirmed).toBe(true);
    expect(result.history).toMatchObject({ canUndo: true, undoLabel: 'Confirm alignment' });
    setAlignConfirmed(db, ctx, id(1), true);
    undoLast(db);
    expect(getSegment(db, id(1))!.alignConfirmed).toBe(false);
    expect(historyState(db).canUndo).toBe(false);
    expectError(() => setAlignConfirmed(db, ctx, 999 as SegmentId, true), 'not-found');
  });
});

describe('replaceRange', () => {
  beforeEach(() =>
    seed([
      { source: 'قبل.', target: 'Before.', status: 'approved' },
      { source: 'قال كيربي.', target: '' },
      { source: 'وأضاف شيئا.', target: '' },
      { source: 'ولم يذكر تفاصيل.', target: '' },
      { source: 'بعد.', target: 'After.', status: 'approved' },
    ]));

  it('imports a translation onto the same Arabic: ids, annotations and comments stay, scores stored', () => {
    const span = annotate(id(1), 'source', 'كيربي');
    const c = comment(id(2));
    const result = replaceRange(db, ctx, doc, 1, 3, [
      { source: 'قال كيربي.', target: 'Kirby said.', paragraph: 0, alignScore: 0.9 },
      { source: 'وأضاف شيئا.', target: 'He added something.', paragraph: 0, alignScore: 0.4 },
      { source: 'ولم يذكر تفاصيل.', target: '', paragraph: 1, alignScore: null },
    ], { label: 'Import translation' });
    expectSplice(result, 1, 3, 3);
    expect(result.segments.map((s) => s.id)).toEqual([id(1), id(2), id(3)]);
    expect(result.segments.map((s) => [s.status, s.alignScore, s.paragraph])).toEqual([['draft', 0.9, 0], ['draft', 0.4, 0], ['new', null, 1]]);
    expect(result.history.undoLabel).toBe('Import translation');
    expect(where(span)).toEqual({ segmentId: id(1), side: 'source', text: 'كيربي', flagged: false });
    expect(getComment(db, c)?.segmentId).toBe(id(2));
    expect(found('something')).toEqual([id(2)]);
    checkInvariants();
  });

  it('re-aligns a range into a merge and a split: comments go to the bead that took the text, spans follow their characters', () => {
    const kirby = annotate(id(1), 'source', 'كيربي');
    const added = annotate(id(2), 'source', 'شيئا');
    const details = annotate(id(3), 'source', 'تفاصيل');
    const c1 = comment(id(1));
    const c2 = comment(id(2));
    revision(id(2));
    const result = replaceRange(db, ctx, doc, 1, 3, [
      { source: 'قال كيربي. وأضاف شيئا.', target: 'Kirby said and added something.', paragraph: 0, alignScore: 0.7 },
      { source: 'ولم يذكر', target: 'He did not', paragraph: 0, alignScore: 0.5 },
      { source: 'تفاصيل.', target: 'give details.', paragraph: 0, alignScore: 0.5 },
    ]);
    expectSplice(result, 1, 3, 3);
    const [merged, part1, part2] = result.segments.map((s) => s.id) as [SegmentId, SegmentId, SegmentId];
    expect([id(1), id(2), id(3)].map((k) => getSegment(db, k))).toEqual([undefined, undefined, undefined]);
    expect(where(kirby)).toEqual({ segmentId: merged, side: 'source', text: 'كيربي', flagged: false });
    expect(where(added)).toEqual({ segmentId: merged, side: 'source', text: 'شيئا', flagged: false });
    expect(where(details)).toEqual({ segmentId: part2, side: 'source', text: 'تفاصيل', flagged: false });
    expect(getComment(db, c1)?.segmentId).toBe(merged);
    expect(getComment(db, c2)?.segmentId).toBe(merged);
    expect(listRevisions(db, merged)).toHaveLength(1);
    expect(getSegment(db, part1)!.status).toBe('draft');
    checkInvariants();
  });

  it('re-anchors target spans of kept segments and flags the ones whose text is gone', () => {
    db.close();
    seed([
      { source: 'أ.', target: 'Kirby said. He added.' },
      { source: 'ب.', target: 'Nothing.' },
    ]);
    const moves = annotate(id(0), 'target', 'He added');
    const gone = annotate(id(1), 'target', 'Nothing');
    const stays = annotate(id(0), 'target', 'Kirby');
    replaceRange(db, ctx, doc, 0, 1, [
      { source: 'أ.', target: 'Kirby said.', paragraph: 0, alignScore: 1 },
      { source: 'ب.', target: 'He added.', paragraph: 0, alignScore: 1 },
    ]);
    expect(where(stays)).toEqual({ segmentId: id(0), side: 'target', text: 'Kirby', flagged: false });
    expect(where(moves)).toEqual({ segmentId: id(1), side: 'target', text: 'He added', flagged: false });
    expect(where(gone)).toMatchObject({ segmentId: id(1), flagged: true });
    checkInvariants();
  });

  it('with no beads, hands comments to the previous segment; inserts with an empty range', () => {
    const c = comment(id(2));
    const removed = replaceRange(db, ctx, doc, 1, 3, []);
    expectSplice(removed, 0, 4, 1);
    expect(getComment(db, c)?.segmentId).toBe(id(0));
    const inserted = replaceRange(db, ctx, doc, 1, 0, [{ source: 'جديد.', target: 'New.', paragraph: 0, alignScore: null }]);
    expectSplice(inserted, 1, 0, 1);
    expect(texts()).toEqual([['قبل.', 'Before.'], ['جديد.', 'New.'], ['بعد.', 'After.']]);
    checkInvariants();
  });

  it.each([
    ['an unknown document', () => replaceRange(db, ctx, 999 as DocumentId, 0, 0, []), 'not-found'],
    ['a range past the end', () => replaceRange(db, ctx, doc, 3, 5, []), 'bad-input'],
    ['a reversed range', () => replaceRange(db, ctx, doc, 3, 1, []), 'bad-input'],
    ['a bad score', () => replaceRange(db, ctx, doc, 0, 0, [{ source: 'x', target: '', paragraph: 0, alignScore: 2 }]), 'bad-input'],
    ['a bad paragraph', () => replaceRange(db, ctx, doc, 0, 0, [{ source: 'x', target: '', paragraph: -1, alignScore: null }]), 'bad-input'],
  ])('refuses %s', (_name, run, code) => expectError(run, code));
});

describe('undo and redo', () => {
  const seeds: SegmentSeed[] = [
    { source: 'أ قال كيربي.', target: 'One. Kirby said.', status: 'translated' },
    { source: 'ب وصل الوفد.', target: 'Two. The delegation came.', status: 'approved' },
    { source: 'ج.', target: 'Three.', status: 'draft' },
    { source: 'د.', target: '', status: 'new' },
  ];
  beforeEach(() => {
    seed(seeds);
    const a = annotate(id(1), 'source', 'الوفد');
    const b = annotate(id(1), 'target', 'delegation');
    insertAnnotationLink(db, a, b);
    const parent = comment(id(1), 'thread');
    insertComment(db, { segmentId: id(1), parentId: parent, author: 'x', body: 'reply', at: T0, resolvedAt: null, resolvedBy: null });
    insertComment(db, { segmentId: id(0), parentId: null, author: 'x', body: 'on the span next door', at: T0, resolvedAt: null, resolvedBy: null });
    db.prepare('UPDATE comments SET annotation_id = ? WHERE body = ?').run(a, 'on the span next door');
    revision(id(1));
    annotate(id(0), 'target', 'One. Kirby');
  });

  const ops: [string, () => AlignmentEditResult][] = [
    ['merge with next', () => mergeWithNext(db, ctx, id(0))],
    ['merge with previous', () => mergeWithPrevious(db, ctx, id(2))],
    ['split source', () => splitSegment(db, ctx, id(1), 'source', 2)],
    ['split both', () => splitSegment(db, ctx, id(0), 'target', 5, 2)],
    ['move first sentence', () => moveFirstTargetSentenceToPrevious(db, ctx, id(1))],
    ['move last sentence', () => moveLastTargetSentenceToNext(db, ctx, id(0))],
    ['insert', () => insertEmptySegment(db, ctx, doc, 2)],
    ['confirm', () => setAlignConfirmed(db, ctx, id(3), true)],
    ['replace range', () => replaceRange(db, ctx, doc, 0, 2, [
      { source: 'أ قال كيربي. ب وصل الوفد.', target: 'One. Kirby said. Two.', paragraph: 0, alignScore: 0.3 },
      { source: 'ج.', target: 'The delegation came. Three.', paragraph: 0, alignScore: 0.6 },
    ])],
    ['delete empty', () => {
      const inserted = insertEmptySegment(db, ctx, doc, 1).focusId!;
      comment(inserted);
      clearHistory(db);
      return deleteEmptySegment(db, ctx, inserted);
    }],
  ];

  it.each(ops)('%s: undo restores the exact rows, redo re-applies', (_name, run) => {
    const result = run();
    const before = (() => {
      const after = dump();
      undoLast(db);
      return { restored: dump(), after };
    })();
    checkInvariants();
    redoLast(db);
    expect(dump()).toEqual(before.after);
    checkInvariants();
    const undone = undoLast(db);
    expect(dump()).toEqual(before.restored);
    expect(undone.label).toBe(result.history.undoLabel);
    expect(undone.change.documentId).toBe(doc);
    expect(undone.change.segments).toEqual(listSegments(db, doc, undone.change.from, undone.change.segments.length));
  });

  it.each(ops.filter(([name]) => name !== 'delete empty'))('%s: undo gives back the rows as seeded', (_name, run) => {
    const initial = dump();
    const result = run();
    expect(result.history.canUndo).toBe(true);
    const outcome = undoLast(db);
    expect(dump()).toEqual(initial);
    expect(outcome.history).toMatchObject({ canUndo: false, canRedo: true });
    expect(outcome.change.from).toBe(result.from);
    expect(outcome.change.removed).toBe(result.segments.length);
    expect(outcome.change.segments).toHaveLength(result.removed);
  });

  it('undoes several edits in reverse order and redoes them all', () => {
    const states = [dump()];
    mergeWithNext(db, ctx, id(0));
    states.push(dump());
    splitSegment(db, ctx, id(0), 'source', 3);
    states.push(dump());
    moveLastTargetSentenceToNext(db, ctx, id(0));
    states.push(dump());
    insertEmptySegment(db, ctx, doc, 0);
    states.push(dump());
    replaceRange(db, ctx, doc, 1, 2, [{ source: 'x', target: 'y', paragraph: 0, alignScore: 0.1 }]);
    states.push(dump());
    for (let k = states.length - 2; k >= 0; k--) {
      undoLast(db);
      expect(dump()).toEqual(states[k]);
      checkInvariants();
    }
    expectError(() => undoLast(db), 'bad-input');
    for (let k = 1; k < states.length; k++) {
      redoLast(db);
      expect(dump()).toEqual(states[k]);
    }
    expectError(() => redoLast(db), 'bad-input');
  });

  it('a new edit ends the redo chain', () => {
    mergeWithNext(db, ctx, id(0));
    undoLast(db);
    expect(historyState(db).canRedo).toBe(true);
    setAlignConfirmed(db, ctx, id(0), true);
    expect(historyState(db)).toMatchObject({ canRedo: false, undoLabel: 'Confirm alignment' });
  });

  // An edit outside the history: another tool writing to the file.
  const typeOutsideHistory = (segment: SegmentId, text: string) => db.prepare('UPDATE segments SET target = ? WHERE id = ?').run(text, segment);

  it('refuses to undo over an edit the history does not know, and keeps that edit', () => {
    mergeWithNext(db, ctx, id(0));
    typeOutsideHistory(id(0), 'Typed after the merge.');
    const edited = dump();
    expectError(() => undoLast(db), 'bad-input');
    expect(dump()).toEqual(edited);
    expect(historyState(db).canUndo).toBe(false);
  });

  it('after a refused undo, an older edit elsewhere is found again and undone', () => {
    setAlignConfirmed(db, ctx, id(3), true);
    mergeWithNext(db, ctx, id(0));
    typeOutsideHistory(id(0), 'Typed.');
    expectError(() => undoLast(db), 'bad-input');
    // The merge moved the confirmed segment up a row; the entry finds it by its neighbour.
    const outcome = undoLast(db);
    expect(outcome.change).toMatchObject({ from: 2, removed: 1 });
    expect(getSegment(db, id(3))!.alignConfirmed).toBe(false);
    expect(getSegment(db, id(0))!.target).toBe('Typed.');
    expect(texts()).toHaveLength(3);
  });

  it('typing after a merge is undone first, then the merge; the revisions of both stay', () => {
    mergeWithNext(db, ctx, id(0));
    const merged = getSegment(db, id(0))!.target;
    // Typing that leaves the annotated words alone (a span whose words go stays flagged, and then
    // the merge could not be undone over it).
    updateTarget(db, ctx, id(0), `${merged} Typed`, 's1');
    updateTarget(db, ctx, id(0), `${merged} Typed after the merge, more.`, 's1');
    expect(historyState(db).undoLabel).toBe('Edit translation');
    undoLast(db);
    expect(getSegment(db, id(0))!.target).toBe(merged);
    expect(undoLast(db).label).toBe('Merge segments');
    expect(texts()).toHaveLength(4);
    const kept = db.prepare("SELECT after FROM revisions WHERE segment_id = ? AND field = 'target' ORDER BY id").all(id(0)) as { after: string }[];
    expect(kept.map((r) => r.after)).toContain(`${merged} Typed after the merge, more.`);
    // And forward again: the merge, then the typing.
    redoLast(db);
    redoLast(db);
    expect(getSegment(db, id(0))!.target).toBe(`${merged} Typed after the merge, more.`);
  });

  it('refuses to undo when the segment before the range is gone', () => {
    setAlignConfirmed(db, ctx, id(3), true);
    db.prepare('DELETE FROM segments WHERE id = ?').run(id(2));
    expectError(() => undoLast(db), 'bad-input');
  });

  it('history survives moving around and is per project; clearing it empties it', () => {
    mergeWithNext(db, ctx, id(0));
    const other = createMemoryProject();
    try {
      expect(historyState(other).canUndo).toBe(false);
    } finally {
      other.close();
    }
    expect(historyState(db).undoLabel).toBe('Merge segments');
    clearHistory(db);
    expect(historyState(db).canUndo).toBe(false);
  });
});
