import { describe, expect, it } from 'vitest';
import { exporterFor } from '../../../../../src/core/formats/index.js';
import { parseJsonl } from '../../../../../src/core/formats/import/jsonl.js';
import { DEFAULT_SCHEME, type AnnotationScheme } from '../../../../../src/core/annotation/scheme.js';
import type { ExportSpeaker } from '../../../../../src/core/formats/types.js';
import { DOC, NOW, SEGMENTS } from '../export/fixture.js';

const SPEAKERS: ReadonlyMap<number, ExportSpeaker> = new Map([
  [1, { id: 1, nameSource: 'جون كيربي', nameTarget: 'John Kirby', kind: 'person', role: 'spokesman', organisation: 'US State Department' }],
  [2, { id: 2, nameSource: 'مصدر <مطلع>', nameTarget: '', kind: 'unnamed-source', role: '', organisation: '' }],
]);

async function exported(scheme?: AnnotationScheme): Promise<string> {
  let text = '';
  await exporterFor('jsonl').export(scheme ? { ...DOC, scheme } : DOC, SEGMENTS, SPEAKERS, (c) => (text += c), { now: NOW });
  return text;
}

/** One line of a valid export, to break in a test. */
function line(change: (o: Record<string, unknown>) => void = () => {}): string {
  const o: Record<string, unknown> = {
    document: { id: 1, title: 'T', source_lang: 'ar', target_lang: 'en' },
    segment: { id: 10, position: 0, paragraph: 0, status: 'draft' },
    source: 'قالَ كيربي', target: 'Kirby said',
    annotations: [{ id: 5, layer: 'speaker', side: 'source', start: 5, end: 10, text: 'كيربي', label: null, speaker: null, attrs: {}, links: [] }],
    comments: [],
  };
  change(o);
  return JSON.stringify(o);
}

const annotation0 = (o: Record<string, unknown>) => (o.annotations as Record<string, unknown>[])[0]!;

