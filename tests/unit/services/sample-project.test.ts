import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, findLinkRule } from '../../../src/core/annotation/scheme.js';
import { SEGMENT_STATUSES, SPEAKER_KINDS } from '../../../src/core/model.js';
import {
  SAMPLE_TITLE, fillSampleProject, locateQuote, placeSampleAnnotations, type SampleAnnotation,
} from '../../../src/services/sample-project.js';
import { getDocument } from '../../../src/store/documents.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listSegments } from '../../../src/store/segments.js';
import { sample, sampleSourceExists, sampleSourcePath } from '../helpers/sample.js';
import { T0 } from '../helpers/store-fixtures.js';

describe('sample-project.json', () => {
  it('has 16 segments in paragraph order', () => {
    expect(sample.segments).toHaveLength(16);
    const paragraphs = sample.segments.map((s) => s.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    expect(paragraphs[0]).toBe(0);
  });

  it.skipIf(!sampleSourceExists)(`sources joined per paragraph equal the non-empty lines of the article${sampleSourceExists ? '' : ` (skipped: ${sampleSourcePath} is absent)`}`, () => {
    const lines = readFileSync(sampleSourcePath, 'utf8').replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
    const paragraphs = new Map<number, string[]>();
    for (const s of sample.segments) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s.source]);
    expect([...paragraphs.keys()]).toEqual(lines.map((_, i) => i));
    expect([...paragraphs.values()].map((sources) => sources.join(' '))).toEqual(lines);
  });

  it('gives every segment to translate a non-empty English target', () => {
    const missing = sample.segments.filter((s) => !s.doNotTranslate && s.target.trim() === '').map((s) => s.source);
    expect(missing).toEqual([]);
    for (const s of sample.segments.filter((x) => !x.doNotTranslate)) expect(s.target).toMatch(/[A-Za-z]/);
  });

  it('marks the web boilerplate at the end as do-not-translate, with no target', () => {
    expect(sample.segments.filter((s) => s.doNotTranslate).map((s) => [s.source, s.target])).toEqual([
      ['المواضيع الأكثر قراءة', ''], ['SHARE', ''], ['close', ''],
    ]);
  });

  it('covers all six statuses', () => {
    expect(new Set(sample.segments.map((s) => s.status))).toEqual(new Set(SEGMENT_STATUSES));
  });

  it('points every comment at an existing segment', () => {
    for (const c of sample.comments) expect(sample.segments[c.segment]).toBeDefined();
  });
});

describe('fillSampleProject', () => {
  let db: Database;
  beforeEach(() => {
    db = createMemoryProject();
  });
  afterEach(() => db.close());

  it('writes the document and its segments exactly as in the JSON', () => {
    const id = fillSampleProject(db, T0);
    expect(getDocument(db, id)).toMatchObject({
      title: SAMPLE_TITLE, sourceLang: sample.sourceLang, targetLang: sample.targetLang, sourceName: sample.sourceName,
      segmentCount: sample.segments.length, createdAt: T0,
    });
    expect(listSegments(db, id, 0, 100).map((s) => ({
      paragraph: s.paragraph, source: s.source, target: s.target, status: s.status, doNotTranslate: s.doNotTranslate,
    }))).toEqual(sample.segments);
  });

  it('writes the review threads with replies and resolution, before the project time', () => {
    fillSampleProject(db, T0);
    const rows = db.prepare<[], { id: number; parent_id: number | null; body: string; resolved_at: number | null; created_at: number; position: number }>(`
      SELECT c.id, c.parent_id, c.body, c.resolved_at, c.created_at, s.position
      FROM comments c JOIN segments s ON s.id = c.segment_id ORDER BY c.id`).all();
    const threads = rows.filter((r) => r.parent_id === null);
    expect(threads.map((t) => [t.position, t.body, t.resolved_at !== null])).toEqual(
      sample.comments.map((c) => [c.segment, c.body, 'resolved' in c && c.resolved === true]),
    );
    threads.forEach((t, i) => {
      const replies = rows.filter((r) => r.parent_id === t.id).map((r) => r.body);
      expect(replies).toEqual(sample.comments[i]!.replies.map((r) => r.body));
    });
    expect(rows.every((r) => r.created_at < T0)).toBe(true);
  });
});

