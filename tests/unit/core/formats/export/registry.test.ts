import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTML_FONT_FILES } from '../../../../../src/core/formats/export/html.js';
import { EXPORTERS, exporterFor } from '../../../../../src/core/formats/index.js';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO } from '../../../../../src/core/formats/types.js';
import { DOC, SEGMENTS, SPEAKERS } from './fixture.js';

describe('the exporter registry', async () => {
  it.each(EXPORT_FORMATS.map((f) => [f]))('%s is registered under its own name, with its extension and label', (format) => {
    const e = exporterFor(format);
    expect(e).toBe(EXPORTERS[format]);
    expect(e.format).toBe(format);
    expect(e.extension).toBe(EXPORT_FORMAT_INFO[format].extension);
    expect(e.label).toBe(EXPORT_FORMAT_INFO[format].label);
    expect(e.options).toEqual(EXPORT_FORMAT_INFO[format].options);
  });

  it('names the companion files an export needs, and they are in resources/', () => {
    const html = exporterFor('html');
    expect(html.companions?.folder).toBe('fonts');
    for (const f of HTML_FONT_FILES) expect(html.companions?.files).toContain(f);
    for (const f of html.companions?.files ?? []) expect(existsSync(new URL(`../../../../../resources/fonts/${f}`, import.meta.url))).toBe(true);
    expect(EXPORT_FORMATS.filter((f) => exporterFor(f).companions)).toEqual(['html']);
  });

  it.each(EXPORT_FORMATS.map((f) => [f]))('%s pulls the segments once from a generator and writes as it goes (streams)', async (format) => {
    let pulled = 0;
    function* gen() {
      for (const s of SEGMENTS) {
        pulled++;
        yield s;
      }
    }
    const pulledAtWrite: number[] = [];
    const report = await exporterFor(format).export(DOC, gen(), SPEAKERS, () => pulledAtWrite.push(pulled), { now: 0 });
    expect(pulled).toBe(SEGMENTS.length);
    expect(report.units + report.skipped).toBe(SEGMENTS.length);
    // Something was written before the last segment was read: the output is not built at the end.
    expect(pulledAtWrite.some((n) => n < SEGMENTS.length)).toBe(true);
  });
});
