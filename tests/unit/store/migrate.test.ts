import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Migration } from '../../../src/store/migrations/migration.js';
import { migrate, schemaVersion } from '../../../src/store/open-database.js';

let db: Database.Database;
let ran: number[];
beforeEach(() => {
  db = new Database(':memory:');
  ran = [];
});
afterEach(() => db.close());

const step = (version: number): Migration => ({
  version,
  name: `step ${version}`,
  up: (d) => {
    ran.push(version);
    d.exec(`CREATE TABLE t${version} (x INTEGER) STRICT`);
  },
});

const tables = () =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all().map((r) => r.name);

describe('migrate(db, migrations)', () => {
  it.each([
    ['from 0 runs all, in version order even if listed out of order', 0, [step(2), step(1), step(3)], [1, 2, 3], 3],
    ['from 1 runs only the newer ones', 1, [step(1), step(2), step(3)], [2, 3], 3],
    ['at the latest runs nothing', 3, [step(1), step(2), step(3)], [], 3],
    ['with an empty list runs nothing', 0, [], [], 0],
  ])('%s', (_name, start, migrations, expectedRuns, expectedVersion) => {
    db.pragma(`user_version = ${start}`);
    expect(migrate(db, migrations)).toBe(expectedVersion);
    expect(ran).toEqual(expectedRuns);
    expect(schemaVersion(db)).toBe(expectedVersion);
  });

  it('refuses a database newer than the list (newer-version) and changes nothing', () => {
    db.pragma('user_version = 5');
    expect(() => migrate(db, [step(1), step(2)])).toThrow(expect.objectContaining({ code: 'newer-version' }));
    expect(ran).toEqual([]);
    expect(schemaVersion(db)).toBe(5);
  });

  it('rolls the whole upgrade back when one migration fails: the file stays at the version it had', () => {
    const failing: Migration = {
      version: 2,
      name: 'fails half way',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('migration bug');
      },
    };
    expect(() => migrate(db, [step(1), failing, step(3)])).toThrow('migration bug');
    expect(schemaVersion(db)).toBe(0);
    expect(tables()).toEqual([]);
    // From a file already at version 1, only the failing upgrade is undone.
    migrate(db, [step(1)]);
    expect(() => migrate(db, [step(1), failing, step(3)])).toThrow('migration bug');
    expect(schemaVersion(db)).toBe(1);
    expect(tables()).toEqual(['t1']);
  });
});
