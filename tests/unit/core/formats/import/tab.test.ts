import { describe, expect, it } from 'vitest';
import { importerForName } from '../../../../../src/core/formats/importers.js';
import { parseImport } from '../../../../../src/core/formats/import/index.js';
import { utf8 } from './helpers.js';

describe('.tab bilingual files', () => {
  it('are read as TSV (one unit per line, no quoting), not as plain Arabic text', () => {
    expect(importerForName('glossary.TAB')?.format).toBe('tsv');
    const parsed = parseImport(utf8('المصدر\tالترجمة\nقال "إن\tHe said "the\nالحرب انتهت"\twar is over"\n'), 'news.tab');
    expect(parsed.kind).toBe('pairs');
    if (parsed.kind !== 'pairs') return;
    expect(parsed.file.format).toBe('tsv');
    expect(parsed.file.units.map((u) => [u.source, u.target])).toEqual([
      ['قال "إن', 'He said "the'],
      ['الحرب انتهت"', 'war is over"'],
    ]);
  });
});
