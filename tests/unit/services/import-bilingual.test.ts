import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBilingual } from '../../../src/core/formats/import/index.js';
import { importBilingual } from '../../../src/services/import-bilingual.js';
import { listSpeakers, insertSpeaker } from '../../../src/store/speakers.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { listSegments } from '../../../src/store/segments.js';
import { testContext } from '../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

const tmx = (units: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" srclang="ar"/>
<body>${units}</body></tmx>`);

const tu = (id: number, attrs: string, speakers: string[]) =>
  `<tu tuid="${id}" ${attrs}>${speakers.map((s) => `<prop type="x-speaker">${s}</prop>`).join('')}` +
  `<tuv xml:lang="ar"><seg>نص ${id}</seg></tuv><tuv xml:lang="en"><seg>Text ${id}</seg></tuv></tu>`;

describe('importBilingual of a TMX', () => {
  it('keeps each unit\'s change date and author, and adds the speakers it names to the registry once', () => {
    insertSpeaker(db, { nameSource: 'جون كيربي', nameTarget: 'John Kirby', kind: 'person', role: '', organisation: '', note: '', at: 0 });
    const file = parseBilingual(
      tmx(tu(1, 'changedate="20261129T083005Z" changeid="Huda"', ['John Kirby', 'Mark Toner']) + tu(2, '', ['مصدر مطلع', 'Mark Toner'])),
      'memory.tmx',
    );
    const result = importBilingual(db, testContext('importer'), file, 'Memory', 'memory.tmx');
    const segments = listSegments(db, result.document.id, 0, 10);
    expect(segments.map((s) => [s.updatedBy, s.updatedAt])).toEqual([
      ['Huda', Date.UTC(2026, 10, 29, 8, 30, 5)],
      ['importer', expect.any(Number)],
    ]);
    expect(listSpeakers(db).map((s) => [s.nameSource, s.nameTarget])).toEqual([
      ['جون كيربي', 'John Kirby'],
      ['', 'Mark Toner'],
      ['مصدر مطلع', ''],
    ]);
    expect(result.warnings).toContain('2 speakers named in the file (Mark Toner, مصدر مطلع) added to the registry; the file does not say where in the text they speak');
  });
});
