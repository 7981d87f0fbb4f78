import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME } from '../../../src/core/annotation/scheme.js';
import type { AnnotationId, DocumentId, SegmentId, SpeakerId } from '../../../src/core/model.js';
import {
  createAnnotation, deleteAnnotation, linkAnnotations, listDocumentAnnotations, listSegmentAnnotations, requireAnnotation, suggestCounterparts,
  unlinkAnnotations, updateAnnotation, type AnnotationDraft,
} from '../../../src/services/annotation-service.js';
import { setScheme } from '../../../src/services/annotation-scheme-service.js';
import { clearHistory, historyState, redoLast, undoLast } from '../../../src/services/edit-history.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { reanchorAnnotation } from '../../../src/store/range-edits.js';
import { attachCommentToAnnotation, getAnnotation } from '../../../src/store/annotations.js';
import { getComment, insertComment } from '../../../src/store/comments.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { insertSpeaker } from '../../../src/store/speakers.js';
import { T0, seedDocument, testContext } from '../helpers/store-fixtures.js';

const AR = 'قال المتحدث باسم البنتاغون جون كيربي إن المحادثات علقت.';
const EN = 'Pentagon spokesman John Kirby said the talks were suspended.';

let db: Database;
let ctx: ReturnType<typeof testContext>;
let doc: DocumentId;
let ids: SegmentId[];
let kirby: SpeakerId;

beforeEach(() => {
  db = createMemoryProject();
  ctx = testContext('ana');
  ({ documentId: doc, segmentIds: ids } = seedDocument(db, [
    { source: AR, target: EN },
    { source: 'وحمل موسكو المسؤولية.', target: 'He blamed Moscow.' },
  ]));
  kirby = insertSpeaker(db, { nameSource: 'جون كيربي', nameTarget: 'John Kirby', kind: 'person', role: 'spokesman', organisation: 'Pentagon', note: '', at: T0 });
});
afterEach(() => {
  clearHistory(db);
  db.close();
});

/** A draft over the first occurrence of `text` on a side of segment `k`. */
function over(k: number, side: 'source' | 'target', text: string, rest: Partial<AnnotationDraft> & { layer: string }): AnnotationDraft {
  const s = side === 'source' ? (k === 0 ? AR : 'وحمل موسكو المسؤولية.') : k === 0 ? EN : 'He blamed Moscow.';
  const start = s.indexOf(text);
  if (start < 0) throw new Error(`${text} not in ${s}`);
  return { segmentId: ids[k]!, side, start, end: start + text.length, ...rest };
}

function create(draft: AnnotationDraft): AnnotationId {
  return createAnnotation(db, ctx, draft).annotation!.id;
}

