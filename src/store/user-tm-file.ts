// The user TM: one SQLite file in the app's user folder that confirmed segments of every project go to,
// with the memory tables of a project (migrations/005: TM_MEMORY_TABLES) and nothing else. Opened like a
// project (application_id, schema compared with what this version builds, WAL, busy timeout so a second
// Mizan waits rather than fails); a file that is not one, or is damaged or altered, is moved aside and a
// fresh one started, with a message: a bad user TM must never stop a project from opening.
import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { createTmMemoryTables } from './migrations/005-translation-memory.js';
import { toTmMemoryId, type TmMemoryId } from '../core/ids.js';
import { indexTerms } from '../core/tm/tm-tokens.js';
import { insertUnits, termUnits } from './tm.js';
import { prepare } from './statements.js';
import { writeTransaction } from './write-transaction.js';

/** 'MZT1' — marks a SQLite file as a Mizan user TM. */
export const USER_TM_APPLICATION_ID = 0x4d5a5431;
export const USER_TM_VERSION = 1;
export const USER_TM_FILE_NAME = 'user-tm.mizan-tm';
const USER_MEMORY_NAME = 'user TM';

export interface OpenedUserTm {
  db: Db;
  /** Set when the file found was unusable and was moved aside (says where). */
  warning: string | null;
}

function schemaOf(db: Db): string[] {
  return (db.prepare("SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { type: string; name: string; sql: string }[])
    .map((r) => `${r.type} ${r.name} ${r.sql.replace(/\s+/g, ' ')}`);
}

let reference: string[] | null = null;
function referenceSchema(nativeBinding?: string): string[] {
  if (!reference) {
    const mem = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    createTmMemoryTables(mem);
    reference = schemaOf(mem);
    mem.close();
  }
  return reference;
}

function connect(path: string, nativeBinding?: string): Db {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
  return db;
}

function initialise(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if ((db.pragma('application_id', { simple: true }) as number) === 0 && schemaOf(db).length === 0) {
    db.transaction(() => {
      createTmMemoryTables(db);
      db.pragma(`application_id = ${USER_TM_APPLICATION_ID}`);
      db.pragma(`user_version = ${USER_TM_VERSION}`);
    }).immediate();
  }
}

/** Why an existing file cannot be used as the user TM, or null when it can. */
function problemWith(db: Db, nativeBinding?: string): string | null {
  if ((db.pragma('application_id', { simple: true }) as number) !== USER_TM_APPLICATION_ID) return 'it is not a Mizan user TM';
  if ((db.pragma('user_version', { simple: true }) as number) !== USER_TM_VERSION) return 'it was written by another version of Mizan';
  const want = referenceSchema(nativeBinding);
  const have = schemaOf(db);
  if (want.length !== have.length || want.some((s, k) => s !== have[k])) return 'its tables are not the ones Mizan builds';
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') return 'it is damaged';
  return null;
}

/** Opens (or starts) the user TM at `path`; see the top of this file. */
export function openUserTmFile(path: string, now: () => number, nativeBinding?: string): OpenedUserTm {
  let warning: string | null = null;
  try {
    const db = connect(path, nativeBinding);
    try {
      initialise(db);
      const problem = problemWith(db, nativeBinding);
      if (problem === null) return { db, warning };
      db.close();
      warning = problem;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    warning ??= `it cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
  const aside = `${path}.unusable-${now()}`;
  if (existsSync(path)) renameSync(path, aside);
  for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const db = connect(path, nativeBinding);
  initialise(db);
  return { db, warning: `The user translation memory ${path} could not be used (${warning}); it was moved to ${aside} and a new, empty one started.` };
}

function userMemoryId(db: Db, now: number): TmMemoryId {
  const row = prepare<[string], { id: number }>(db, 'SELECT id FROM tm_memories WHERE name = ? ORDER BY id LIMIT 1').get(USER_MEMORY_NAME);
  if (row) return toTmMemoryId(row.id);
  const info = prepare(db, `INSERT INTO tm_memories (name, file_name, source_lang, target_lang, imported_at, unit_count)
    VALUES (?, '', 'ar', 'en', ?, 0)`).run(USER_MEMORY_NAME, now);
  return toTmMemoryId(info.lastInsertRowid);
}

/**
 * Remembers a confirmed pair: a source the user TM already has gets the newer English (the latest
 * confirmation wins, as the user's current choice), a new one is added.
 */
export function rememberInUserTm(db: Db, source: string, target: string, author: string, at: number): 'added' | 'updated' | 'unchanged' {
  return writeTransaction(db, () => {
    const memoryId = userMemoryId(db, at);
    const terms = indexTerms(source);
    const rarest = terms.length === 0 ? null : terms.reduce((best, t) => (termUnits(db, t) < termUnits(db, best) ? t : best));
    const existing = rarest === null ? undefined : prepare<[string, string, number], { id: number; target: string }>(db, `
      SELECT u.id, u.target FROM tm_unit_index i JOIN tm_units u ON u.id = i.rowid
      WHERE tm_unit_index MATCH ? AND u.source = ? AND u.memory_id = ? LIMIT 1`).get(`"${rarest.replaceAll('"', '""')}"`, source, memoryId);
    if (existing && existing.target === target) return 'unchanged';
    if (existing) {
      prepare(db, 'UPDATE tm_units SET target = ?, changed_at = ?, author = ? WHERE id = ?').run(target, at, author, existing.id);
      return 'updated';
    }
    insertUnits(db, memoryId, [{ source, target, changedAt: at, author, note: null }]);
    return 'added';
  });
}

