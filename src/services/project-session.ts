import type { Database } from 'better-sqlite3';
import { basename } from 'node:path';
import { MizanError } from '../core/errors.js';
import type { ProjectInfo } from '../core/model.js';
import { listDocuments } from '../store/documents.js';
import { foldWriteAheadLog } from '../store/checkpoint.js';
import { getMeta, setMeta } from '../store/meta.js';
import { createProjectFile, openProjectFile, openReadSnapshot, removeProjectFile, schemaVersion, type OpenOptions, type ReadSnapshot } from '../store/open-database.js';
import { writeTransaction } from '../store/write-transaction.js';

/** The one open project of a window (or of a CLI run). */
export class ProjectSession {
  private db: Database | null = null;
  private path: string | null = null;
  private backupPath: string | null = null;

  constructor(private readonly options: OpenOptions = {}) {}

  create(path: string, title: string, fill?: (db: Database) => void): ProjectInfo {
    const db = createProjectFile(path, this.options);
    try {
      writeTransaction(db, () => {
        setMeta(db, 'title', title);
        fill?.(db);
      });
    } catch (error) {
      db.close();
      removeProjectFile(path);
      throw error;
    }
    this.replace(db, path);
    return this.info();
  }

  open(path: string): ProjectInfo {
    const { db, backupPath } = openProjectFile(path, this.options);
    this.replace(db, path);
    this.backupPath = backupPath;
    return this.info();
  }

  close(): void {
    if (this.db) {
      foldWriteAheadLog(this.db);
      this.db.close();
    }
    this.db = null;
    this.path = null;
    this.backupPath = null;
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
      documents: listDocuments(db),
    };
  }

  private replace(db: Database, path: string): void {
    this.close();
    this.db = db;
    this.path = path;
  }
}
