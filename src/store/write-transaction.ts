// Every write to a project goes through one IMMEDIATE transaction. A DEFERRED transaction takes
// the write lock only at its first write, and SQLite then fails at once with SQLITE_BUSY instead of
// waiting (the busy timeout cannot help a reader that wants to become a writer). BEGIN IMMEDIATE
// takes the lock first, so a second writer (another window, a `mizan` command) waits its turn.
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';

/** What a writer sees when another one held the project for longer than the busy timeout. */
export const PROJECT_BUSY_MESSAGE =
  'another Mizan window or `mizan` command is writing this project right now; nothing was changed — try again in a moment';

/** Whether an error is SQLite saying the database stayed locked (after the busy timeout ran out). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED');
}

/** Whether an error is writeTransaction's "another writer holds the project": nothing was written, trying again may work. */
export function isProjectBusy(error: unknown): boolean {
  return error instanceof MizanError && error.code === 'io' && isBusyError(error.cause);
}

/**
 * Runs `fn` in one IMMEDIATE transaction: all of it is written or none. Nested calls become
 * savepoints of the outer transaction. A lock that does not come free within the busy timeout
 * becomes a MizanError that says so.
 */
export function writeTransaction<T>(db: Database, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    if (isBusyError(error)) throw new MizanError('io', PROJECT_BUSY_MESSAGE, { cause: error });
    throw error;
  }
}
