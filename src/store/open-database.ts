import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { commitTemporary, removeWithCompanions, sweepStaleTemporaries, tempPathFor } from './atomic-write.js';
import { MizanError } from '../core/errors.js';
import { knownFileError } from '../core/file-errors.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';
import { writeTransaction } from './write-transaction.js';
import { verifySchema } from './schema-check.js';

/** 'MZN1' — marks a SQLite file as a Mizan project (`PRAGMA application_id`). */
export const MIZAN_APPLICATION_ID = 0x4d5a4e31;

export interface OpenOptions {
  /** Path to a better-sqlite3 addon built for another runtime (Electron). */
  nativeBinding?: string;
  /** Clock for backup file names; tests pass a fixed one. */
  now?: () => number;
  /** Open without writing anything (another session is editing it): a read-only connection, no upgrade. */
  readOnly?: boolean;
  /**
   * Another live session (the app, holding the project's lock) has the project open, so a write-ahead
   * log beside it is that session's, not a sign of a crash: see `endedUncleanly`.
   */
  openElsewhere?: boolean;
  /** Read every page (`PRAGMA quick_check`) whatever the marker says; `mizan check` runs the full check itself. */
  fullCheck?: boolean;
}

export interface OpenedProject {
  db: Db;
  /** Set when an older file was migrated: where the untouched copy was written. */
  backupPath: string | null;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every migration newer than the file's `user_version`, each in its own transaction. */
export function migrate(db: Db, migrations = MIGRATIONS): number {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const current = schemaVersion(db);
  if (current > latest) {
    throw new MizanError(
      'newer-version',
      `this project was written by a newer Mizan (schema ${current}; this version reads up to ${latest}). Update Mizan to open it; the file was not changed.`,
    );
  }
  // All pending migrations in one transaction: an upgrade cut short leaves the file at the version it
  // had (and its backup a copy of that), never half-way between two versions.
  writeTransaction(db, () => {
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (migration.version <= current) continue;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  return schemaVersion(db);
}

/** Creates a new, empty project file. Refuses to overwrite an existing file. */
export function createProjectFile(path: string, options: OpenOptions = {}): Db {
  if (existsSync(path)) {
    throw new MizanError('file-exists', `${path} already exists; choose another name or open it instead`);
  }
  let db: Db;
  try {
    db = connect(path, options, false);
  } catch (error) {
    const code = existsSync(dirname(path)) ? 'io' : 'not-found';
    throw knownFileError(error, path, 'write') ?? new MizanError(code, `${path} cannot be created (${describe(error)})`, { cause: error });
  }
  try {
    applyPragmas(db);
    db.pragma(`application_id = ${MIZAN_APPLICATION_ID}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    removeProjectFile(path);
    throw error;
  }
}

/** Deletes a project we just created and could not finish, so a retry is not refused as file-exists. */
export function removeProjectFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** Opens an existing project, checking it is ours, intact and not from a newer version. */
export function openProjectFile(path: string, options: OpenOptions = {}): OpenedProject {
  assertLooksLikeSqlite(path);
  removeLeftovers(path);
  // Before connecting: our own connection creates a write-ahead log.
  const uncleanEnd = endedUncleanly(path);
  let db: Db;
  try {
    db = connect(path, options, true, options.readOnly ?? false);
  } catch (error) {
    // Locked, read-only, no permission: say so, rather than calling a sound project damaged.
    throw knownFileError(error, path, 'open') ?? new MizanError('corrupt-project', `${path} could not be opened as a project (${describe(error)})`, { cause: error });
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== MIZAN_APPLICATION_ID) {
      throw new MizanError('not-a-project', `${path} is an SQLite database but not a Mizan project; open a .mizan file`);
    }
    // Reading every page costs seconds on a book-sized project, so it runs only when the last session
    // may have ended without closing the file; the cheap checks below read a few pages and run always.
    if (options.fullCheck || (uncleanEnd && !options.openElsewhere)) {
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw damaged(path, check);
    }
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new MizanError(
        'newer-version',
        `${path} was written by a newer Mizan (schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Mizan to open it; the file was not changed.`,
      );
    }
    // Before anything is written (pragmas, backup, migrations): a planted trigger must never fire.
    verifySchema(db, path, version);
    cheapChecks(db, path);
    if (options.readOnly) {
      if (version < LATEST_SCHEMA_VERSION) {
        throw new MizanError('read-only', `${path} uses an older file format and must be upgraded before it can be read; open it for editing once (when nobody else has it open)`);
      }
      db.pragma('busy_timeout = 5000');
      return { db, backupPath: null };
    }
    applyPragmas(db);
    let backupPath: string | null = null;
    if (version < LATEST_SCHEMA_VERSION) {
      backupPath = `${path}.v${version}-${(options.now ?? Date.now)()}.bak`;
      writeBackup(db, backupPath);
      migrate(db);
      compactAfterUpgrade(db);
    }
    return { db, backupPath };
  } catch (error) {
    db.close();
    if (error instanceof MizanError) throw error;
    throw knownFileError(error, path, 'open') ?? new MizanError('corrupt-project', `${path} could not be read as a project (${describe(error)})`, { cause: error });
  }
}

function damaged(path: string, what: string): MizanError {
  return new MizanError('corrupt-project', `${path} is damaged (${what.replace(/\s+/g, ' ').trim()}); restore it from a backup or its .bak copy, or run: mizan check ${path}`);
}

/**
 * The unclean-shutdown marker is SQLite's own write-ahead log: the last connection to close a project
 * cleanly folds it into the file and deletes it (ProjectSession.close checkpoints first), so a
 * non-empty `-wal` found before we connect was left by a session that crashed, was killed, or still
 * runs (the caller says so with `openElsewhere`). Every opener pays nothing to set or clear it —
 * read-only sessions and worker jobs included — and a crash cannot forget to leave it.
 */
export function endedUncleanly(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * What every open checks without reading the whole file, besides the header, application_id and
 * schema (checked by the caller) and the length (SQLite refuses a file shorter than its header says):
 * the first page of every table can be read, so garbage written over the file is caught here.
 */
function cheapChecks(db: Db, path: string): void {
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").pluck().all() as string[];
    for (const table of tables) db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}" LIMIT 1`).all();
  } catch (error) {
    throw damaged(path, describe(error));
  }
}

/** Every problem a full integrity check finds (pages, indexes, the search index, foreign keys); empty when sound. */
export function integrityProblems(db: Db): string[] {
  try {
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const o of orphans.slice(0, 100)) problems.push(`row ${o.rowid} of ${o.table} points at a missing ${o.parent} row`);
    return problems;
  } catch (error) {
    // Damage bad enough that SQLite stops checking rather than listing it.
    return [describe(error)];
  }
}

/**
 * An upgrade that rebuilt something big (004 replaced a search index twice the size of the text) leaves
 * its old pages free inside the file: give them back once, now, rather than carry them forever. Best
 * effort — a full disk leaves a sound project that is only larger than it needs to be.
 */
function compactAfterUpgrade(db: Db): void {
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  if (free * 4 < pages) return;
  try {
    db.exec('VACUUM');
  } catch {
    // Not enough room for the copy VACUUM makes: keep the free pages.
  }
}

/**
 * The copy users are told to restore from is complete or absent: VACUUM INTO (a consistent copy even
 * with a live WAL, unlike copying the file) writes a temporary, which is flushed and renamed.
 */
function writeBackup(db: Db, backupPath: string): void {
  const temp = tempPathFor(backupPath);
  removeWithCompanions(temp);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    commitTemporary(temp, backupPath);
  } catch (error) {
    removeWithCompanions(temp);
    throw new MizanError('io', `could not write the backup ${backupPath} before upgrading (${describe(error)}); the project was not changed. Free some space or make the folder writable, then open it again`, { cause: error });
  }
}

/**
 * What an interrupted run left beside this project: temporaries of a killed process (backup copies,
 * exports next to it) and empty backups an older version could leave behind. Never the project.
 */
function removeLeftovers(path: string): void {
  const folder = dirname(path);
  const name = basename(path);
  // The whole folder: exports are often written beside the project, and the names are ours alone.
  sweepStaleTemporaries(folder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const present = new Set(names);
  for (const other of names) {
    if (!other.startsWith(`${name}.v`) || !other.endsWith('.bak')) continue;
    const full = join(folder, other);
    try {
      // A journal beside a backup means its writing was cut short: the copy is not whole.
      if (present.has(`${other}-journal`) || statSync(full).size === 0) removeWithCompanions(full);
    } catch {
      // Not ours to remove, or gone: leave it.
    }
  }
}

/** A read-only view of a project frozen at one moment; `close` releases it. */
export interface ReadSnapshot {
  db: Db;
  close(): void;
}

/**
 * A second, read-only connection holding one read transaction: in WAL mode it sees the project as it
 * was when opened while the main connection keeps writing — a long export stays consistent even if
 * the user edits meanwhile.
 */
export function openReadSnapshot(path: string, options: OpenOptions = {}): ReadSnapshot {
  const db = new Database(path, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    distrustSchema(db);
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN');
    // The snapshot starts at the first read, not at BEGIN.
    db.prepare('SELECT count(*) FROM documents').get();
  } catch (error) {
    db.close();
    throw new MizanError('io', `could not read ${path} for export (${describe(error)})`, { cause: error });
  }
  return {
    db,
    close: () => {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    },
  };
}

/**
 * A second connection to a project a session has already opened and verified, for a worker thread
 * that imports into it: same pragmas, its own transactions (SQLite orders them with the session's).
 */
export function openJobConnection(path: string, options: OpenOptions = {}): Db {
  const db = connect(path, options, true, options.readOnly ?? false);
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readOnly) {
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
    }
    return db;
  } catch (error) {
    db.close();
    throw new MizanError('io', `could not open ${path} for an import (${describe(error)})`, { cause: error });
  }
}

/** An in-memory project, for tests and previews. */
export function createMemoryProject(options: OpenOptions = {}): Db {
  const db = connect(':memory:', options, false);
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${MIZAN_APPLICATION_ID}`);
  migrate(db);
  return db;
}

function connect(path: string, options: OpenOptions, mustExist: boolean, readonly = false): Db {
  const db = new Database(path, {
    fileMustExist: mustExist,
    readonly,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  distrustSchema(db);
  return db;
}

/**
 * A project file may come from someone else. better-sqlite3 turns SQLite's defensive mode on for
 * every connection (SQLITE_DBCONFIG_DEFENSIVE: no writable_schema, shadow tables read-only) unless
 * unsafe mode is enabled, so we pin unsafe mode off; `trusted_schema=OFF` stops functions with side
 * effects from running inside views, triggers, defaults or virtual tables the file defines.
 */
function distrustSchema(db: Db): void {
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
}

function assertLooksLikeSqlite(path: string): void {
  if (!existsSync(path)) throw new MizanError('not-found', `${path} does not exist`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new MizanError('bad-input', `${path} is a folder, not a project file`);
  if (stat.size === 0) throw new MizanError('not-a-project', `${path} is empty, not a Mizan project`);
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    if (header.toString('latin1') !== SQLITE_MAGIC) {
      throw new MizanError('not-a-project', `${path} is not a Mizan project (not an SQLite file)`);
    }
  } finally {
    closeSync(fd);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
