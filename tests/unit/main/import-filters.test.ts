import { describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../src/core/formats/importers.js';
import { IMPORT_FILTERS } from '../../../src/main/import-filters.js';

describe('the import dialog filters', () => {
  it('offer every extension of the importer registry first (JSONL, MXLIFF and .tab included), then each format', () => {
    const all = IMPORT_FILTERS[0]!.extensions;
    for (const importer of IMPORTERS) for (const ext of importer.extensions) expect(all).toContain(ext);
    expect(all).toEqual(expect.arrayContaining(['txt', 'jsonl', 'mxliff', 'tab', 'sdlxliff']));
    expect(IMPORT_FILTERS.map((f) => f.name)).toEqual(expect.arrayContaining(['Text files', 'Phrase MXLIFF', 'Mizan JSONL', 'All files']));
    for (const f of IMPORT_FILTERS) for (const ext of f.extensions) expect(ext).toMatch(/^(\*|[a-z0-9]+)$/);
  });
});