describe('parseJsonl', () => {
  it('reads back the export of the hostile fixture: texts, statuses, spans, speakers, links and comments', async () => {
    const file = parseJsonl(await exported(), 'talks.jsonl');
    expect(file.document).toEqual({ id: DOC.id, title: DOC.title, sourceLang: 'ar', targetLang: 'en' });
    expect(file.segments.map((s) => [s.id, s.position, s.paragraph, s.status, s.source, s.target, s.doNotTranslate])).toEqual(
      SEGMENTS.map((s) => [s.id, s.position, s.paragraph, s.status, s.source, s.target, s.doNotTranslate]),
    );
    const first = file.segments[0]!;
    expect(first.annotations.map((a) => [a.id, a.layer, a.side, a.start, a.end, a.label, a.speakerId, a.attrs, a.links])).toEqual([
      [11, 'speaker', 'source', SEGMENTS[0]!.annotations[0]!.start, SEGMENTS[0]!.annotations[0]!.end, null, 1, { confidence: 0.9 }, [{ to: 12, kind: 'attribution' }]],
      [12, 'cue', 'source', 0, 4, 'say', null, {}, [{ to: 11, kind: 'attribution' }]],
      [13, 'speaker', 'target', 0, 10, null, 1, {}, []],
      [14, 'claim', 'segment', null, null, 'opinion', 2, { check_worthy: false }, []],
    ]);
    expect(first.comments).toEqual(SEGMENTS[0]!.comments.map((c) => ({ ...c, resolvedBy: null })));
    expect(file.speakers).toEqual([...SPEAKERS.values()].map(({ id, nameSource, nameTarget, kind, role, organisation }) => ({ id, nameSource, nameTarget, kind, role, organisation })));
    expect(file.warnings).toEqual(['2 links had no kind in the file; translation, target or attribution was inferred from the annotations']);
  });

  it('infers link kinds from the pair, and takes them from link_kinds or {id, kind} links when given', () => {
    const two = (links: unknown, extra: Record<string, unknown> = {}) => line((o) => {
      o.target = 'Kirby said';
      o.annotations = [
        { id: 1, layer: 'speaker', side: 'source', start: 5, end: 10, text: 'كيربي', label: null, speaker: null, attrs: {}, links, ...extra },
        { id: 2, layer: 'speaker', side: 'target', start: 0, end: 5, text: 'Kirby', label: null, speaker: null, attrs: {}, links: [] },
        { id: 3, layer: 'stance', side: 'segment', start: null, end: null, text: null, label: 'NONE', speaker: null, attrs: {}, links: [1] },
      ];
    });
    const links = (text: string) => parseJsonl(text, 'f.jsonl').segments[0]!.annotations.map((a) => a.links);
    expect(links(two([2]))).toEqual([[{ to: 2, kind: 'translation' }], [], [{ to: 1, kind: 'target' }]]);
    expect(links(two([2], { link_kinds: ['attribution'] }))[0]).toEqual([{ to: 2, kind: 'attribution' }]);
    expect(links(two([{ id: 2, kind: 'target' }]))[0]).toEqual([{ to: 2, kind: 'target' }]);
  });

  it('round-trips the scheme line with its link rules, and infers kinds the file leaves out from the file\'s own rules', async () => {
    // This project lets a speaker span point at its cue as a 'target' link (not a default rule).
    const custom: AnnotationScheme = {
      version: 1,
      layers: DEFAULT_SCHEME.layers.map((l) => (l.name === 'speaker' ? { ...l, links: [{ to: 'cue', kind: 'target', title: 'Quoted by' }] } : l)),
    };
    const file = parseJsonl(await exported(custom), 'talks.jsonl');
    expect(file.scheme).toEqual(custom);
    const [speaker, cue] = file.segments[0]!.annotations;
    expect(speaker!.links).toEqual([{ to: 12, kind: 'target' }]);
    expect(cue!.links).toEqual([{ to: 11, kind: 'attribution' }]);

    // Without a scheme line the default rules decide: the speaker → cue link reads as the reverse of cue → speaker.
    const plain = parseJsonl(await exported(), 'talks.jsonl');
    expect(plain.scheme).toBeNull();
    expect(plain.segments[0]!.annotations[0]!.links).toEqual([{ to: 12, kind: 'attribution' }]);
  });

  it('reads a file whose scheme line is broken with the default rules, and says so', () => {
    const file = parseJsonl(line((o) => (o.annotation_scheme = { version: 1, layers: [{ name: 'Bad Name' }] })), 'f.jsonl');
    expect(file.scheme).toBeNull();
    expect(file.warnings).toEqual([expect.stringMatching(/^the file's annotation_scheme could not be read \(annotation scheme: layer 1\.name "Bad Name".*default scheme$/)]);
  });

  it('orders segments by position, skips blank lines and CRLF line ends, strips a BOM', () => {
    const a = line((o) => (o.segment = { id: 1, position: 1, paragraph: 0, status: 'new' }));
    const b = line((o) => {
      o.segment = { id: 2, position: 0, paragraph: 0, status: 'new' };
      (o.annotations as Record<string, unknown>[])[0]!.id = 6;
    });
    expect(parseJsonl(`\uFEFF${a}\r\n\r\n${b}\r\n`, 'f.jsonl').segments.map((s) => [s.id, s.line])).toEqual([[2, 3], [1, 1]]);
  });

  it('composes a non-NFC text to NFC when no span points into it', () => {
    const text = line((o) => {
      o.target = 'Cafe\u0301';
      o.annotations = [];
    });
    expect(parseJsonl(text, 'f.jsonl').segments[0]!.target).toBe('Café');
  });

  it('drops links and comment references to things not in the file, with warnings', () => {
    const text = line((o) => {
      annotation0(o).links = [99];
      o.comments = [{ id: 1, parent: 77, annotation: 88, author: 'r', body: 'b', created_at: 1, resolved_at: null }];
    });
    const file = parseJsonl(text, 'f.jsonl');
    expect(file.segments[0]!.annotations[0]!.links).toEqual([]);
    expect(file.segments[0]!.comments[0]).toMatchObject({ parent: null, annotation: null });
    expect(file.warnings).toEqual([
      '1 link pointed at annotations that are not in the file and was left out',
      '2 comment references to comments or annotations not in the file were dropped (the comments are kept)',
    ]);
  });

  const broken: [string, string, RegExp][] = [
    ['an empty file', '\n\n', /^f\.jsonl: the file has no lines to import$/],
    ['a line that is not JSON', `${line()}\n{"document":`, /^f\.jsonl line 2: not valid JSON/],
    ['a line that is not an object', '[1,2]', /line 1: the line must be an object/],
    ['a span whose text is not its slice', line((o) => (annotation0(o).text = 'كيرب')), /line 1: annotation 5: "text" is "كيرب" but the source text at 5\.\.10 is "كيربي"/],
    ['offsets counted in code points', line((o) => Object.assign(annotation0(o), { start: 4, end: 9, text: 'كيربي' })), /"text" is "كيربي" but the source text at 4\.\.9 is " كيرب"/],
    ['offsets past the text', line((o) => Object.assign(annotation0(o), { start: 5, end: 40 })), /annotation 5 has offsets 5\.\.40, outside the source text \(0\.\.10\)/],
    ['a whole-segment annotation with offsets', line((o) => Object.assign(annotation0(o), { side: 'segment', start: 1, end: 2 })), /annotation 5 is on the whole segment but has start\/end offsets/],
    ['an unknown side', line((o) => (annotation0(o).side = 'left')), /annotation 5\.side must be one of source, target, segment/],
    ['an unknown status', line((o) => (o.segment = { id: 1, position: 0, paragraph: 0, status: 'done' })), /segment\.status must be one of new, draft/],
    ['a missing segment', line((o) => delete o.segment), /"segment" must be an object/],
    ['a negative position', line((o) => (o.segment = { id: 1, position: -1, paragraph: 0, status: 'new' })), /segment\.position must be a whole number ≥ 0/],
    ['another offset convention', line((o) => (o.offsets = 'code-points')), /"offsets" is "code-points"; Mizan reads "utf16-code-units, end-exclusive, NFC" only/],
    ['a speaker of an unknown kind', line((o) => (annotation0(o).speaker = { id: 1, name_source: 'x', name_target: 'y', kind: 'robot', role: '', organisation: '' })), /annotation 5\.speaker\.kind must be one of person/],
    ['a non-NFC text with spans', line((o) => {
      o.source = 'Cafe\u0301 كيربي';
      Object.assign(annotation0(o), { start: 6, end: 11 });
    }), /line 1: the source text is not in NFC/],
    ['a link kind that does not exist', line((o) => (annotation0(o).links = [{ id: 5, kind: 'quote' }])), /links\[0\]\.kind must be one of translation, attribution, target/],
    ['link_kinds of another length', line((o) => Object.assign(annotation0(o), { links: [5], link_kinds: [] })), /link_kinds has 0 entries for 1 links/],
    ['a comment without a body', line((o) => (o.comments = [{ id: 1, parent: null, annotation: null, author: 'r', created_at: 1, resolved_at: null }])), /comment 1\.body must be text/],
  ];
  it.each(broken)('refuses %s, naming the line and the reason', (_name, text, message) => {
    expect(() => parseJsonl(text, 'f.jsonl')).toThrow(expect.objectContaining({ code: 'bad-input', message: expect.stringMatching(message) }));
  });

  const conflicts: [string, (second: Record<string, unknown>) => void, RegExp][] = [
    ['another document', (o) => (o.document = { id: 2, title: 'Other', source_lang: 'ar', target_lang: 'en' }), /line 2: belongs to another document than line 1 \("Other", not "T"\)/],
    ['a segment id twice', (o) => (o.segment = { id: 10, position: 1, paragraph: 0, status: 'new' }), /line 2: segment 10 appears twice \(first on line 1\)/],
    ['a position twice', (o) => (o.segment = { id: 11, position: 0, paragraph: 0, status: 'new' }), /line 2: position 0 appears twice/],
    ['an annotation id twice', (o) => (o.segment = { id: 11, position: 1, paragraph: 0, status: 'new' }), /line 2: annotation 5 appears twice/],
    ['one speaker id with two names', (o) => {
      o.segment = { id: 11, position: 1, paragraph: 0, status: 'new' };
      Object.assign(annotation0(o), { id: 6, speaker: { id: 1, name_source: 'ب', name_target: 'B', kind: 'person', role: '', organisation: '' } });
    }, /line 2: speaker 1 differs from speaker 1 on line 1/],
  ];
  it.each(conflicts)('refuses %s across lines', (_name, change, message) => {
    const first = line((o) => (annotation0(o).speaker = { id: 1, name_source: 'أ', name_target: 'A', kind: 'person', role: '', organisation: '' }));
    expect(() => parseJsonl(`${first}\n${line(change)}`, 'f.jsonl')).toThrow(message);
  });
});

describe('parseJsonl nesting limit', () => {
  it('counts brackets inside strings as text, not nesting, and refuses a line nested deeper than 64', () => {
    const brackets = `${'['.repeat(100)}${'{'.repeat(100)}`;
    const ok = line((o) => {
      o.target = brackets;
    });
    expect(parseJsonl(ok, 'ok.jsonl').segments[0]!.target).toBe(brackets);
    const deep = line((o) => {
      o.extra = JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`) as unknown;
    });
    expect(() => parseJsonl(deep, 'deep.jsonl')).toThrow(/^deep\.jsonl line 1: the line nests lists or objects more than 64 deep/);
  });
});