// ── The sample's annotations: checked against the JSON alone, then as stored ─────────────────

const annotations = sample.annotations as SampleAnnotation[];
const speakers = sample.speakers;
const byKey = new Map(annotations.map((a) => [a.key, a]));
const textOf = (a: SampleAnnotation): string => (a.side === 'source' ? sample.segments[a.segment]!.source : sample.segments[a.segment]!.target);
const spans = annotations.filter((a) => a.side !== 'segment');
const links = annotations.flatMap((a) => (a.links ?? []).map((l) => ({ from: a, to: byKey.get(l.to), kind: l.kind, toKey: l.to })));
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

/** Where the n-th (0-based) match starts, found independently of the code under test. */
function nthIndex(text: string, quote: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k += 1) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const isUnit = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= 1;
const COMMON_ATTRS: Record<string, (v: unknown) => boolean> = { confidence: isUnit, note: (v) => typeof v === 'string' && v !== '' };

// layer, its labels (null: takes none), whether the label is required, the sides it may sit on, its own attributes
const LAYERS: [string, string[] | null, boolean, string[], Record<string, (v: unknown) => boolean>][] = [
  ['speaker', null, false, ['source', 'target'], {}],
  ['cue', ['say', 'assert', 'claim-allege', 'deny', 'describe', 'warn', 'call-for', 'announce'], true, ['source', 'target'],
    { commitment: (v) => ['neutral', 'endorsing', 'distancing'].includes(v as string) }],
  ['content', ['direct', 'indirect', 'mixed'], true, ['source', 'target'], {}],
  ['stance', ['FAVOR', 'AGAINST', 'NONE'], true, ['source', 'target', 'segment'], { target: (v) => typeof v === 'string' && v !== '' }],
  ['claim', ['factual-verifiable', 'opinion', 'prediction', 'call-to-action'], true, ['source', 'target', 'segment'], { check_worthy: (v) => typeof v === 'boolean' }],
];

// The people and bodies the article quotes: registry name (English, Arabic as the article writes it).
const NAMED_SPEAKERS: [string, string][] = [
  ['John Kirby', 'جون كيربي'],
  ['Mark Toner', 'مارك تونر'],
  ['Russian Foreign Ministry', 'وزارة الخارجية الروسية'],
  ['The Times', 'ذا تايمز'],
  ['The New York Times', 'نيويورك تايمز'],
  ['John Kerry', 'كيري'],
  ['Russian officials', 'عدد من مسؤوليها'],
  ['Russia', 'روسيا'],
  ['United States', 'الولايات المتحدة الأمريكية'],
];

