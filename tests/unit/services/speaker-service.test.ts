import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId, SegmentId, SpeakerId } from '../../../src/core/model.js';
import { createAnnotation, linkAnnotations } from '../../../src/services/annotation-service.js';
import { clearHistory } from '../../../src/services/edit-history.js';
import {
  createSpeaker, deleteSpeaker, draftSpeaker, fillEnglishNames, listSpeakers, mergeSpeakers, proposeEnglishNames, requireSpeaker, speakerActivity, updateSpeaker,
} from '../../../src/services/speaker-service.js';
import { fillSampleProject } from '../../../src/services/sample-project.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';

const AR = 'قال المتحدث باسم الخارجية الأمريكية مارك تونر إن واشنطن علقت المحادثات.';
const EN = 'State Department spokesman Mark Toner said Washington suspended the talks.';

let db: Database;
let ctx: ReturnType<typeof testContext>;
let doc: DocumentId;
let ids: SegmentId[];

beforeEach(() => {
  db = createMemoryProject();
  ctx = testContext('ana');
  ({ documentId: doc, segmentIds: ids } = seedDocument(db, [{ source: AR, target: EN }, { source: 'وأضاف أن روسيا مسؤولة.', target: 'He added that Russia was responsible.' }]));
});
afterEach(() => {
  clearHistory(db);
  db.close();
});

const at = (text: string, within: string) => ({ start: within.indexOf(text), end: within.indexOf(text) + text.length });

describe('draftSpeaker / createSpeaker', () => {
  it.each<[string, 'source' | 'target', string, { nameSource: string; nameTarget: string }]>([
    ['an Arabic selection gives the Arabic name and the English counterpart', 'source', 'مارك تونر', { nameSource: 'مارك تونر', nameTarget: 'Mark Toner' }],
    ['an Arabic selection without a counterpart gives the Arabic name only', 'source', 'المتحدث', { nameSource: 'المتحدث', nameTarget: '' }],
    ['an English selection gives the English name', 'target', 'Mark Toner', { nameSource: '', nameTarget: 'Mark Toner' }],
  ])('%s', (_name, side, text, names) => {
    const selection = { segmentId: ids[0]!, side, ...at(text, side === 'source' ? AR : EN) };
    expect(draftSpeaker(db, selection)).toEqual({ ...names, kind: 'person', role: '', organisation: '', note: '' });
  });

  it('refuses a selection outside the text', () => {
    expect(() => draftSpeaker(db, { segmentId: ids[0]!, side: 'target', start: 5, end: 500 })).toThrow(/not inside the target text/);
  });

  it('creates from a selection, with the fields given winning over the prefill', () => {
    const s = createSpeaker(db, ctx, { selection: { segmentId: ids[0]!, side: 'source', ...at('مارك تونر', AR) }, role: ' spokesman ', organisation: 'US State Department' });
    expect(s).toMatchObject({ nameSource: 'مارك تونر', nameTarget: 'Mark Toner', kind: 'person', role: 'spokesman', organisation: 'US State Department', annotationCount: 0 });
    expect(listSpeakers(db).map((x) => x.id)).toEqual([s.id]);
  });

  it.each<[string, object, RegExp]>([
    ['no name at all', { role: 'spokesman' }, /needs an Arabic or an English name/],
    ['an unknown kind', { nameTarget: 'X', kind: 'alien' }, /"alien" is not a kind of speaker/],
    ['the same names twice', { nameSource: 'مارك تونر', nameTarget: 'Mark Toner' }, /"Mark Toner" is already in the registry/],
  ])('refuses %s', (_name, input, message) => {
    createSpeaker(db, ctx, { nameSource: 'مارك تونر', nameTarget: 'Mark Toner' });
    expect(() => createSpeaker(db, ctx, input)).toThrow(expect.objectContaining({ code: 'bad-input', message: expect.stringMatching(message) }));
  });
});