describe('createAnnotation', () => {
  it('adds a span checked against the scheme and returns it, its segment\'s annotations and the undo state', () => {
    const result = createAnnotation(db, ctx, over(0, 'source', 'جون كيربي', { layer: 'speaker', speakerId: kirby, attrs: { confidence: 0.9 } }));
    expect(result.annotation).toMatchObject({
      segmentId: ids[0], layer: 'speaker', side: 'source', speakerId: kirby, label: null, attrs: { confidence: 0.9 }, flagged: false, author: 'ana', links: [],
    });
    expect(result.segments).toEqual([{ segmentId: ids[0], annotations: [result.annotation] }]);
    expect(result.history).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Add speaker', redoLabel: null });
  });

  it('adds a whole-segment stance with a holder', () => {
    const result = createAnnotation(db, ctx, { segmentId: ids[1]!, layer: 'stance', side: 'segment', start: null, end: null, label: 'AGAINST', speakerId: kirby, attrs: { target: 'Moscow' } });
    expect(result.annotation).toMatchObject({ side: 'segment', start: null, end: null, label: 'AGAINST', speakerId: kirby });
  });

  it.each<[string, () => AnnotationDraft, string, RegExp]>([
    ['an unknown layer', () => over(0, 'source', 'قال', { layer: 'emotion' }), 'bad-input', /no annotation layer "emotion"/],
    ['an empty span', () => ({ segmentId: ids[0]!, layer: 'cue', side: 'source', start: 3, end: 3 }), 'bad-input', /is empty/],
    ['a span past the text', () => ({ segmentId: ids[1]!, layer: 'cue', side: 'target', start: 0, end: 99 }), 'bad-input', /outside the target text \(0\.\.17\)/],
    ['a stance without polarity', () => over(0, 'source', 'علقت', { layer: 'stance' }), 'bad-input', /needs a label/],
    ['a speaker span without a speaker', () => over(0, 'source', 'جون كيربي', { layer: 'speaker' }), 'bad-input', /needs a speaker/],
    ['a speaker not in the registry', () => over(0, 'source', 'جون كيربي', { layer: 'speaker', speakerId: 77 as SpeakerId }), 'not-found', /speaker 77 is not in the registry/],
    ['a missing segment', () => ({ segmentId: 999 as SegmentId, layer: 'claim', side: 'segment', start: null, end: null }), 'not-found', /segment 999 does not exist/],
  ])('refuses %s and records nothing', (_name, draft, code, message) => {
    expect(() => createAnnotation(db, ctx, draft())).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
    expect(historyState(db).canUndo).toBe(false);
    expect(listSegmentAnnotations(db, ids).flatMap((s) => s.annotations)).toEqual([]);
  });

  it('follows the project\'s own scheme', () => {
    setScheme(db, { ...DEFAULT_SCHEME, layers: [...DEFAULT_SCHEME.layers, { ...DEFAULT_SCHEME.layers[4]!, name: 'emotion', title: 'Emotion', key: 'e', labels: [{ value: 'anger', title: 'Anger' }] }] });
    expect(createAnnotation(db, ctx, over(0, 'source', 'علقت', { layer: 'emotion', label: 'anger' })).annotation?.layer).toBe('emotion');
  });

  it('undo removes it and redo brings it back with the same id', () => {
    const id = create(over(0, 'source', 'قال', { layer: 'cue', label: 'say' }));
    expect(undoLast(db).label).toBe('Add reporting cue');
    expect(getAnnotation(db, id)).toBeUndefined();
    redoLast(db);
    expect(requireAnnotation(db, id)).toMatchObject({ layer: 'cue', label: 'say' });
  });
});

