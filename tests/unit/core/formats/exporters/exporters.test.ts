import { describe, expect, it } from 'vitest';
import { EXPORTERS, exporterFor } from '../../../../../src/core/formats/index.js';
import { parseBilingual, parseDelimited } from '../../../../../src/core/formats/import/index.js';
import { EXPORT_FORMATS, type ExportDocument, type ExportFormat, type ExportSegment, type ExportSpeaker } from '../../../../../src/core/formats/types.js';

const HOSTILE = `<script>alert("x")</script> & 'single' "double" \u200Fمرحبا\u200E tab\there`;
const DOC: ExportDocument = { id: 1, title: 'Talks <&>', sourceLang: 'ar', targetLang: 'en', sourceName: 'talks.txt', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_100_000 };
const SPEAKERS = new Map<number, ExportSpeaker>([[1, { id: 1, nameSource: 'جون كيربي', nameTarget: 'John Kirby', kind: 'person', role: 'spokesman', organisation: 'US State Department' }]]);

function seg(id: number, source: string, target: string, extra: Partial<ExportSegment> = {}): ExportSegment {
  return {
    id, position: id - 1, paragraph: id - 1, source, target, status: 'translated', doNotTranslate: false,
    createdAt: DOC.createdAt, updatedAt: DOC.updatedAt, updatedBy: 'Huda', comments: [], annotations: [], ...extra,
  };
}

const SEGMENTS: ExportSegment[] = [
  seg(1, 'قالَ جون كيربي إنّ القرارَ صعـــب.', 'John Kirby said the decision was difficult.', {
    status: 'approved',
    annotations: [{ id: 9, layer: 'speaker', side: 'source', start: 5, end: 13, label: null, speakerId: 1, attrs: {}, links: [] }],
    comments: [{ id: 3, parent: null, annotation: null, author: 'Reviewer', body: 'Check "difficult" & <tone>', createdAt: DOC.createdAt, resolvedAt: null }],
  }),
  seg(2, 'نص عدائي 🙂', HOSTILE, { status: 'reviewed', paragraph: 0 }),
  seg(3, 'ضبط\u0001 التحكم', 'control\u000b character', { status: 'rejected' }),
  seg(4, 'لم يترجم بعد.', '', { status: 'new' }),
  seg(5, 'SHARE', '', { doNotTranslate: true, status: 'new' }),
];

function run(format: ExportFormat, bom = false): { text: string; report: ReturnType<(typeof EXPORTERS)['tmx']['export']> } {
  let text = '';
  const report = exporterFor(format).export(DOC, SEGMENTS, SPEAKERS, (chunk) => (text += chunk), { now: DOC.updatedAt, bom, tool: { name: 'Mizan', version: 'test' } });
  return { text, report };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('exporters', () => {
  it('every format is registered under its own name', () => {
    for (const format of EXPORT_FORMATS) expect(EXPORTERS[format].format).toBe(format);
  });

  it.each(['tmx', 'xliff12', 'xliff2'] as const)('%s reads back with the texts, statuses and comments intact', (format) => {
    const { text, report } = run(format);
    const file = parseBilingual(bytes(text), `out.${format === 'tmx' ? 'tmx' : 'xlf'}`);
    const bySource = new Map(file.units.map((u) => [u.source, u]));
    const first = bySource.get(SEGMENTS[0]!.source)!;
    expect(first.target).toBe(SEGMENTS[0]!.target);
    expect(first.status).toBe('approved');
    expect(first.notes.map((n) => n.body).join(' ')).toContain('Check "difficult" & <tone>');
    const hostile = bySource.get(SEGMENTS[1]!.source)!;
    expect(hostile.target).toBe(HOSTILE);
    expect(hostile.status).toBe('reviewed');
    // XML cannot carry \u0001 or \u000b: removed, and the report says so.
    expect(bySource.get('ضبط التحكم')?.target).toBe('control character');
    expect(report.warnings.join(' ')).toMatch(/2 characters that XML does not allow/);
    expect(text).not.toContain('<script>');
    if (format === 'tmx') {
      expect(report).toMatchObject({ units: 3, skipped: 2 });
      expect(text).toContain('<prop type="x-speaker">John Kirby</prop>');
    } else {
      expect(bySource.get('لم يترجم بعد.')?.target).toBe('');
    }
  });

  it.each([['tsv', '\t'], ['csv', ',']] as const)('%s keeps tabs, quotes and line breaks inside cells, with an optional BOM', (format, delimiter) => {
    const { text } = run(format, true);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const file = parseDelimited(text.slice(1), `out.${format}`, { source: 4, target: 5, status: 3, hasHeader: true, delimiter });
    expect(file.units.map((u) => u.target)).toEqual(SEGMENTS.map((s) => s.target));
    expect(file.units.map((u) => u.source)).toEqual(SEGMENTS.map((s) => s.source));
  });

  it('jsonl: one object per segment, annotation text equals its UTF-16 slice (diacritics included)', () => {
    const lines = run('jsonl').text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(SEGMENTS.length);
    const first = lines[0] as { source: string; annotations: { start: number; end: number; text: string; speaker: { name_target: string } }[]; document: unknown; segment: unknown };
    expect(first.document).toEqual({ id: 1, title: 'Talks <&>', source_lang: 'ar', target_lang: 'en' });
    expect(first.segment).toEqual({ id: 1, position: 0, paragraph: 0, status: 'approved' });
    const a = first.annotations[0]!;
    expect(a.text).toBe(first.source.slice(a.start, a.end));
    expect(a.speaker.name_target).toBe('John Kirby');
    expect((lines[1] as { target: string }).target).toBe(HOSTILE);
  });

  it('html: every text is escaped, the Arabic column is right-to-left, fonts come from the export folder', () => {
    const { text } = run('html');
    expect(text).not.toMatch(/<script>/);
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(text).toContain('<td class="ar" dir="rtl" lang="ar">قالَ جون كيربي');
    expect(text).toContain("url('fonts/noto-naskh-arabic-arabic-400-normal.woff2')");
    expect(text).not.toMatch(/https?:\/\//);
  });

  it('txt: the English by paragraph, without do-not-translate or untranslated segments (reported)', () => {
    const { text, report } = run('txt');
    expect(text).toBe(`${SEGMENTS[0]!.target} ${HOSTILE}\n\ncontrol\u000b character\n`);
    expect(report).toMatchObject({ units: 3, skipped: 2 });
    expect(report.warnings).toEqual(['1 segment has no translation yet and is missing from the text']);
  });
});
