import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, DocumentId, SegmentId, SpeakerId } from '../../../src/core/model.js';
import {
  attachCommentToAnnotation, countAnnotationUsage, deleteAnnotation, deleteAnnotationLink, getAnnotation,
  hasAnnotationLink, insertAnnotation, insertAnnotationLink, listAnnotationsForDocument, listAnnotationsForSegments, listSpeakerActivity,
  updateAnnotation,
} from '../../../src/store/annotations.js';
import { reanchorAnnotation } from '../../../src/store/range-edits.js';
import { getComment, insertComment } from '../../../src/store/comments.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { insertSpeaker } from '../../../src/store/speakers.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
let doc: DocumentId;
let ids: SegmentId[];
let kirby: SpeakerId;
let toner: SpeakerId;

beforeEach(() => {
  db = createMemoryProject();
  ({ documentId: doc, segmentIds: ids } = seedDocument(db, [
    { source: 'قال كيربي إن المحادثات علقت.', target: 'Kirby said the talks were suspended.' },
    { source: 'وقال تونر إن موسكو مسؤولة.', target: 'Toner said Moscow was responsible.' },
  ]));
  const person = { kind: 'person' as const, role: 'spokesman', organisation: '', note: '', at: T0 };
  kirby = insertSpeaker(db, { ...person, nameSource: 'جون كيربي', nameTarget: 'John Kirby' });
  toner = insertSpeaker(db, { ...person, nameSource: 'مارك تونر', nameTarget: 'Mark Toner' });
});
afterEach(() => db.close());

function span(segment: number, layer: string, side: 'source' | 'target', start: number, end: number, extra: { speakerId?: SpeakerId; label?: string } = {}): AnnotationId {
  return insertAnnotation(db, { segmentId: ids[segment]!, layer, side, start, end, author: 'a', at: T0, ...extra });
}