describe('updateSpeaker / mergeSpeakers / deleteSpeaker', () => {
  it('updates fields, refusing names another entry has', () => {
    const a = createSpeaker(db, ctx, { nameSource: 'مارك تونر', nameTarget: 'Mark Toner' });
    const b = createSpeaker(db, ctx, { nameTarget: 'Toner' });
    expect(updateSpeaker(db, ctx, b.id, { nameTarget: 'M. Toner', kind: 'person', note: 'same man?' })).toMatchObject({ nameTarget: 'M. Toner', note: 'same man?' });
    expect(() => updateSpeaker(db, ctx, b.id, { nameSource: 'مارك تونر', nameTarget: 'Mark Toner' })).toThrow(/speaker \d+ already has these names; merge/);
    expect(() => updateSpeaker(db, ctx, 99 as SpeakerId, { note: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(requireSpeaker(db, a.id).nameTarget).toBe('Mark Toner');
  });

  it('merges a duplicate: annotations move, the count follows, the duplicate is gone', () => {
    const keep = createSpeaker(db, ctx, { nameSource: 'مارك تونر', nameTarget: 'Mark Toner' });
    const drop = createSpeaker(db, ctx, { nameTarget: 'Toner', role: 'spokesman' });
    createAnnotation(db, ctx, { segmentId: ids[0]!, layer: 'speaker', side: 'target', ...at('Mark Toner', EN), speakerId: drop.id });
    const merged = mergeSpeakers(db, ctx, keep.id, drop.id);
    expect(merged).toMatchObject({ moved: 1, speaker: { id: keep.id, role: 'spokesman', annotationCount: 1 } });
    expect(() => requireSpeaker(db, drop.id)).toThrow(/not in the registry/);
    expect(() => mergeSpeakers(db, ctx, keep.id, keep.id)).toThrow(/into itself/);
    expect(() => mergeSpeakers(db, ctx, keep.id, drop.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('deletes an unused entry and refuses one annotations name', () => {
    const used = createSpeaker(db, ctx, { nameTarget: 'Mark Toner' });
    const unused = createSpeaker(db, ctx, { nameTarget: 'Nobody' });
    createAnnotation(db, ctx, { segmentId: ids[0]!, layer: 'speaker', side: 'target', ...at('Mark Toner', EN), speakerId: used.id });
    expect(() => deleteSpeaker(db, used.id)).toThrow(/named by 1 annotation; merge it/);
    deleteSpeaker(db, unused.id);
    expect(listSpeakers(db).map((s) => s.id)).toEqual([used.id]);
  });
});

describe('proposeEnglishNames / fillEnglishNames (the registry learns English names from linked spans)', () => {
  /** An Arabic speaker span naming `speaker`, linked as translation to the English span over `en` (from the English end when `reverse`). */
  function linkedPair(k: number, ar: string, en: string, speaker: SpeakerId, reverse = false): void {
    const texts = k === 0 ? [AR, EN] : ['وأضاف أن روسيا مسؤولة.', 'He added that Russia was responsible.'];
    const a = createAnnotation(db, ctx, { segmentId: ids[k]!, layer: 'speaker', side: 'source', ...at(ar, texts[0]!), speakerId: speaker }).annotation!.id;
    const e = createAnnotation(db, ctx, { segmentId: ids[k]!, layer: 'speaker', side: 'target', ...at(en, texts[1]!), speakerId: speaker }).annotation!.id;
    if (reverse) linkAnnotations(db, ctx, e, a, 'translation');
    else linkAnnotations(db, ctx, a, e, 'translation');
  }

  it('proposes the English of the linked counterpart for a speaker with no English name, and fills it on request', () => {
    const toner = createSpeaker(db, ctx, { nameSource: 'مارك تونر' }).id;
    linkedPair(0, 'مارك تونر', 'Mark Toner', toner);
    expect(proposeEnglishNames(db)).toEqual([{ speakerId: toner, nameSource: 'مارك تونر', nameTarget: 'Mark Toner', spans: 1, others: [] }]);
    expect(requireSpeaker(db, toner).nameTarget).toBe('');
    const result = fillEnglishNames(db, ctx, [{ speakerId: toner, nameTarget: 'Mark Toner' }]);
    expect([result.filled.map((s) => s.nameTarget), result.skipped]).toEqual([['Mark Toner'], 0]);
    expect(requireSpeaker(db, toner).nameTarget).toBe('Mark Toner');
    expect(proposeEnglishNames(db)).toEqual([]);
  });

  it('takes the most frequent reading, lists the others, and ignores speakers that have an English name or spans not linked', () => {
    const russia = createSpeaker(db, ctx, { nameSource: 'روسيا', kind: 'government-body' }).id;
    const toner = createSpeaker(db, ctx, { nameSource: 'مارك تونر', nameTarget: 'Mark C. Toner' }).id;
    linkedPair(0, 'مارك تونر', 'Mark Toner', toner);
    linkedPair(1, 'روسيا', 'Russia', russia);
    linkedPair(0, 'واشنطن', 'Washington', russia);
    linkedPair(1, 'روسيا', 'Russia', russia, true);
    createAnnotation(db, ctx, { segmentId: ids[1]!, layer: 'speaker', side: 'source', ...at('روسيا', 'وأضاف أن روسيا مسؤولة.'), speakerId: russia });
    expect(proposeEnglishNames(db)).toEqual([{ speakerId: russia, nameSource: 'روسيا', nameTarget: 'Russia', spans: 2, others: ['Washington'] }]);
  });

  it('never overwrites an English name set meanwhile, and refuses a name that makes a duplicate entry without writing anything', () => {
    const toner = createSpeaker(db, ctx, { nameSource: 'مارك تونر' }).id;
    const russia = createSpeaker(db, ctx, { nameSource: 'روسيا' }).id;
    createSpeaker(db, ctx, { nameSource: 'روسيا', nameTarget: 'Russia' });
    updateSpeaker(db, ctx, toner, { nameTarget: 'Mark Toner' });
    expect(fillEnglishNames(db, ctx, [{ speakerId: toner, nameTarget: 'Toner' }])).toMatchObject({ filled: [], skipped: 1 });
    expect(requireSpeaker(db, toner).nameTarget).toBe('Mark Toner');
    const other = createSpeaker(db, ctx, { nameSource: 'موسكو' }).id;
    expect(() => fillEnglishNames(db, ctx, [{ speakerId: other, nameTarget: 'Moscow' }, { speakerId: russia, nameTarget: 'Russia' }])).toThrow(/already has the names "روسيا" \/ "Russia"; merge the two instead/);
    expect(requireSpeaker(db, other).nameTarget).toBe('');
  });
});

describe('speakerActivity', () => {
  it('lists what the speaker says across the document with position, layer, label and text', () => {
    const toner = createSpeaker(db, ctx, { nameSource: 'مارك تونر', nameTarget: 'Mark Toner' }).id;
    const span = (k: number, side: 'source' | 'target', text: string, rest: object) => {
      const within = side === 'source' ? (k === 0 ? AR : 'وأضاف أن روسيا مسؤولة.') : k === 0 ? EN : 'He added that Russia was responsible.';
      return createAnnotation(db, ctx, { segmentId: ids[k]!, side, layer: 'cue', ...at(text, within), ...rest }).annotation!.id;
    };
    const arName = span(0, 'source', 'مارك تونر', { layer: 'speaker', speakerId: toner });
    const enName = span(0, 'target', 'Mark Toner', { layer: 'speaker', speakerId: toner });
    linkAnnotations(db, ctx, arName, enName, 'translation');
    const cue = span(0, 'source', 'قال', { label: 'say' });
    const content = span(0, 'source', 'واشنطن علقت المحادثات', { layer: 'content', label: 'indirect' });
    linkAnnotations(db, ctx, cue, arName, 'attribution');
    linkAnnotations(db, ctx, cue, content, 'attribution');
    const laterCue = span(1, 'source', 'وأضاف', { label: 'assert' });
    linkAnnotations(db, ctx, laterCue, arName, 'attribution');
    createAnnotation(db, ctx, { segmentId: ids[1]!, layer: 'stance', side: 'segment', start: null, end: null, label: 'AGAINST', speakerId: toner, attrs: { target: 'Russia' } });
    const activity = speakerActivity(db, toner);
    expect(activity.map((a) => [a.position, a.layer, a.label, a.text, a.via])).toEqual([
      [0, 'cue', 'say', 'قال', 'attribution'],
      [0, 'speaker', null, 'مارك تونر', 'speaker'],
      [0, 'content', 'indirect', 'واشنطن علقت المحادثات', 'attribution'],
      [0, 'speaker', null, 'Mark Toner', 'speaker'],
      [1, 'cue', 'assert', 'وأضاف', 'attribution'],
      [1, 'stance', 'AGAINST', null, 'speaker'],
    ]);
    expect(activity.every((a) => a.documentId === doc)).toBe(true);
    expect(speakerActivity(db, toner, doc)).toEqual(activity);
    expect(() => speakerActivity(db, 404 as SpeakerId)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => speakerActivity(db, toner, 404 as DocumentId)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('speakerActivity on the annotated sample', () => {
  it('a cue shared by an agency and the official it relays counts for the official, without the agency’s own span', () => {
    const sampleDb = createMemoryProject();
    try {
      fillSampleProject(sampleDb, 0);
      const kirby = listSpeakers(sampleDb).find((s) => s.nameTarget === 'John Kirby')!;
      const items = speakerActivity(sampleDb, kirby.id);
      expect(items.some((i) => i.layer === 'cue')).toBe(true);
      expect(items.some((i) => i.layer === 'speaker' && i.text?.includes('Kirby'))).toBe(true);
      expect(items.filter((i) => i.speakerId !== null && i.speakerId !== kirby.id)).toEqual([]);
    } finally {
      sampleDb.close();
    }
  });
});
