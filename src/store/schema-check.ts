import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { Migration } from './migrations/migration.js';
import { MIGRATIONS } from './migrations/index.js';

/** One row of `sqlite_schema`, its SQL normalised so formatting differences do not count. */
export interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  sql: string;
}

/**
 * A project received from someone else is untrusted: it can carry a trigger that runs on every
 * insert, a view, or a table that was dropped or altered. Mizan's own migrations create no triggers
 * or views, so the only acceptable schema is exactly what the migrations create at the file's
 * version. SQLite's internal objects (`sqlite_*`: autoindexes, sqlite_sequence, sqlite_stat1 from
 * ANALYZE) follow from the tables and cannot run code, so they are not compared.
 */
export function readSchema(db: Db): Map<string, SchemaObject> {
  const rows = db
    .prepare("SELECT type, name, tbl_name AS tblName, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .all() as { type: string; name: string; tblName: string; sql: string | null }[];
  return new Map(rows.map((r) => [r.name.toLowerCase(), { type: r.type, name: r.name, tblName: r.tblName, sql: normaliseSql(r.sql ?? '') }]));
}

/** Only whitespace is ignored (SQLite keeps statements as written); any other change counts. */
export function normaliseSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').replace(/\s*([(),;])\s*/g, '$1').trim();
}

const referenceCache = new Map<number, Map<string, SchemaObject>>();

/** What the migrations create up to `version`, built once per version on an in-memory database. */
export function referenceSchema(version: number, migrations: readonly Migration[] = MIGRATIONS): Map<string, SchemaObject> {
  const cached = migrations === MIGRATIONS ? referenceCache.get(version) : undefined;
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (migration.version > version) break;
      migration.up(db);
    }
    const schema = readSchema(db);
    if (migrations === MIGRATIONS) referenceCache.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

/** Differences between a file's schema and the reference, each naming the object; empty when they match. */
export function schemaDifferences(actual: Map<string, SchemaObject>, expected: Map<string, SchemaObject>): string[] {
  const problems: string[] = [];
  // Shadow tables of a virtual table (FTS5's segment_search_data…) are created by SQLite itself, and
  // their SQL may differ between SQLite versions; defensive mode makes them read-only to SQL anyway.
  const virtualTables = [...expected.values()].filter((o) => o.type === 'table' && /^create virtual table/i.test(o.sql)).map((o) => `${o.name.toLowerCase()}_`);
  const isShadow = (key: string) => virtualTables.some((prefix) => key.startsWith(prefix));
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (!got) problems.push(`the ${want.type} "${want.name}" is missing`);
    else if (got.type !== want.type) problems.push(`"${want.name}" is a ${got.type}, expected a ${want.type}`);
    else if (got.sql !== want.sql && !isShadow(key)) problems.push(`the ${want.type} "${want.name}" was altered`);
  }
  for (const [key, got] of actual) {
    if (expected.has(key)) continue;
    problems.push(`it contains an unexpected ${got.type} "${got.name}"${got.type === 'trigger' ? ` on ${got.tblName}` : ''}`);
  }
  return problems;
}

/**
 * Refuses a project whose schema is not exactly what this version of Mizan creates at its
 * `user_version`, before anything is written to it (so a planted trigger never fires).
 */
export function verifySchema(db: Db, path: string, version: number): void {
  const problems = schemaDifferences(readSchema(db), referenceSchema(version));
  if (problems.length === 0) return;
  const shown = problems.slice(0, 3).join('; ') + (problems.length > 3 ? `; and ${problems.length - 3} more` : '');
  throw new MizanError(
    'untrusted-project',
    `${path} was not opened: its structure is not what Mizan creates (${shown}). It may have been edited by another program; ask the sender for a clean copy or open an earlier backup. The file was not changed.`,
  );
}
