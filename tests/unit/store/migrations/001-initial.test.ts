import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../src/store/migrations/index.js';
import { MIZAN_APPLICATION_ID, createMemoryProject, schemaVersion } from '../../../../src/store/open-database.js';

const TABLES = [
  'documents', 'segments', 'speakers', 'annotations', 'annotation_links',
  'annotation_layers', 'comments', 'revisions', 'project_meta', 'glossary_entries', 'glossary_terms', 'qa_ignores',
];
/** The translation memory's tables (migration 005). */
const TM_TABLES = ['tm_memories', 'tm_units', 'tm_terms', 'segment_matches'];

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

describe('migrations on :memory:', () => {
  it('reach LATEST_SCHEMA_VERSION, the highest migration version', () => {
    expect(LATEST_SCHEMA_VERSION).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('have unique, positive versions', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.every((v) => Number.isInteger(v) && v > 0)).toBe(true);
  });

  it('mark the database as a Mizan project with foreign keys on', () => {
    expect(db.pragma('application_id', { simple: true })).toBe(MIZAN_APPLICATION_ID);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it.each(TABLES)('create %s as a STRICT table', (name) => {
    const row = db.prepare<[string], { name: string; strict: number }>(
      "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name = ?").get(name);
    expect(row).toEqual({ name, strict: 1 });
  });

  it('create no table outside the list (so this test is updated with the schema)', () => {
    // The search index (migration 002) and the TM's term indexes (005) are virtual tables with FTS5's own shadow tables.
    const names = db.prepare<[], { name: string }>(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'segment_search%'
         AND name NOT LIKE 'tm_unit_index%' AND name NOT LIKE 'tm_segment_index%' ORDER BY name`).all().map((r) => r.name);
    expect(names).toEqual([...TABLES, ...TM_TABLES].sort());
  });

  it('make STRICT reject a value of the wrong type', () => {
    expect(() => db.prepare(
      "INSERT INTO documents (title, source_lang, target_lang, created_at, updated_at) VALUES ('t', 'ar', 'en', 'yesterday', 0)").run())
      .toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('leave the foreign keys consistent', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