describe('sample-project.json annotations', () => {
  it('has a speaker registry and annotations on every layer', () => {
    expect(speakers.length).toBeGreaterThanOrEqual(NAMED_SPEAKERS.length);
    expect(new Set(annotations.map((a) => a.layer))).toEqual(new Set(LAYERS.map(([layer]) => layer)));
  });

  it('gives every speaker a unique key, both names, a known kind, and an Arabic name as the article writes it', () => {
    expect(new Set(speakers.map((s) => s.key)).size).toBe(speakers.length);
    const article = sample.segments.map((s) => s.source).join('\n');
    for (const s of speakers) {
      expect(s.nameSource.trim(), s.key).not.toBe('');
      expect(s.nameTarget.trim(), s.key).not.toBe('');
      expect(SPEAKER_KINDS, s.key).toContain(s.kind);
      expect(article, `${s.key}: ${s.nameSource}`).toContain(s.nameSource);
    }
  });

  it('gives every annotation a unique key, an existing segment and a speaker from the registry', () => {
    expect(byKey.size).toBe(annotations.length);
    const keys = new Set(speakers.map((s) => s.key));
    for (const a of annotations) {
      expect(sample.segments[a.segment], a.key).toBeDefined();
      if (a.speaker !== undefined) expect(keys, a.key).toContain(a.speaker);
    }
    const used = new Set(annotations.map((a) => a.speaker));
    expect(speakers.filter((s) => !used.has(s.key)).map((s) => s.key)).toEqual([]);
  });

  it('quotes every span exactly: the occurrence exists, lies inside its text and covers whole words', () => {
    const problems: string[] = [];
    for (const a of spans) {
      const text = textOf(a);
      const quote = a.quote ?? '';
      const start = nthIndex(text, quote, a.occurrence ?? 0);
      const end = start + quote.length;
      if (quote === '' || start < 0) problems.push(`${a.key}: quote not found`);
      else if (end > text.length || text.slice(start, end) !== quote) problems.push(`${a.key}: outside its text`);
      else if ((isWordChar(text[start - 1]) && isWordChar(text[start])) || (isWordChar(text[end - 1]) && isWordChar(text[end]))) {
        problems.push(`${a.key}: starts or ends inside a word`);
      } else if (quote.trim() !== quote) problems.push(`${a.key}: has outer spaces`);
    }
    expect(problems).toEqual([]);
    for (const a of annotations.filter((x) => x.side === 'segment')) expect(a.quote, a.key).toBeUndefined();
  });

  it.each(LAYERS)('%s: labels, sides, speakers and attributes follow the scheme', (layer, labels, labelRequired, sides, attrs) => {
    const ofLayer = annotations.filter((a) => a.layer === layer);
    expect(ofLayer.length).toBeGreaterThan(0);
    for (const a of ofLayer) {
      expect(sides, a.key).toContain(a.side);
      if (labels === null) expect(a.label, a.key).toBeUndefined();
      else if (labelRequired || a.label !== undefined) expect(labels, a.key).toContain(a.label);
      // Only speaker spans (who) and stances (the holder) name a registry speaker.
      if (layer === 'speaker') expect(a.speaker, a.key).toBeDefined();
      else if (layer !== 'stance') expect(a.speaker, a.key).toBeUndefined();
      for (const [name, value] of Object.entries(a.attrs ?? {})) {
        const ok = attrs[name] ?? COMMON_ATTRS[name];
        expect(ok, `${a.key}: attribute ${name}`).toBeDefined();
        expect(ok!(value), `${a.key}: ${name} = ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });

  it('gives every cue a commitment, every stance a holder and a target text, every claim a check-worthiness', () => {
    for (const a of annotations) {
      if (a.layer === 'cue') expect(a.attrs?.commitment, a.key).toBeDefined();
      if (a.layer === 'stance') expect([a.speaker, typeof a.attrs?.target], a.key).toEqual([expect.any(String), 'string']);
      if (a.layer === 'claim') expect(typeof a.attrs?.check_worthy, a.key).toBe('boolean');
    }
  });

  it.each([
    ['translation', (from: SampleAnnotation, to: SampleAnnotation) =>
      from.side === 'source' && to.side === 'target' && from.layer === to.layer && from.segment === to.segment],
    ['attribution', (from: SampleAnnotation, to: SampleAnnotation) =>
      from.layer === 'cue' && ['speaker', 'content'].includes(to.layer) && from.side === to.side && from.segment === to.segment],
    ['target', (from: SampleAnnotation, to: SampleAnnotation) =>
      from.layer === 'stance' && to.side !== 'segment' && from.segment === to.segment && (from.side === 'segment' || from.side === to.side)],
  ] as const)('%s links join the right annotations', (kind, fits) => {
    const ofKind = links.filter((l) => l.kind === kind);
    expect(ofKind.length).toBeGreaterThan(0);
    for (const l of ofKind) {
      expect(l.to, `${l.from.key} → ${l.toKey}`).toBeDefined();
      expect(fits(l.from, l.to!), `${l.from.key} → ${l.toKey}`).toBe(true);
    }
  });

  it('keeps to the default scheme\'s link rules', () => {
    const outside = links.filter((l) => l.kind !== 'translation' && !findLinkRule(DEFAULT_SCHEME, l.from.layer, l.to?.layer ?? '', l.kind));
    expect(outside.map((l) => `${l.from.key} → ${l.toKey} (${l.kind})`)).toEqual([]);
  });

  it('uses only the three link kinds, each link once', () => {
    expect(new Set(links.map((l) => l.kind))).toEqual(new Set(['translation', 'attribution', 'target']));
    const ids = links.map((l) => `${l.from.key} ${l.toKey} ${l.kind}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pairs every span with its counterpart on the other side by a translation link', () => {
    const linked = new Set(links.filter((l) => l.kind === 'translation').flatMap((l) => [l.from.key, l.toKey]));
    expect(spans.filter((a) => !linked.has(a.key)).map((a) => a.key)).toEqual([]);
  });

  it.each(NAMED_SPEAKERS)('%s has speaker spans on both sides joined by a translation link', (nameTarget, nameSource) => {
    const speaker = speakers.find((s) => s.nameTarget === nameTarget);
    expect(speaker).toMatchObject({ nameSource });
    const pairs = links.filter((l) => l.kind === 'translation' && l.from.layer === 'speaker'
      && l.from.speaker === speaker!.key && l.to?.speaker === speaker!.key && l.from.side === 'source' && l.to.side === 'target');
    expect(pairs.length).toBeGreaterThan(0);
  });

  it('links every cue to at least one speaker span on its side, and every content span is introduced by a cue', () => {
    const attribution = links.filter((l) => l.kind === 'attribution');
    for (const cue of annotations.filter((a) => a.layer === 'cue')) {
      expect(attribution.some((l) => l.from === cue && l.to?.layer === 'speaker'), cue.key).toBe(true);
    }
    for (const content of annotations.filter((a) => a.layer === 'content')) {
      expect(attribution.some((l) => l.toKey === content.key), content.key).toBe(true);
    }
  });
});

describe('placeSampleAnnotations', () => {
  const segments = [
    { source: 'قالَ المُتحدِّثُ إنّ القرارَ "مخيب للآمال", وقال المُتحدِّثُ', target: 'The spokesman said the decision was “disappointing”; the spokesman said' },
    { source: 'مخيب للامال', target: '' },
  ];
  const span = (key: string, segment: number, side: 'source' | 'target', quote: string, occurrence?: number): SampleAnnotation =>
    ({ key, segment, side, layer: 'speaker', quote, ...(occurrence === undefined ? {} : { occurrence }) });

  it.each([
    ['a diacritised word', span('a', 0, 'source', 'المُتحدِّثُ'), 'المُتحدِّثُ'],
    ['its second occurrence', span('a', 0, 'source', 'المُتحدِّثُ', 1), 'المُتحدِّثُ'],
    ['a quote with ASCII quotation marks', span('a', 0, 'source', '"مخيب للآمال"'), '"مخيب للآمال"'],
    ['curly quotation marks', span('a', 0, 'target', '“disappointing”'), '“disappointing”'],
    ['the spelling without madda, in the segment that has it', span('a', 1, 'source', 'للامال'), 'للامال'],
  ])('finds %s; the text sliced at start..end is the quote', (_, annotation, expected) => {
    const [placed] = placeSampleAnnotations(segments, [annotation]);
    const text = annotation.side === 'source' ? segments[annotation.segment]!.source : segments[annotation.segment]!.target;
    expect(text.slice(placed!.start!, placed!.end!)).toBe(expected);
    expect(placed!.end! - placed!.start!).toBe(expected.length);
  });

  it('places the second occurrence after the first', () => {
    const [first, second] = placeSampleAnnotations(segments, [span('a', 0, 'source', 'المُتحدِّثُ'), span('b', 0, 'source', 'المُتحدِّثُ', 1)]);
    expect(second!.start!).toBeGreaterThan(first!.end!);
  });

  it('gives a whole-segment annotation no offsets', () => {
    expect(placeSampleAnnotations(segments, [{ key: 's', segment: 0, side: 'segment', layer: 'stance', label: 'NONE' }])[0])
      .toMatchObject({ start: null, end: null });
  });

  it.each([
    ['an undiacritised quote of diacritised text', [span('bad-1', 0, 'source', 'المتحدث')], /"bad-1".*not in the source text of segment 0/],
    ['the madda spelling where the text has none', [span('bad-2', 1, 'source', 'للآمال')], /"bad-2".*not in the source text of segment 1/],
    ['an occurrence past the last', [span('bad-3', 0, 'target', 'spokesman', 2)], /"bad-3".*\(occurrence 2\) is not in the target text/],
    ['a missing segment', [span('bad-4', 5, 'source', 'قال')], /"bad-4": there is no segment 5/],
    ['an empty quote', [span('bad-5', 0, 'source', '')], /"bad-5"/],
    ['a span without a quote', [{ key: 'bad-6', segment: 0, side: 'source', layer: 'cue' } as SampleAnnotation], /"bad-6": a source span needs a quote/],
    ['a key used twice', [span('twice', 0, 'source', 'قالَ'), span('twice', 0, 'target', 'said')], /"twice": the key is used twice/],
  ])('throws an error naming the annotation for %s', (_, input, message) => {
    expect(() => placeSampleAnnotations(segments, input)).toThrow(message);
  });

  it('locateQuote counts UTF-16 code units', () => {
    expect(locateQuote('😀 كيري', 'كيري')).toEqual({ start: 3, end: 7 });
    expect(locateQuote('abc', 'x')).toBeNull();
  });
});

describe('fillSampleProject annotations', () => {
  let db: Database;
  beforeEach(() => {
    db = createMemoryProject();
  });
  afterEach(() => db.close());

  interface StoredAnnotation {
    id: number; position: number; side: string; layer: string; start: number | null; end: number | null;
    label: string | null; attrs_json: string; author: string; source: string; target: string;
    name_source: string | null; name_target: string | null;
  }
  const readAnnotations = (): StoredAnnotation[] => db.prepare<[], StoredAnnotation>(`
    SELECT a.id, s.position, a.side, a.layer, a.start, a."end", a.label, a.attrs_json, a.author, s.source, s.target,
           sp.name_source, sp.name_target
    FROM annotations a JOIN segments s ON s.id = a.segment_id LEFT JOIN speakers sp ON sp.id = a.speaker_id
    ORDER BY a.id`).all();

  it('writes the speaker registry', () => {
    fillSampleProject(db, T0);
    const rows = db.prepare<[], { name_source: string; name_target: string; kind: string; role: string; organisation: string; note: string }>(`
      SELECT name_source, name_target, kind, role, organisation, note FROM speakers ORDER BY id`).all();
    expect(rows).toEqual(speakers.map(({ key: _key, nameSource, nameTarget, kind, role, organisation, note }) => ({
      name_source: nameSource, name_target: nameTarget, kind, role, organisation, note,
    })));
  });

  it('stores every annotation at offsets whose slice of the stored text is its quote', () => {
    fillSampleProject(db, T0);
    const rows = readAnnotations();
    expect(rows).toHaveLength(annotations.length);
    rows.forEach((row, i) => {
      const a = annotations[i]!;
      const speaker = speakers.find((s) => s.key === a.speaker);
      expect({
        position: row.position, side: row.side, layer: row.layer, label: row.label, attrs: JSON.parse(row.attrs_json) as unknown,
        author: row.author, speaker: row.name_target,
      }, a.key).toEqual({
        position: a.segment, side: a.side, layer: a.layer, label: a.label ?? null, attrs: a.attrs ?? {},
        author: 'Mizan sample', speaker: speaker?.nameTarget ?? null,
      });
      if (a.side === 'segment') {
        expect([row.start, row.end], a.key).toEqual([null, null]);
      } else {
        const text = a.side === 'source' ? row.source : row.target;
        expect(row.start, a.key).toBe(nthIndex(text, a.quote!, a.occurrence ?? 0));
        expect(text.slice(row.start!, row.end!), a.key).toBe(a.quote);
      }
    });
  });

  it('stores every link between the annotations the JSON names', () => {
    fillSampleProject(db, T0);
    const keyOf = new Map(readAnnotations().map((row, i) => [row.id, annotations[i]!.key]));
    const stored = db.prepare<[], { from_id: number; to_id: number; kind: string }>('SELECT from_id, to_id, kind FROM annotation_links').all()
      .map((l) => `${keyOf.get(l.from_id)} → ${keyOf.get(l.to_id)} (${l.kind})`);
    expect(stored.sort()).toEqual(links.map((l) => `${l.from.key} → ${l.toKey} (${l.kind})`).sort());
  });
});
