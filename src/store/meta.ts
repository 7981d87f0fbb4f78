import type { Database } from 'better-sqlite3';
import { prepare } from './statements.js';

export function getMeta(db: Database, key: string): string | undefined {
  return prepare<[string], { value: string }>(db, 'SELECT value FROM project_meta WHERE key = ?').get(key)?.value;
}

export function setMeta(db: Database, key: string, value: string): void {
  prepare(db, 'INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function deleteMeta(db: Database, key: string): void {
  prepare(db, 'DELETE FROM project_meta WHERE key = ?').run(key);
}
