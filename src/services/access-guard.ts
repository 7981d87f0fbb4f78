import type { Handlers } from '../api/contract.js';
import { MizanError } from '../core/errors.js';
import type { ProjectSession } from './project-session.js';

/** better-sqlite3's SqliteError codes for a write on a read-only connection (SQLITE_READONLY and its extended codes). */
function isReadOnlyWrite(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/**
 * Wraps every handler so that (1) a take-over by another session is noticed before the call runs
 * (the session turns read-only), and (2) a write on a read-only project fails with code 'read-only'
 * and the reason, instead of SQLite's "attempt to write a readonly database". A read-only project
 * has a read-only connection, so no write channel can slip through: SQLite itself refuses.
 */
export function guardAccess(session: ProjectSession, handlers: Handlers): Handlers {
  const guarded: Record<string, (input: never) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    guarded[channel] = (input) => {
      session.checkLock();
      const fail = (error: unknown): never => {
        const reason = session.readOnly;
        if (reason !== null && isReadOnlyWrite(error)) {
          throw new MizanError('read-only', `${reason}. Nothing was changed; reopen the project for editing to make changes.`, { cause: error });
        }
        throw error;
      };
      try {
        const result = handler(input);
        return result instanceof Promise ? result.catch(fail) : result;
      } catch (error) {
        return fail(error);
      }
    };
  }
  return guarded as unknown as Handlers;
}
