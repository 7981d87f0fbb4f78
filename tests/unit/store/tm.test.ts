import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexDocument } from '../../../src/core/tm/tm-tokens.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { insertMemory, insertUnits, segmentTermsByIds, unitById, unitTermsByIds } from '../../../src/store/tm.js';
import { seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

const SOURCES = ['قالت الحكومة إن الاجتماع انتهى', 'والحكومة قالت', 'عام ٢٠١٦ كان صعبا'];

function seedMemory(): number[] {
  const memoryId = insertMemory(db, { name: 'm', fileName: 'm.tmx', sourceLang: 'ar', targetLang: 'en', importedAt: 0 });
  insertUnits(db, memoryId, SOURCES.map((source, i) => ({ source, target: `t${i}`, changedAt: null, author: null, note: null })));
  return db.prepare('SELECT id FROM tm_units ORDER BY id').pluck().all() as number[];
}

describe('unitTermsByIds (the batched read of candidates\' terms)', () => {
  it('returns exactly the units asked for that exist, each with its index terms', () => {
    const ids = seedMemory();
    const got = unitTermsByIds(db, [ids[2]!, 999_999, ids[0]!, ids[0]!]);
    expect([...got.keys()].sort((a, b) => a - b)).toEqual([ids[0], ids[2]]);
    expect(got.get(ids[0]!)).toBe(indexDocument(SOURCES[0]!));
    expect(got.get(ids[2]!)).toBe(indexDocument(SOURCES[2]!));
    expect(unitTermsByIds(db, []).size).toBe(0);
  });

  it('reads a unit whole by id, with its memory name', () => {
    const ids = seedMemory();
    expect(unitById(db, ids[1]!)).toMatchObject({ id: ids[1], memoryName: 'm', source: SOURCES[1], target: 't1' });
    expect(unitById(db, 999_999)).toBeUndefined();
  });
});

describe('segmentTermsByIds', () => {
  it('returns the index terms of the segments asked for, and nothing for ids that are not segments', () => {
    const { segmentIds: [a, b] } = seedDocument(db, [{ source: SOURCES[0]! }, { source: SOURCES[1]! }]);
    const got = segmentTermsByIds(db, [b!, 424_242]);
    expect([...got.entries()]).toEqual([[b, indexDocument(SOURCES[1]!)]]);
    expect(segmentTermsByIds(db, [a!]).get(a!)).toBe(indexDocument(SOURCES[0]!));
  });
});
