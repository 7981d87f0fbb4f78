import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, type AnnotationScheme, type LayerDefinition } from '../../../src/core/annotation/scheme.js';
import type { SegmentId } from '../../../src/core/model.js';
import { getScheme, resetScheme, setScheme } from '../../../src/services/annotation-scheme-service.js';
import { toAnnotationId } from '../../../src/core/ids.js';
import { insertAnnotation, insertAnnotationLink } from '../../../src/store/annotations.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
let segment: SegmentId;
beforeEach(() => {
  db = createMemoryProject();
  segment = seedDocument(db, [{ source: 'قال كيربي إن المحادثات علقت.', target: 'Kirby said the talks were suspended.' }]).segmentIds[0]!;
});
afterEach(() => db.close());

const scheme = (change: (layers: LayerDefinition[]) => LayerDefinition[]): AnnotationScheme =>
  ({ version: 1, layers: change(JSON.parse(JSON.stringify(DEFAULT_SCHEME.layers)) as LayerDefinition[]) });
const emotion: LayerDefinition = { ...DEFAULT_SCHEME.layers[4]!, name: 'emotion', title: 'Emotion', key: 'e', labels: [{ value: 'anger', title: 'Anger' }] };

describe('annotation scheme service', () => {
  it('a new project uses the default scheme', () => {
    expect(getScheme(db)).toEqual({ scheme: DEFAULT_SCHEME, isDefault: true });
  });

  it('stores a valid edited scheme and resets to the default', () => {
    const custom = scheme((l) => [...l, emotion]);
    expect(setScheme(db, custom)).toEqual({ scheme: custom, isDefault: false });
    expect(getScheme(db).scheme.layers.map((l) => l.name)).toEqual(['speaker', 'cue', 'content', 'stance', 'claim', 'emotion']);
    expect(resetScheme(db)).toEqual({ scheme: DEFAULT_SCHEME, isDefault: true });
  });

  it('refuses an invalid scheme with the validator\'s message and keeps the old one', () => {
    expect(() => setScheme(db, scheme((l) => [...l, { ...emotion, key: 's' }]))).toThrow(/layers "speaker" and "emotion" both use the key "s"/);
    expect(getScheme(db).isDefault).toBe(true);
  });

  it.each<[string, (l: LayerDefinition[]) => LayerDefinition[], RegExp]>([
    ['dropping a layer in use', (l) => l.filter((x) => x.name !== 'cue'), /lacks layer "cue" \(2 annotations\)/],
    ['dropping a label in use', (l) => l.map((x) => (x.name === 'stance' ? { ...x, labels: x.labels.filter((b) => b.value !== 'AGAINST') } : x)), /label "AGAINST" of layer "stance" \(1 annotation\)/],
    ['making a layer span-only while whole-segment annotations exist', (l) => l.map((x) => (x.name === 'stance' ? { ...x, placement: 'span' } : x)), /whole-segment stance annotations/],
    ['making a layer segment-only while spans exist', (l) => l.map((x) => (x.name === 'cue' ? { ...x, placement: 'segment' } : x)), /cue spans \(the layer would take whole segments only\) \(2 annotations\)/],
    ['dropping a link rule in use', (l) => l.map((x) => (x.name === 'cue' ? { ...x, links: x.links.filter((r) => r.to !== 'speaker') } : x)), /the attribution link rule from "cue" to "speaker" \(1 link\)/],
  ])('refuses %s, naming what is in use', (_name, change, message) => {
    for (const start of [0, 4]) insertAnnotation(db, { segmentId: segment, layer: 'cue', side: 'source', start, end: start + 3, label: 'say', author: 'a', at: T0 });
    insertAnnotation(db, { segmentId: segment, layer: 'stance', side: 'segment', start: null, end: null, label: 'AGAINST', author: 'a', at: T0 });
    const speaker = insertAnnotation(db, { segmentId: segment, layer: 'speaker', side: 'source', start: 8, end: 12, author: 'a', at: T0 });
    insertAnnotationLink(db, toAnnotationId(1), speaker, 'attribution');
    expect(() => setScheme(db, scheme(change))).toThrow(expect.objectContaining({ code: 'bad-input', message: expect.stringMatching(message) }));
    expect(getScheme(db).isDefault).toBe(true);
  });

  it('a project stored before link rules (layers without `links`) reads back with the default rules', () => {
    setScheme(db, scheme((l) => l));
    db.prepare("UPDATE annotation_layers SET definition = json_remove(definition, '$.links')").run();
    expect(getScheme(db).scheme.layers.find((l) => l.name === 'cue')?.links).toEqual(DEFAULT_SCHEME.layers[1]!.links);
  });

  it('stores edited link rules', () => {
    const custom = scheme((l) => l.map((x) => (x.name === 'claim' ? { ...x, links: [{ to: 'speaker', kind: 'attribution', title: 'Made by' }] } : x)));
    expect(setScheme(db, custom).scheme.layers[4]!.links).toEqual([{ to: 'speaker', kind: 'attribution', title: 'Made by' }]);
    expect(getScheme(db).scheme).toEqual(custom);
  });

  it('refuses a reset while annotations use a layer only the project\'s scheme has', () => {
    setScheme(db, scheme((l) => [...l, emotion]));
    insertAnnotation(db, { segmentId: segment, layer: 'emotion', side: 'segment', start: null, end: null, label: 'anger', author: 'a', at: T0 });
    expect(() => resetScheme(db)).toThrow(/lacks layer "emotion" \(1 annotation\)/);
    expect(getScheme(db).isDefault).toBe(false);
  });
});
