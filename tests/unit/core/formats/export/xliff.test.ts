import { describe, expect, it } from 'vitest';
import type { SegmentStatus } from '../../../../../src/core/model.js';
import { SEGMENT_STATUSES } from '../../../../../src/core/model.js';
import { XLIFF12_STATE } from '../../../../../src/core/formats/export/xliff12.js';
import { XLIFF2_STATE } from '../../../../../src/core/formats/export/xliff2.js';
import { DOC, SEGMENTS, child, descendants, elements, parseXml, runExport, textOf, xmlSafe } from './fixture.js';

const KEPT = SEGMENTS.filter((s) => s.source !== '');

describe('XLIFF 1.2 export', async () => {
  const { text, report } = await runExport('xliff12');
  const xliff = parseXml(text);
  const file = child(xliff, 'file')!;
  const units = descendants(xliff, 'trans-unit');

  it('declares the 1.2 namespace, version and the file languages', async () => {
    expect(xliff.attrs).toMatchObject({ version: '1.2', xmlns: 'urn:oasis:names:tc:xliff:document:1.2' });
    expect(file.attrs).toMatchObject({ original: DOC.sourceName, 'source-language': 'ar', 'target-language': 'en', datatype: 'plaintext', 'xml:space': 'preserve' });
  });

  it('keeps every segment with a source, DNT ones as translate="no"; ids "s{segment id}", unique', async () => {
    expect(units.map((u) => u.attrs.id)).toEqual(KEPT.map((s) => `s${s.id}`));
    expect(new Set(units.map((u) => u.attrs.id)).size).toBe(units.length);
    expect(report).toMatchObject({ units: 6, skipped: 1 });
    expect(report.warnings).toContain('1 segment with an empty source (target-only) left out');
    expect(units.find((u) => u.attrs.id === 's105')!.attrs.translate).toBe('no');
    expect(units.filter((u) => u.attrs.translate === 'no')).toHaveLength(1);
  });

  it.each(KEPT.map((s) => [s.id, s] as const))('segment %i: source, target and state survive', async (id, s) => {
    const u = units.find((x) => x.attrs.id === `s${id}`)!;
    expect(textOf(child(u, 'source'))).toBe(xmlSafe(s.source));
    const target = child(u, 'target');
    if (s.target === '') expect(target).toBeUndefined();
    else {
      expect(textOf(target)).toBe(xmlSafe(s.target));
      expect(target!.attrs.state).toBe(XLIFF12_STATE[s.status]);
    }
  });

  it('maps every status to a distinct XLIFF 1.2 state', async () => {
    expect(XLIFF12_STATE).toEqual({
      new: 'new',
      draft: 'needs-translation',
      translated: 'translated',
      reviewed: 'signed-off',
      approved: 'final',
      rejected: 'needs-review-translation',
    });
    expect(new Set(Object.values(XLIFF12_STATE)).size).toBe(SEGMENT_STATUSES.length);
  });

  it('writes comments as <note from="author"> and the speaker as a general note', async () => {
    const u = units.find((x) => x.attrs.id === 's101')!;
    expect(elements(u, 'note').map((n) => [n.attrs.from, textOf(n)])).toEqual([
      ['Mizan', 'Speaker: John Kirby'],
      ['Mizan', 'Speaker: مصدر <مطلع>'],
      ['Reviewer', 'Check "difficult" & <tone>'],
      ['Translator', '↳ Kept — matches «صعب».'],
      ['مراجع', 'Name spelled per the ministry. [resolved]'],
    ]);
    expect(u.attrs.approved).toBe('yes');
  });

  it('removes the characters XML forbids, with a warning; keeps CR as &#13;', async () => {
    expect(report.warnings).toContain('2 characters that XML does not allow (U+0001, U+000B) were removed, in segment 103');
    expect(text).toContain('line&#13;\ntwo');
    expect(text).not.toContain('<script>');
  });
});

describe('XLIFF 2.0 export', async () => {
  const { text, report } = await runExport('xliff2');
  const xliff = parseXml(text);
  const file = child(xliff, 'file')!;
  const units = descendants(xliff, 'unit');

  it('declares the 2.0 namespace, srcLang/trgLang and one <file>', async () => {
    expect(xliff.attrs).toMatchObject({ version: '2.0', xmlns: 'urn:oasis:names:tc:xliff:document:2.0', srcLang: 'ar', trgLang: 'en' });
    expect(file.attrs).toMatchObject({ id: 'd7', original: DOC.sourceName });
    expect(elements(xliff, 'file')).toHaveLength(1);
  });

  it('keeps every segment with a source; ids "s{segment id}", unique; DNT as translate="no"', async () => {
    expect(units.map((u) => u.attrs.id)).toEqual(KEPT.map((s) => `s${s.id}`));
    expect(report).toMatchObject({ units: 6, skipped: 1 });
    expect(units.find((u) => u.attrs.id === 's105')!.attrs.translate).toBe('no');
    expect(units.find((u) => u.attrs.id === 's101')!.attrs.name).toBe('p0');
  });

  it.each(KEPT.map((s) => [s.id, s] as const))('segment %i: texts survive exactly (control characters as <cp>), state mapped', async (id, s) => {
    const u = units.find((x) => x.attrs.id === `s${id}`)!;
    const segs = elements(u, 'segment');
    expect(segs).toHaveLength(1);
    const seg = segs[0]!;
    expect(textOf(child(seg, 'source'))).toBe(s.source);
    expect(seg.attrs.subState).toBe(`mizan:${s.status}`);
    if (s.target === '') {
      expect(child(seg, 'target')).toBeUndefined();
      expect(seg.attrs.state).toBe('initial');
    } else {
      expect(textOf(child(seg, 'target'))).toBe(s.target);
      expect(seg.attrs.state).toBe(XLIFF2_STATE[s.status]);
    }
  });

  it('maps statuses onto the four 2.0 states', async () => {
    const states = SEGMENT_STATUSES.map((st: SegmentStatus) => XLIFF2_STATE[st]);
    expect(states).toEqual(SEGMENT_STATUSES.map((st) => ({ new: 'initial', draft: 'initial', translated: 'translated', reviewed: 'reviewed', approved: 'final', rejected: 'translated' })[st]));
  });

  it('writes comments as <note category="comment"> with stable ids, speakers as category="speaker"', async () => {
    const notes = descendants(units.find((x) => x.attrs.id === 's101')!, 'note');
    expect(notes.map((n) => [n.attrs.category, n.attrs.id ?? null, textOf(n)])).toEqual([
      ['speaker', null, 'John Kirby'],
      ['speaker', null, 'مصدر <مطلع>'],
      ['comment', 'c1', 'Reviewer: Check "difficult" & <tone>'],
      ['comment', 'c2', '↳ Translator: Kept — matches «صعب».'],
      ['comment', 'c3', 'مراجع: Name spelled per the ministry. [resolved]'],
    ]);
  });

  it('writes the characters XML forbids as <cp hex>, and says so', async () => {
    expect(text).toContain('ضبط<cp hex="0001"/> التحكم');
    expect(text).toContain('control<cp hex="000B"/> character');
    expect(report.warnings).toContain('2 characters that XML does not allow (U+0001, U+000B) were written as <cp hex="…"/> code points, in segment 103');
    expect(text).not.toContain('<script>');
  });
});
