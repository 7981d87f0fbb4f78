import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MizanError } from '../../../src/core/errors.js';
import { migration001Initial } from '../../../src/store/migrations/001-initial.js';
import { createProjectFile, openProjectFile } from '../../../src/store/open-database.js';
import { normaliseSql, readSchema, referenceSchema, schemaDifferences } from '../../../src/store/schema-check.js';
import { seedDocument } from '../helpers/store-fixtures.js';
import { hashFile, makeTempDir, type TempDir } from '../helpers/temp-dir.js';
import { mizanErrorOf } from '../helpers/mizan-error.js';

let tmp: TempDir;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

/** A closed project with one document, then tampered with by a plain SQLite connection (another program). */
function tampered(name: string, tamper: (db: Database.Database) => void): string {
  const path = tmp.path(name);
  const db = createProjectFile(path);
  seedDocument(db, [{ source: 'أ' }, { source: 'ب' }]);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const raw = new Database(path);
  tamper(raw);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return path;
}

const refusal = (path: string): MizanError => mizanErrorOf(() => openProjectFile(path).db.close());

describe('schema verification on open', () => {
  it('opens an untampered project', () => {
    const path = tampered('clean.mizan', () => undefined);
    const { db } = openProjectFile(path);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    db.close();
  });

  it('refuses a planted trigger, naming it, and leaves the file byte-identical', () => {
    const path = tampered('trigger.mizan', (db) =>
      db.exec("CREATE TABLE IF NOT EXISTS loot (v TEXT); CREATE TRIGGER steal AFTER INSERT ON segments BEGIN INSERT INTO project_meta (key, value) VALUES ('x' || new.id, new.source); END;"),
    );
    const before = hashFile(path);
    const error = refusal(path);
    expect(error.code).toBe('untrusted-project');
    expect(error.message).toContain('trigger "steal" on segments');
    expect(error.message).toContain('table "loot"');
    expect(hashFile(path)).toBe(before);
  });

  it('refuses a dropped table, naming it', () => {
    const path = tampered('dropped.mizan', (db) => db.exec('DROP TABLE comments'));
    const error = refusal(path);
    expect(error.code).toBe('untrusted-project');
    expect(error.message).toContain('the table "comments" is missing');
  });

  it('refuses an added view', () => {
    const path = tampered('view.mizan', (db) => db.exec('CREATE VIEW everything AS SELECT * FROM segments'));
    expect(refusal(path).message).toContain('unexpected view "everything"');
  });

  it('refuses an altered table and a dropped index', () => {
    const path = tampered('altered.mizan', (db) => db.exec('ALTER TABLE speakers ADD COLUMN secret TEXT; DROP INDEX segments_by_status'));
    const message = refusal(path).message;
    expect(message).toContain('the table "speakers" was altered');
    expect(message).toContain('the index "segments_by_status" is missing');
  });

  it('verifies an old file against the schema of its own version before migrating it', () => {
    const path = tmp.path('v1.mizan');
    const raw = new Database(path);
    raw.pragma('application_id = 0x4d5a4e31');
    migration001Initial.up(raw);
    raw.pragma('user_version = 1');
    raw.exec('CREATE TRIGGER t AFTER UPDATE ON segments BEGIN SELECT 1; END');
    raw.close();
    const before = hashFile(path);
    expect(refusal(path).message).toContain('trigger "t"');
    // No backup, no migration: nothing was written.
    expect(hashFile(path)).toBe(before);
  });
});

describe('schema comparison', () => {
  it('ignores whitespace only', () => {
    expect(normaliseSql('CREATE TABLE a (\n  x  INTEGER ,y TEXT\n)')).toBe(normaliseSql('CREATE TABLE a (x INTEGER, y TEXT)'));
    expect(normaliseSql("CHECK (s IN ('new'))")).not.toBe(normaliseSql("CHECK (s IN ('NEW'))"));
  });

  it('finds no difference between the reference and a freshly migrated database', () => {
    const db = new Database(':memory:');
    migration001Initial.up(db);
    expect(schemaDifferences(readSchema(db), referenceSchema(1))).toEqual([]);
    db.close();
  });

  it('compares a virtual table\'s shadow tables by presence only (SQLite writes their SQL)', () => {
    const expected = new Map([
      ['fts', { type: 'table', name: 'fts', tblName: 'fts', sql: "CREATE VIRTUAL TABLE fts USING fts5(a)" }],
      ['fts_data', { type: 'table', name: 'fts_data', tblName: 'fts_data', sql: 'CREATE TABLE fts_data(id INTEGER PRIMARY KEY, block BLOB)' }],
    ]);
    const newerSqlite = new Map([...expected, ['fts_data', { ...expected.get('fts_data')!, sql: 'CREATE TABLE fts_data(id INTEGER PRIMARY KEY, block BLOB) WITHOUT ROWID' }]]);
    expect(schemaDifferences(newerSqlite, expected)).toEqual([]);
    expect(schemaDifferences(new Map([...expected].filter(([k]) => k !== 'fts_data')), expected)).toEqual(['the table "fts_data" is missing']);
  });
});
