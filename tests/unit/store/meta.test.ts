import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMeta, setMeta } from '../../../src/store/meta.js';
import { createMemoryProject } from '../../../src/store/open-database.js';

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

describe('project meta', () => {
  it('is undefined until set, then keeps the last value per key', () => {
    expect(getMeta(db, 'title')).toBeUndefined();
    setMeta(db, 'title', 'first');
    setMeta(db, 'other', 'x');
    setMeta(db, 'title', 'واشنطن توقف المحادثات');
    expect(getMeta(db, 'title')).toBe('واشنطن توقف المحادثات');
    expect(getMeta(db, 'other')).toBe('x');
    expect(db.prepare('SELECT count(*) AS n FROM project_meta').get()).toEqual({ n: 2 });
  });
});
