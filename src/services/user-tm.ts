// The user TM as the app holds it: opened on first use from the user folder, closed with the app. A file
// that cannot be used is moved aside by the store and a fresh one started; the message is kept for the
// page to show once. Projects switch sending their confirmed segments to it (project_meta `tm.userTm`).
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { getMeta, setMeta } from '../store/meta.js';
import { USER_TM_FILE_NAME, openUserTmFile, rememberInUserTm } from '../store/user-tm-file.js';
import { writeTransaction } from '../store/write-transaction.js';

export class UserTm {
  private db: Database | null = null;
  private failed = false;
  private warning: string | null = null;

  constructor(private readonly path: string, private readonly now: () => number, private readonly nativeBinding?: string) {}

  static inFolder(dir: string, now: () => number, nativeBinding?: string): UserTm {
    return new UserTm(join(dir, USER_TM_FILE_NAME), now, nativeBinding);
  }

  get filePath(): string {
    return this.path;
  }

  /** The open user TM, or null when it could not be opened at all (then matches just leave it out). */
  get(): Database | null {
    if (this.db || this.failed) return this.db;
    try {
      const opened = openUserTmFile(this.path, this.now, this.nativeBinding);
      this.db = opened.db;
      this.warning = opened.warning;
    } catch (error) {
      this.failed = true;
      this.warning = `The user translation memory ${this.path} cannot be opened (${error instanceof Error ? error.message : String(error)}); projects open without it.`;
    }
    return this.db;
  }

  /** A message about the user TM not yet shown, once. */
  takeWarning(): string | null {
    const w = this.warning;
    this.warning = null;
    return w;
  }

  /** Adds a confirmed pair; never fails the confirmation that asked (a problem becomes the warning). */
  remember(source: string, target: string, author: string): void {
    const db = this.get();
    if (!db || source.trim() === '' || target.trim() === '') return;
    try {
      rememberInUserTm(db, source, target, author, this.now());
    } catch (error) {
      this.warning = `A confirmed segment could not be added to the user translation memory (${error instanceof Error ? error.message : String(error)}).`;
    }
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }
}

/** The project's translation-memory switches, kept in project_meta. */
export interface TmSettings {
  /** Confirmed segments go to the user TM (on unless switched off). */
  userTm: boolean;
  /** Confirming fills identical empty sources of the document (on unless switched off). */
  repetitions: boolean;
}

export function tmSettings(db: Database): TmSettings {
  return { userTm: getMeta(db, 'tm.userTm') !== 'off', repetitions: getMeta(db, 'tm.repetitions') !== 'off' };
}

export function setTmSettings(db: Database, patch: Partial<TmSettings>): TmSettings {
  writeTransaction(db, () => {
    if (patch.userTm !== undefined) setMeta(db, 'tm.userTm', patch.userTm ? 'on' : 'off');
    if (patch.repetitions !== undefined) setMeta(db, 'tm.repetitions', patch.repetitions ? 'on' : 'off');
  });
  return tmSettings(db);
}
