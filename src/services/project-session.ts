import type { Database } from 'better-sqlite3';
import { basename } from 'node:path';
import { MizanError } from '../core/errors.js';
import type { ProjectInfo } from '../core/model.js';
import { listDocuments } from '../store/documents.js';
import { foldWriteAheadLog } from '../store/checkpoint.js';
import { getMeta, setMeta } from '../store/meta.js';
import { createProjectFile, openProjectFile, openReadSnapshot, removeProjectFile, schemaVersion, type OpenOptions, type ReadSnapshot } from '../store/open-database.js';
import { writeTransaction } from '../store/write-transaction.js';
import type { JobTarget } from './jobs/job-runner.js';
import { HEARTBEAT_MS, HeldLock, describeHolder, liveHolder, readLock, type LockEnvironment } from './project-lock.js';

/**
 * How to open a project another app session may be editing: 'edit' fails with code 'locked' when
 * someone holds it; 'readOnly' never writes; 'takeOver' makes the other session read-only.
 */
export type ProjectAccess = 'edit' | 'readOnly' | 'takeOver';

export interface SessionOptions extends OpenOptions {
  /**
   * Set in the app: projects opened for editing take a lock file (see project-lock.ts), refreshed
   * every HEARTBEAT_MS. The CLI leaves it unset: its writes are short and SQLite orders them.
   */
  lock?: LockEnvironment;
  /** Called when the session became read-only on its own (another session took over). */
  onAccessLost?: (reason: string) => void;
}

/** The one open project of a window (or of a CLI run). */
export class ProjectSession {
  private db: Database | null = null;
  private path: string | null = null;
  private backupPath: string | null = null;
  private lock: HeldLock | null = null;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  /** Why the project is read-only, or null when it can be edited. */
  private readOnlyReason: string | null = null;

  constructor(private readonly options: SessionOptions = {}) {}

  create(path: string, title: string, fill?: (db: Database) => void): ProjectInfo {
    const lock = this.takeLock(path, false);
    let db: Database;
    try {
      db = createProjectFile(path, this.options);
    } catch (error) {
      lock?.release();
      throw error;
    }
    try {
      writeTransaction(db, () => {
        setMeta(db, 'title', title);
        fill?.(db);
      });
    } catch (error) {
      db.close();
      removeProjectFile(path);
      lock?.release();
      throw error;
    }
    this.replace(db, path, lock, null);
    return this.info();
  }

  open(path: string, access: ProjectAccess = 'edit'): ProjectInfo {
    // Reopening the project this session has open: let go of it (and its lock) first. Any other
    // project stays open until the new one has opened, so a refusal leaves the user where they were.
    if (this.path === path) this.close();
    // A live session's write-ahead log is not a crash's: no full check for it (open-database.ts).
    const openElsewhere = liveHolder(path, this.options.lock) !== null;
    if (access === 'readOnly') {
      const holder = readLock(path);
      const { db } = openProjectFile(path, { ...this.options, readOnly: true, openElsewhere });
      this.replace(db, path, null, holder ? `Opened read-only: ${describeHolder(holder)} has it open for editing` : 'Opened read-only');
      return this.info();
    }
    const lock = this.takeLock(path, access === 'takeOver');
    try {
      const { db, backupPath } = openProjectFile(path, { ...this.options, openElsewhere });
      this.replace(db, path, lock, null);
      this.backupPath = backupPath;
    } catch (error) {
      lock?.release();
      throw error;
    }
    return this.info();
  }

  close(): void {
    this.stopHeartbeat();
    if (this.db) {
      // A read-only session leaves folding the WAL to the session that writes.
      if (!this.db.readonly) foldWriteAheadLog(this.db);
      this.db.close();
    }
    this.lock?.release();
    this.lock = null;
    this.db = null;
    this.path = null;
    this.backupPath = null;
    this.readOnlyReason = null;
  }

  /** Where imports and exports run against this project (job-runner.ts); previews work with no project. */
  jobTarget(): JobTarget {
    const db = this.db;
    return { db, path: db && !db.memory ? this.path : null, readOnly: this.readOnlyReason !== null };
  }

  /** Why the open project cannot be edited, or null when it can. */
  get readOnly(): string | null {
    return this.readOnlyReason;
  }

  /**
   * Whether this session still holds its lock; called before each call and by the heartbeat.
   * When another session took over, the project is reopened read-only and `onAccessLost` told.
   */
  checkLock(): void {
    if (!this.lock || !this.path || this.lock.stillHeld()) return;
    this.demote();
  }

  private heartbeat(): void {
    if (!this.lock || !this.path) return;
    if (!this.lock.refresh()) this.demote();
  }

  private demote(): void {
    const path = this.path;
    if (!path) return;
    const taker = readLock(path);
    const reason = taker
      ? `${describeHolder(taker)} took over editing of this project; this window is now read-only`
      : 'this window lost its lock on the project (the lock file was removed); it is now read-only';
    this.stopHeartbeat();
    this.lock = null;
    // No checkpoint: the new holder is writing. Everything saved so far is already in the file.
    this.db?.close();
    this.db = null;
    this.readOnlyReason = reason;
    try {
      this.db = openProjectFile(path, { ...this.options, readOnly: true, openElsewhere: true }).db;
    } catch {
      // The file cannot be read any more: the session has no project, so calls say "no project is open".
      this.path = null;
    }
    this.options.onAccessLost?.(reason);
  }

  private takeLock(path: string, takeOver: boolean): HeldLock | null {
    return this.options.lock ? HeldLock.acquire(path, this.options.lock, takeOver) : null;
  }

  private stopHeartbeat(): void {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }

  get isOpen(): boolean {
    return this.db !== null;
  }

  require(): Database {
    if (!this.db) throw new MizanError('no-project', 'no project is open; open or create one first');
    return this.db;
  }

  /**
   * The project frozen as it is now, for long reads (exports) that must not see edits made while
   * they run. An in-memory project (tests) has no second connection: its own is returned.
   */
  snapshot(): ReadSnapshot {
    const db = this.require();
    if (db.memory || !this.path) return { db, close: () => undefined };
    return openReadSnapshot(this.path, this.options);
  }

  info(): ProjectInfo {
    const db = this.require();
    const path = this.path ?? '';
    return {
      path,
      title: getMeta(db, 'title') ?? basename(path).replace(/\.mizan$/i, ''),
      schemaVersion: schemaVersion(db),
      backupPath: this.backupPath,
      readOnly: this.readOnlyReason,
      documents: listDocuments(db),
    };
  }

  private replace(db: Database, path: string, lock: HeldLock | null, readOnlyReason: string | null): void {
    this.close();
    this.db = db;
    this.path = path;
    this.lock = lock;
    this.readOnlyReason = readOnlyReason;
    if (lock) {
      this.heartbeatTimer = setInterval(() => this.heartbeat(), HEARTBEAT_MS);
      // The heartbeat alone must not keep a process (a test, the CLI) alive.
      this.heartbeatTimer.unref();
    }
  }
}
