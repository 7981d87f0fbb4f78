// Our exports read back by our own importers (src/core/formats/import): same segments, statuses, notes.
import { describe, expect, it } from 'vitest';
import { parseBilingual, parseDelimited } from '../../../../../src/core/formats/import/index.js';
import { SEGMENTS, byId, runExport, xmlSafe } from './fixture.js';

const bytes = (text: string) => new TextEncoder().encode(text);
// Importers compose to NFC; the fixture is NFC already, so texts compare as they are.

describe('exports import back', async () => {
  it.each([
    ['tmx', 'out.tmx', [101, 102, 103, 106]],
    ['xliff12', 'out.xlf', [101, 102, 103, 104, 105, 106]],
    ['xliff2', 'out.xlf', [101, 102, 103, 104, 105, 106]],
  ] as const)('%s: texts, statuses and comments survive', async (format, name, ids) => {
    const file = parseBilingual(bytes((await runExport(format)).text), name);
    expect(file.units).toHaveLength(ids.length);
    ids.forEach((id, i) => {
      const s = byId(id);
      const u = file.units[i]!;
      const lossless = format === 'xliff2';
      expect(u.source).toBe(lossless ? s.source : xmlSafe(s.source));
      expect(u.target).toBe(lossless ? s.target : xmlSafe(s.target));
      if (s.target !== '') expect(u.status).toBe(s.status);
      // TMX carries when and by whom a unit last changed (to the second).
      if (format === 'tmx') expect([u.changedAt, u.changedBy]).toEqual([Math.floor(s.updatedAt / 1000) * 1000, s.updatedBy]);
    });
    const first = file.units[0]!;
    expect(first.notes.map((n) => n.body).join('\n')).toContain('Check "difficult" & <tone>');
    expect(file.sourceLang).toBe('ar');
    expect(file.targetLang).toBe('en');
  });

  it.each([
    ['tsv', '\t'],
    ['csv', ','],
  ] as const)('%s (with BOM): every source and target exactly', async (format, delimiter) => {
    // The importer refuses a row without a source, so the target-only segment is not exported here.
    const withSource = SEGMENTS.filter((s) => s.source !== '');
    const text = (await runExport(format, { bom: true }, withSource)).text;
    const file = parseDelimited(text.slice(1), `out.${format}`, { source: 4, target: 5, status: 3, hasHeader: true, delimiter });
    expect(file.units.map((u) => [u.source, u.target, u.status])).toEqual(withSource.map((s) => [s.source, s.target, s.status]));
  });
});
