import { describe, expect, it } from 'vitest';
import { DOC, NOW, SEGMENTS, byId, child, descendants, elements, parseXml, runExport, textOf, xmlSafe } from './fixture.js';

describe('TMX 1.4b export', async () => {
  const { text, chunks, report } = await runExport('tmx');
  const tmx = parseXml(text);
  const header = child(tmx, 'header')!;
  const tus = descendants(tmx, 'tu');

  it('writes a well-formed TMX 1.4 with the header attributes tools need', async () => {
    expect(tmx.name).toBe('tmx');
    expect(tmx.attrs.version).toBe('1.4');
    expect(header.attrs).toMatchObject({
      creationtool: 'Mizan',
      creationtoolversion: 'test',
      datatype: 'plaintext',
      segtype: 'sentence',
      adminlang: 'en',
      srclang: 'ar',
      'o-tmf': 'Mizan',
      creationdate: '20261129T083005Z',
    });
    expect(textOf(child(header, 'prop'))).toBe(DOC.title);
  });

  it('keeps one <tu> per translated segment, leaves out DNT, untranslated and target-only ones (counted)', async () => {
    expect(tus.map((tu) => tu.attrs.tuid)).toEqual(['101', '102', '103', '106']);
    expect(report.units).toBe(4);
    expect(report.skipped).toBe(3);
    expect(report.warnings[0]).toBe('3 segments left out of the TMX (1 segment without a translation, 1 do-not-translate, 1 with an empty source)');
    expect(new Set(tus.map((tu) => tu.attrs.tuid)).size).toBe(tus.length);
  });

  it.each(SEGMENTS.filter((s) => [101, 102, 103, 106].includes(s.id)).map((s) => [s.id, s] as const))('segment %i: texts survive exactly (minus what XML forbids)', async (id, s) => {
    const tu = tus.find((t) => t.attrs.tuid === String(id))!;
    const tuvs = elements(tu, 'tuv');
    expect(tuvs.map((t) => t.attrs['xml:lang'])).toEqual(['ar', 'en']);
    expect(textOf(child(tuvs[0]!, 'seg'))).toBe(xmlSafe(s.source));
    expect(textOf(child(tuvs[1]!, 'seg'))).toBe(xmlSafe(s.target));
    expect(tu.attrs.creationdate).toMatch(/^\d{8}T\d{6}Z$/);
    expect(tu.attrs.changedate).toBe(new Date(s.updatedAt).toISOString().replace(/[-:]|\.\d{3}/g, ''));
    const props = elements(tu, 'prop');
    expect(props.find((p) => p.attrs.type === 'x-status') && textOf(props.find((p) => p.attrs.type === 'x-status'))).toBe(s.status);
  });

  it('keeps CR LF inside a segment (written as &#13;), RLM/LRM, tatweel, diacritics and emoji as characters', async () => {
    expect(text).toContain('سطر&#13;\nثانٍ');
    expect(text).toContain('\u200F');
    expect(text).toContain('\u200E');
    expect(text).toContain('صعـــبٌ');
    expect(text).toContain('🙂');
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });

  it('removes the control characters XML forbids and says so', async () => {
    expect(report.warnings).toContain('2 characters that XML does not allow (U+0001, U+000B) were removed, in segment 103');
    // eslint-disable-next-line no-control-regex -- the point
    expect(text).not.toMatch(/[\u0001\u000b]/);
  });

  it('writes speakers as <prop type="x-speaker"> and comments as <note> (replies and resolved marked)', async () => {
    const tu = tus.find((t) => t.attrs.tuid === '101')!;
    const speakers = elements(tu, 'prop').filter((p) => p.attrs.type === 'x-speaker').map(textOf);
    expect(speakers).toEqual(['John Kirby', 'مصدر <مطلع>']);
    expect(elements(tu, 'note').map(textOf)).toEqual([
      'Reviewer: Check "difficult" & <tone>',
      '↳ Translator: Kept — matches «صعب».',
      'مراجع: Name spelled per the ministry. [resolved]',
    ]);
    expect(tu.attrs.changeid).toBe('Huda');
    expect(tus.find((t) => t.attrs.tuid === '106')!.attrs.changeid).toBeUndefined();
  });

  it('streams: one chunk per unit, never the whole document at once', async () => {
    expect(chunks.length).toBe(tus.length + 2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(text.length / 2);
  });

  it('is stable: the same input gives the same bytes; the header date follows options.now', async () => {
    expect((await runExport('tmx')).text).toBe(text);
    expect((await runExport('tmx', { now: NOW + 86_400_000 })).text).toContain('creationdate="20261130T083005Z"');
    expect(byId(101).id).toBe(101);
  });

  it('reads an empty document as a valid TMX with no units', async () => {
    const empty = await runExport('tmx', {}, []);
    expect(descendants(parseXml(empty.text), 'tu')).toHaveLength(0);
    expect(empty.report).toEqual({ units: 0, skipped: 0, warnings: [] });
  });
});
