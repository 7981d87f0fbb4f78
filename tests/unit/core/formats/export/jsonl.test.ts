import { describe, expect, it } from 'vitest';
import type { ExportSegment } from '../../../../../src/core/formats/types.js';
import { DOC, SEGMENTS, SPEAKERS, byId, runExport } from './fixture.js';

interface Line {
  document: unknown;
  segment: unknown;
  source: string;
  target: string;
  do_not_translate: boolean;
  offsets: string;
  annotations: { id: number; side: string; start: number | null; end: number | null; text: string | null; speaker: Record<string, unknown> | null; attrs: unknown; links: number[]; label: string | null; layer: string }[];
  comments: Record<string, unknown>[];
}

describe('JSONL export', async () => {
  const { text, chunks, report } = await runExport('jsonl');
  const lines = text.split('\n').slice(0, -1);

  it('writes one JSON object per line, one per segment, ending with a newline', async () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(lines).toHaveLength(SEGMENTS.length);
    expect(chunks).toHaveLength(SEGMENTS.length);
    expect(report).toEqual({ units: SEGMENTS.length, skipped: 0, warnings: [] });
  });

  const parsed = lines.map((l) => JSON.parse(l) as Line);

  it.each(SEGMENTS.map((s, i) => [s.id, s, i] as const))('segment %i: the JSONL contract keys, texts exactly (controls, CR LF, RLM included)', async (_id, s: ExportSegment, i) => {
    const o = parsed[i]!;
    expect(Object.keys(o)).toEqual(['document', 'segment', 'source', 'target', 'do_not_translate', 'offsets', 'annotations', 'comments']);
    expect(o.document).toEqual({ id: DOC.id, title: DOC.title, source_lang: 'ar', target_lang: 'en' });
    expect(o.segment).toEqual({ id: s.id, position: s.position, paragraph: s.paragraph, status: s.status });
    expect(o.source).toBe(s.source);
    expect(o.target).toBe(s.target);
    expect(o.do_not_translate).toBe(s.doNotTranslate);
    expect(o.offsets).toBe('utf16-code-units, end-exclusive, NFC');
  });

  it('gives each span its text (the UTF-16 slice), its speaker from the registry, attrs and links', async () => {
    const o = parsed[0]!;
    const s = byId(101);
    expect(o.annotations.map((a) => a.id)).toEqual([11, 12, 13, 14]);
    for (const a of o.annotations) {
      if (a.side === 'segment') expect([a.start, a.end, a.text]).toEqual([null, null, null]);
      else expect(a.text).toBe((a.side === 'source' ? s.source : s.target).slice(a.start!, a.end!));
    }
    expect(o.annotations[0]!.text).toBe('جون كيربي');
    expect(o.annotations[2]!.text).toBe('John Kirby');
    expect(o.annotations[0]).toMatchObject({
      layer: 'speaker',
      label: null,
      attrs: { confidence: 0.9 },
      links: [12],
      speaker: { id: 1, name_source: 'جون كيربي', name_target: 'John Kirby', kind: 'person', role: 'spokesman', organisation: 'US State Department' },
    });
    expect(o.annotations[1]!.speaker).toBeNull();
    expect(o.annotations[3]).toMatchObject({ label: 'opinion', speaker: { id: 2, name_source: SPEAKERS.get(2)!.nameSource } });
  });

  it('writes the comment thread with its links and dates', async () => {
    expect(parsed[0]!.comments).toEqual(
      byId(101).comments.map((c) => ({ id: c.id, parent: c.parent, annotation: c.annotation, author: c.author, body: c.body, created_at: c.createdAt, resolved_at: c.resolvedAt })),
    );
  });

  it('escapes U+2028/U+2029/U+0085 so line-splitting readers keep one object per line', async () => {
    const seg: ExportSegment = { ...byId(102), target: 'a\u2028b\u2029c\u0085d' };
    const out = (await runExport('jsonl', {}, [seg])).text;
    expect(out).toContain('a\\u2028b\\u2029c\\u0085d');
    expect((JSON.parse(out) as Line).target).toBe(seg.target);
  });

  it('warns about spans outside their text', async () => {
    const seg: ExportSegment = { ...byId(102), annotations: [{ id: 5, layer: 'claim', side: 'target', start: 3, end: 9999, label: null, speakerId: null, attrs: {}, links: [] }] };
    const { report: r } = await runExport('jsonl', {}, [seg]);
    expect(r.warnings).toEqual(['1 annotation (5) has offsets outside its text; "text" is the part inside']);
  });
});