describe('annotations store', () => {
  it('reads an annotation with its attributes and every link touching it', () => {
    const speaker = span(0, 'speaker', 'source', 4, 9, { speakerId: kirby });
    const cue = insertAnnotation(db, { segmentId: ids[0]!, layer: 'cue', side: 'source', start: 0, end: 3, label: 'say', attrs: { commitment: 'neutral', confidence: 0.8 }, author: 'ana', at: T0 });
    insertAnnotationLink(db, cue, speaker, 'attribution');
    expect(getAnnotation(db, cue)).toEqual({
      id: cue, segmentId: ids[0], layer: 'cue', side: 'source', start: 0, end: 3, speakerId: null, label: 'say',
      attrs: { commitment: 'neutral', confidence: 0.8 }, flagged: false, author: 'ana', createdAt: T0, updatedAt: T0,
      links: [{ fromId: cue, toId: speaker, kind: 'attribution' }],
    });
    expect(getAnnotation(db, speaker)?.links).toEqual([{ fromId: cue, toId: speaker, kind: 'attribution' }]);
    expect(getAnnotation(db, 999 as AnnotationId)).toBeUndefined();
  });

  it('lists segment annotations segment by segment, source spans before target spans before whole-segment ones', () => {
    const whole = insertAnnotation(db, { segmentId: ids[1]!, layer: 'claim', side: 'segment', start: null, end: null, author: 'a', at: T0 });
    const t = span(1, 'speaker', 'target', 0, 5, { speakerId: toner });
    const s2 = span(1, 'speaker', 'source', 5, 9, { speakerId: toner });
    const s1 = span(0, 'speaker', 'source', 4, 9, { speakerId: kirby });
    expect(listAnnotationsForSegments(db, [ids[1]!, ids[0]!]).map((a) => a.id)).toEqual([s2, t, whole, s1]);
    expect(listAnnotationsForSegments(db, [])).toEqual([]);
  });

  it.each<[string, Parameters<typeof listAnnotationsForDocument>[2], string[]]>([
    ['no filter', {}, ['cue:قال', 'speaker:كيربي', 'speaker:Kirby', 'speaker:تونر']],
    ['a layer', { layer: 'cue' }, ['cue:قال']],
    ['a label', { label: 'say' }, ['cue:قال']],
    ['flagged only', { flagged: true }, ['speaker:Kirby']],
    ['not flagged', { flagged: false }, ['cue:قال', 'speaker:كيربي', 'speaker:تونر']],
  ])('lists a document\'s annotations in reading order with position and side text: %s', (_name, filter, expected) => {
    span(0, 'speaker', 'source', 4, 9, { speakerId: kirby });
    span(0, 'cue', 'source', 0, 3, { label: 'say' });
    reanchorAnnotation(db, span(0, 'speaker', 'target', 0, 5, { speakerId: kirby }), ids[0]!, 0, 5, true, T0);
    span(1, 'speaker', 'source', 5, 9, { speakerId: toner });
    const rows = listAnnotationsForDocument(db, doc, filter);
    expect(rows.map((r) => `${r.annotation.layer}:${r.sideText!.slice(r.annotation.start!, r.annotation.end!)}`)).toEqual(expected);
    expect(rows.every((r) => r.documentId === doc && r.position === (r.annotation.segmentId === ids[0] ? 0 : 1))).toBe(true);
  });

  it('filters by speaker', () => {
    span(0, 'speaker', 'source', 4, 9, { speakerId: kirby });
    const t = span(1, 'speaker', 'source', 5, 9, { speakerId: toner });
    expect(listAnnotationsForDocument(db, doc, { speakerId: toner }).map((r) => r.annotation.id)).toEqual([t]);
  });

  it('speaker activity: own spans and stances, attributed cues and contents, and their translations, each once', () => {
    const arSpeaker = span(0, 'speaker', 'source', 4, 9, { speakerId: kirby });
    const enSpeaker = span(0, 'speaker', 'target', 0, 5, { speakerId: kirby });
    insertAnnotationLink(db, arSpeaker, enSpeaker, 'translation');
    const cue = span(0, 'cue', 'source', 0, 3);
    const content = span(0, 'content', 'source', 13, 28);
    insertAnnotationLink(db, cue, arSpeaker, 'attribution');
    insertAnnotationLink(db, cue, content, 'attribution');
    const enContent = span(0, 'content', 'target', 11, 35);
    insertAnnotationLink(db, enContent, content, 'translation');
    const stance = insertAnnotation(db, { segmentId: ids[1]!, layer: 'stance', side: 'segment', start: null, end: null, speakerId: kirby, label: 'AGAINST', author: 'a', at: T0 });
    span(1, 'speaker', 'source', 5, 9, { speakerId: toner }); // someone else's
    const activity = listSpeakerActivity(db, kirby, null);
    expect(activity.map((r) => [r.annotation.id, r.via, r.position])).toEqual([
      [cue, 'attribution', 0], [arSpeaker, 'speaker', 0], [content, 'attribution', 0], [enSpeaker, 'speaker', 0], [enContent, 'translation', 0],
      [stance, 'speaker', 1],
    ]);
    expect(listSpeakerActivity(db, kirby, 999 as DocumentId)).toEqual([]);
  });

  it('updateAnnotation writes only what the patch has', () => {
    const a = span(0, 'cue', 'source', 0, 3, { label: 'say' });
    updateAnnotation(db, a, { label: 'deny', attrs: { note: 'x' } }, T0 + 5);
    expect(getAnnotation(db, a)).toMatchObject({ label: 'deny', attrs: { note: 'x' }, start: 0, end: 3, updatedAt: T0 + 5 });
    updateAnnotation(db, a, { label: null, start: 1 }, T0 + 6);
    expect(getAnnotation(db, a)).toMatchObject({ label: null, start: 1, end: 3, attrs: { note: 'x' } });
  });

  it('deleting an annotation takes its links and comments with it', () => {
    const a = span(0, 'speaker', 'source', 4, 9, { speakerId: kirby });
    const b = span(0, 'speaker', 'target', 0, 5, { speakerId: kirby });
    insertAnnotationLink(db, a, b, 'translation');
    const c = insertComment(db, { segmentId: ids[0]!, parentId: null, author: 'r', body: 'is this Kirby?', at: T0, resolvedAt: null, resolvedBy: null });
    attachCommentToAnnotation(db, c, a);
    expect(getComment(db, c)?.annotationId).toBe(a);
    deleteAnnotation(db, a);
    expect(getAnnotation(db, b)?.links).toEqual([]);
    expect(getComment(db, c)).toBeUndefined();
  });

  it('links: exists, delete reports whether there was one', () => {
    const a = span(0, 'speaker', 'source', 4, 9, { speakerId: kirby });
    const b = span(0, 'speaker', 'target', 0, 5, { speakerId: kirby });
    insertAnnotationLink(db, a, b, 'translation');
    expect([hasAnnotationLink(db, a, b, 'translation'), hasAnnotationLink(db, b, a, 'translation'), hasAnnotationLink(db, a, b, 'target')]).toEqual([true, false, false]);
    expect(deleteAnnotationLink(db, a, b, 'translation')).toBe(true);
    expect(deleteAnnotationLink(db, a, b, 'translation')).toBe(false);
  });

  it('counts annotations by layer, side and label', () => {
    span(0, 'cue', 'source', 0, 3, { label: 'say' });
    span(1, 'cue', 'source', 0, 4, { label: 'say' });
    span(1, 'speaker', 'target', 0, 5, { speakerId: toner });
    expect(countAnnotationUsage(db)).toEqual([
      { layer: 'cue', side: 'source', label: 'say', n: 2 },
      { layer: 'speaker', side: 'target', label: null, n: 1 },
    ]);
  });
});
