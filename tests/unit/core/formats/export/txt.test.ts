import { describe, expect, it } from 'vitest';
import type { ExportSegment } from '../../../../../src/core/formats/types.js';
import { byId, runExport } from './fixture.js';

describe('TXT export', async () => {
  it('re-assembles the English by paragraph; DNT and untranslated segments left out and counted', async () => {
    const { text, report } = await runExport('txt');
    expect(text).toBe(`${byId(101).target} ${byId(102).target}\n\ncontrol\u000b character\n\nline\r\ntwo A target-only sentence.\n`);
    expect(report).toEqual({ units: 5, skipped: 2, warnings: ['1 segment has no translation yet and is missing from the text'] });
  });

  const seg = (id: number, paragraph: number, target: string, extra: Partial<ExportSegment> = {}): ExportSegment => ({ ...byId(101), id, position: id, paragraph, source: 'نص', target, comments: [], annotations: [], ...extra });

  it.each([
    ['one paragraph', [seg(1, 0, 'A.'), seg(2, 0, ' B. ')], 'A. B.\n', { units: 2, skipped: 0, warnings: [] }],
    ['three paragraphs', [seg(1, 0, 'A.'), seg(2, 1, 'B.'), seg(3, 2, 'C.')], 'A.\n\nB.\n\nC.\n', { units: 3, skipped: 0, warnings: [] }],
    ['an untranslated paragraph disappears', [seg(1, 0, 'A.'), seg(2, 1, '  '), seg(3, 2, 'C.')], 'A.\n\nC.\n', { units: 2, skipped: 1, warnings: ['1 segment has no translation yet and is missing from the text'] }],
    ['two untranslated', [seg(1, 0, ''), seg(2, 0, '')], '', { units: 0, skipped: 2, warnings: ['2 segments have no translation yet and are missing from the text'] }],
    ['DNT only', [seg(1, 0, 'SHARE', { doNotTranslate: true }), seg(2, 0, 'B.')], 'B.\n', { units: 1, skipped: 1, warnings: [] }],
    ['empty document', [], '', { units: 0, skipped: 0, warnings: [] }],
  ] as const)('%s', async (_name, segments, expected, report) => {
    const out = await runExport('txt', {}, segments);
    expect(out.text).toBe(expected);
    expect(out.report).toEqual(report);
  });
});