describe('updateAnnotation', () => {
  it('changes label and attributes; undo restores them', () => {
    const id = create(over(0, 'source', 'قال', { layer: 'cue', label: 'say' }));
    const result = updateAnnotation(db, ctx, id, { label: 'claim-allege', attrs: { commitment: 'distancing' } });
    expect(result.annotation).toMatchObject({ label: 'claim-allege', attrs: { commitment: 'distancing' } });
    expect(result.history.undoLabel).toBe('Edit reporting cue');
    undoLast(db);
    expect(requireAnnotation(db, id)).toMatchObject({ label: 'say', attrs: {} });
  });

  it('moving a flagged span clears its flag; clearing it alone is its own undo step', () => {
    const id = create(over(0, 'target', 'John Kirby', { layer: 'speaker', speakerId: kirby }));
    reanchorAnnotation(db, id, ids[0]!, 19, 29, true, T0);
    expect(updateAnnotation(db, ctx, id, { flagged: false }).history.undoLabel).toBe('Clear speaker flag');
    expect(requireAnnotation(db, id).flagged).toBe(false);
    reanchorAnnotation(db, id, ids[0]!, 19, 29, true, T0);
    expect(updateAnnotation(db, ctx, id, { start: 24 }).annotation).toMatchObject({ start: 24, end: 29, flagged: false });
  });

  it('a span collapsed by an edit can take a new label without being moved; moving it to zero width is refused', () => {
    const id = create(over(0, 'source', 'قال', { layer: 'cue' }));
    reanchorAnnotation(db, id, ids[0]!, 0, 0, true, T0);
    expect(updateAnnotation(db, ctx, id, { label: 'deny' }).annotation).toMatchObject({ start: 0, end: 0, label: 'deny', flagged: true });
    expect(() => updateAnnotation(db, ctx, id, { start: 2, end: 2 })).toThrow(/is empty/);
  });

  it.each<[string, object, RegExp]>([
    ['a label outside the set', { label: 'maybe' }, /"maybe" is not a Reporting cue label/],
    ['a speaker on a cue', { speakerId: 1 }, /takes no speaker/],
    ['raising the flag by hand', { flagged: true }, /can be cleared, not set/],
    ['moving it past the end', { end: 500 }, /outside the source text/],
  ])('refuses %s', (_name, patch, message) => {
    const id = create(over(0, 'source', 'قال', { layer: 'cue', label: 'say' }));
    expect(() => updateAnnotation(db, ctx, id, patch)).toThrow(message);
    expect(requireAnnotation(db, id)).toMatchObject({ label: 'say', speakerId: null, flagged: false });
  });

  it('an edit that changes nothing writes and records nothing', () => {
    const id = create(over(0, 'source', 'قال', { layer: 'cue', label: 'say', attrs: { commitment: 'neutral' } }));
    const before = requireAnnotation(db, id);
    const result = updateAnnotation(db, ctx, id, { label: 'say', attrs: { commitment: 'neutral' }, flagged: false });
    expect(result.annotation).toEqual(before);
    expect(result.history.undoLabel).toBe('Add reporting cue');
  });

  it('refuses a missing annotation (not-found)', () => {
    expect(() => updateAnnotation(db, ctx, 404 as AnnotationId, { label: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('deleteAnnotation', () => {
  it('deletes it with its links and comments, reports the linked segment too; undo restores everything with the same ids', () => {
    const ar = create(over(0, 'source', 'جون كيربي', { layer: 'stance', label: 'FAVOR' }));
    const elsewhere = create(over(1, 'target', 'Moscow', { layer: 'claim' }));
    linkAnnotations(db, ctx, ar, elsewhere, 'target');
    const comment = insertComment(db, { segmentId: ids[0]!, parentId: null, author: 'r', body: 'which Kirby?', at: T0, resolvedAt: null, resolvedBy: null });
    attachCommentToAnnotation(db, comment, ar);
    const result = deleteAnnotation(db, ctx, ar);
    expect(result.annotation).toBeNull();
    expect(result.segments.map((s) => [s.segmentId, s.annotations.map((a) => [a.id, a.links])])).toEqual([[ids[0], []], [ids[1], [[elsewhere, []]]]]);
    expect(getComment(db, comment)).toBeUndefined();
    expect(undoLast(db).label).toBe('Delete stance');
    expect(requireAnnotation(db, ar).links).toEqual([{ fromId: ar, toId: elsewhere, kind: 'target' }]);
    expect(getComment(db, comment)?.annotationId).toBe(ar);
  });
});

/** Kirby's name in both languages and the Arabic cue قال, in segment 0: what the link tests work on. */
function kirbySpans(): { arName: AnnotationId; enName: AnnotationId; cue: AnnotationId } {
  return {
    arName: create(over(0, 'source', 'جون كيربي', { layer: 'speaker', speakerId: kirby })),
    enName: create(over(0, 'target', 'John Kirby', { layer: 'speaker', speakerId: kirby })),
    cue: create(over(0, 'source', 'قال', { layer: 'cue', label: 'say' })),
  };
}

describe('linkAnnotations / unlinkAnnotations', () => {
  let arName: AnnotationId;
  let enName: AnnotationId;
  let cue: AnnotationId;
  beforeEach(() => {
    ({ arName, enName, cue } = kirbySpans());
  });

  it('links an Arabic span to its English counterpart; the result shows the link on both; undo removes it', () => {
    const result = linkAnnotations(db, ctx, arName, enName, 'translation');
    const link = { fromId: arName, toId: enName, kind: 'translation' };
    expect(result.segments).toHaveLength(1);
    expect(result.segments[0]!.annotations.filter((a) => a.links.length > 0).map((a) => [a.id, a.links])).toEqual([[arName, [link]], [enName, [link]]]);
    expect(result.history.undoLabel).toBe('Link annotations');
    undoLast(db);
    expect(requireAnnotation(db, arName).links).toEqual([]);
  });

  it('links a cue to a speaker span in another segment and returns both segments', () => {
    const later = create(over(1, 'source', 'حمل', { layer: 'cue', label: 'assert' }));
    const result = linkAnnotations(db, ctx, later, arName, 'attribution');
    expect(result.segments.map((s) => s.segmentId)).toEqual([ids[1], ids[0]]);
    undoLast(db);
    expect(requireAnnotation(db, arName).links).toEqual([]);
    redoLast(db);
    expect(requireAnnotation(db, arName).links).toEqual([{ fromId: later, toId: arName, kind: 'attribution' }]);
  });

  it.each<[string, () => [AnnotationId, AnnotationId, string], RegExp]>([
    ['an unknown kind', () => [cue, arName, 'quote'], /"quote" is not a kind of link/],
    ['a link to itself', () => [cue, cue, 'attribution'], /cannot be linked to itself/],
    ['a translation on one side', () => [arName, cue, 'translation'], /joins an Arabic \(source\) span to an English \(target\) span/],
    ['a translation across layers', () => [cue, enName, 'translation'], /two annotations of one layer \(this is cue → speaker\)/],
  ])('refuses %s', (_name, args, message) => {
    const [from, to, kind] = args();
    expect(() => linkAnnotations(db, ctx, from, to, kind as never)).toThrow(message);
  });

  it('refuses a link the project\'s scheme does not allow, naming what the layer allows; allows it once the scheme has the rule', () => {
    expect(() => linkAnnotations(db, ctx, arName, cue, 'attribution')).toThrow(
      expect.objectContaining({ code: 'bad-input', message: expect.stringMatching(/scheme does not allow attribution links from speaker to cue annotations \(speaker allows no links\); add the link to the speaker layer/) }),
    );
    expect(() => linkAnnotations(db, ctx, cue, arName, 'target')).toThrow(/cue allows attribution → speaker, attribution → content/);
    const layers = DEFAULT_SCHEME.layers.map((l) => (l.name === 'speaker' ? { ...l, links: [{ to: 'cue', kind: 'attribution', title: 'Speaks through' }] } : l));
    setScheme(db, { version: 1, layers });
    expect(linkAnnotations(db, ctx, arName, cue, 'attribution').history.undoLabel).toBe('Link annotations');
  });

  it('refuses a link twice, and a translation link in reverse', () => {
    linkAnnotations(db, ctx, arName, enName, 'translation');
    expect(() => linkAnnotations(db, ctx, arName, enName, 'translation')).toThrow(/already have a translation link/);
    expect(() => linkAnnotations(db, ctx, enName, arName, 'translation')).toThrow(/already have a translation link/);
  });

  it('refuses links across documents', () => {
    const other = seedDocument(db, [{ source: 'قال', target: 'said' }], 'other').segmentIds[0]!;
    const there = createAnnotation(db, ctx, { segmentId: other, layer: 'cue', side: 'source', start: 0, end: 3 }).annotation!.id;
    expect(() => linkAnnotations(db, ctx, there, arName, 'attribution')).toThrow(/different documents/);
  });

  it('unlinks (a translation link from either end); undo puts it back; a missing link is refused', () => {
    linkAnnotations(db, ctx, arName, enName, 'translation');
    expect(unlinkAnnotations(db, ctx, enName, arName, 'translation').history.undoLabel).toBe('Unlink annotations');
    expect(requireAnnotation(db, arName).links).toEqual([]);
    undoLast(db);
    expect(requireAnnotation(db, arName).links).toEqual([{ fromId: arName, toId: enName, kind: 'translation' }]);
    expect(() => unlinkAnnotations(db, ctx, cue, arName, 'attribution')).toThrow(/there is no attribution link/);
  });
});

describe('updateAnnotation with link slots (the Edit form)', () => {
  let arName: AnnotationId;
  let enName: AnnotationId;
  let cue: AnnotationId;
  beforeEach(() => {
    ({ arName, enName, cue } = kirbySpans());
  });

  it('sets the translation link from the English end (stored Arabic → English), the speaker and "Said by" in one undoable edit', () => {
    const result = updateAnnotation(db, ctx, enName, { links: [{ kind: 'translation', end: 'to', layer: 'speaker', otherId: arName }] });
    expect(result.history.undoLabel).toBe('Edit speaker');
    expect(requireAnnotation(db, arName).links).toEqual([{ fromId: arName, toId: enName, kind: 'translation' }]);
    const pentagon = insertSpeaker(db, { nameSource: 'البنتاغون', nameTarget: 'Pentagon', kind: 'organisation', role: '', organisation: '', note: '', at: T0 });
    updateAnnotation(db, ctx, arName, { speakerId: pentagon });
    updateAnnotation(db, ctx, cue, { label: 'assert', links: [{ kind: 'attribution', end: 'from', layer: 'speaker', otherId: arName }] });
    expect(requireAnnotation(db, cue)).toMatchObject({ label: 'assert', links: [{ fromId: cue, toId: arName, kind: 'attribution' }] });
    expect(requireAnnotation(db, arName).speakerId).toBe(pentagon);
    undoLast(db);
    expect(requireAnnotation(db, cue)).toMatchObject({ label: 'say', links: [] });
    expect(requireAnnotation(db, arName).links).toEqual([{ fromId: arName, toId: enName, kind: 'translation' }]);
  });

  it('replaces the link in a slot, clears it with null, and leaves other slots alone', () => {
    const other = create(over(0, 'source', 'البنتاغون', { layer: 'speaker', speakerId: kirby }));
    updateAnnotation(db, ctx, cue, { links: [{ kind: 'attribution', end: 'from', layer: 'speaker', otherId: arName }] });
    linkAnnotations(db, ctx, arName, enName, 'translation');
    updateAnnotation(db, ctx, cue, { links: [{ kind: 'attribution', end: 'from', layer: 'speaker', otherId: other }] });
    expect(requireAnnotation(db, cue).links).toEqual([{ fromId: cue, toId: other, kind: 'attribution' }]);
    updateAnnotation(db, ctx, arName, { links: [{ kind: 'translation', end: 'from', layer: 'speaker', otherId: null }] });
    expect(requireAnnotation(db, arName).links).toEqual([]);
    expect(requireAnnotation(db, cue).links).toEqual([{ fromId: cue, toId: other, kind: 'attribution' }]);
  });

  it('records nothing when the slots already hold what is asked', () => {
    linkAnnotations(db, ctx, arName, enName, 'translation');
    const before = historyState(db).undoLabel;
    updateAnnotation(db, ctx, enName, { links: [{ kind: 'translation', end: 'to', layer: 'speaker', otherId: arName }] });
    expect(historyState(db).undoLabel).toBe(before);
  });

  it.each<[string, () => Parameters<typeof updateAnnotation>[3], RegExp]>([
    ['a link the scheme does not allow', () => ({ links: [{ kind: 'target', end: 'from', layer: 'speaker', otherId: arName }] }), /does not allow target links from cue to speaker/],
    ['an annotation of another layer than the slot', () => ({ links: [{ kind: 'attribution', end: 'from', layer: 'content', otherId: arName }] }), /is a speaker annotation, not content/],
    ['a slot given twice', () => ({ links: [{ kind: 'attribution', end: 'from', layer: 'speaker', otherId: arName }, { kind: 'attribution', end: 'from', layer: 'speaker', otherId: null }] }), /given twice/],
  ])('refuses %s and changes nothing', (_name, update, message) => {
    expect(() => updateAnnotation(db, ctx, cue, { label: 'assert', ...update() })).toThrow(message);
    expect(requireAnnotation(db, cue)).toMatchObject({ label: 'say', links: [] });
  });
});

describe('listDocumentAnnotations', () => {
  it('lists with position and the covered text, filtered', () => {
    create(over(0, 'source', 'جون كيربي', { layer: 'speaker', speakerId: kirby }));
    create(over(1, 'target', 'Moscow', { layer: 'claim', label: 'opinion' }));
    create({ segmentId: ids[1]!, layer: 'stance', side: 'segment', start: null, end: null, label: 'AGAINST' });
    expect(listDocumentAnnotations(db, doc).map((a) => [a.position, a.layer, a.text])).toEqual([
      [0, 'speaker', 'جون كيربي'], [1, 'claim', 'Moscow'], [1, 'stance', null],
    ]);
    expect(listDocumentAnnotations(db, doc, { label: 'opinion' }).map((a) => a.text)).toEqual(['Moscow']);
    expect(() => listDocumentAnnotations(db, 404 as DocumentId)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('the text follows the span after the English is edited', () => {
    create(over(0, 'target', 'John Kirby', { layer: 'speaker', speakerId: kirby }));
    updateTarget(db, ctx, ids[0]!, `Yesterday, ${EN}`, null);
    expect(listDocumentAnnotations(db, doc).map((a) => [a.text, a.flagged])).toEqual([['John Kirby', false]]);
  });
});

describe('suggestCounterparts', () => {
  it('suggests the English of a source span: its speaker\'s name first, then numbers and transliteration', () => {
    const byOwnSpeaker = create(over(0, 'source', 'المتحدث باسم البنتاغون', { layer: 'claim' }));
    const speakerSpan = create(over(0, 'source', 'المتحدث باسم البنتاغون', { layer: 'speaker', speakerId: kirby }));
    expect(suggestCounterparts(db, speakerSpan)).toEqual([
      { start: 19, end: 29, reason: 'registry', text: 'John Kirby' },
      { start: 0, end: 8, reason: 'transliteration', text: 'Pentagon' },
    ]);
    expect(suggestCounterparts(db, byOwnSpeaker).map((s) => s.text)).toEqual(['Pentagon']);
  });

  it('refuses an English span or a whole-segment annotation', () => {
    const en = create(over(0, 'target', 'John Kirby', { layer: 'speaker', speakerId: kirby }));
    expect(() => suggestCounterparts(db, en)).toThrow(/span of the Arabic \(source\) text/);
  });
});
