import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId } from '../../../src/core/model.js';
import { previewReplace, searchSegments } from '../../../src/services/search-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { seedDocument } from '../helpers/store-fixtures.js';

let db: Database;
let documentId: DocumentId;

beforeEach(() => {
  db = createMemoryProject();
  ({ documentId } = seedDocument(db, [
    { source: 'ذهب الوزير الى موسكو', target: 'The minister went to Moscow' },
    { source: 'وصل اليوم وفد رسمي', target: 'A delegation arrived today' },
    { source: 'قالت المسؤولة إن الوضع مستقر', target: 'The official said the situation is stable' },
    { source: 'أكدت مسئولة أخرى ذلك', target: 'Another official confirmed it, officially' },
  ]));
});
afterEach(() => db.close());

const search = (query: string, options: { wholeWord?: boolean; regex?: boolean } = {}) =>
  searchSegments(db, { documentId, query, scope: 'both', regex: options.regex ?? false, matchCase: false, wholeWord: options.wholeWord ?? false, limit: 50 })
    .hits.map((h) => h.index);

describe('search: hamza seats and whole words', () => {
  it('folds the hamza seat: مسئولة finds مسؤولة and the other way round', () => {
    expect(search('مسئولة')).toEqual([2, 3]);
    expect(search('مسؤولة')).toEqual([2, 3]);
  });

  it('whole word: الى does not find اليوم', () => {
    expect(search('الى')).toEqual([0, 1]);
    expect(search('الى', { wholeWord: true })).toEqual([0]);
  });

  it('whole word applies to English and to regular expressions', () => {
    expect(search('official')).toEqual([2, 3]);
    expect(search('official', { wholeWord: true })).toEqual([2, 3]);
    expect(search('offic', { wholeWord: true })).toEqual([]);
    expect(search('min.ster', { regex: true, wholeWord: true })).toEqual([0]);
    expect(search('min', { regex: true, wholeWord: true })).toEqual([]);
  });

  it('replace with whole word leaves longer words alone', () => {
    const items = previewReplace(db, { documentId, query: 'official', replacement: 'spokesperson', regex: false, matchCase: false, wholeWord: true });
    expect(items.map((i) => i.after)).toEqual(['The spokesperson said the situation is stable', 'Another spokesperson confirmed it, officially']);
  });
});
