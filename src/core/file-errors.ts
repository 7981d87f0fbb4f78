// Turns what the operating system or SQLite says about a file into a sentence a user can act on:
// what happened to which file, and what to do. Never "unexpected error" for an ordinary condition.
// Pure string work on the error's `code` (no Node import), so store, services and the CLI share it.
import { MizanError, type ErrorCode } from './errors.js';

export type FileAction = 'read' | 'write' | 'open';

const VERB: Record<FileAction, string> = { read: 'read', write: 'written', open: 'opened' };

/** The errno code of a Node error (ENOENT…) or SQLite's code (SQLITE_BUSY…), if it has one. */
export function errorCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** The message for an errno code, or null when the code is not one we know how to explain. */
function explain(code: string, path: string, action: FileAction): [ErrorCode, string] | null {
  switch (code) {
    case 'ENOENT':
      return action === 'write'
        ? ['not-found', `${path} cannot be written: its folder does not exist; create the folder or choose another place`]
        : ['not-found', `${path} does not exist; check the path`];
    case 'EISDIR':
      return ['bad-input', `${path} is a folder; choose a file`];
    case 'ENOTDIR':
      return ['not-found', `${path}: a part of the path is not a folder; check the path`];
    case 'EACCES':
    case 'EPERM':
      return ['io', `${path} cannot be ${VERB[action]}: permission denied; choose another ${action === 'write' ? 'place' : 'file'} or ask for access to it`];
    case 'EROFS':
      return ['io', `${path} cannot be ${VERB[action]}: the disk is read-only; ${action === 'write' ? 'save to another folder' : 'copy the file to a writable folder first'}`];
    case 'ENOSPC':
    case 'EDQUOT':
      return ['io', `${path} cannot be ${VERB[action]}: the disk is full; free some space and try again (nothing was changed)`];
    case 'EBUSY':
    case 'ETXTBSY':
      return ['io', `${path} is locked by another program; close it there and try again`];
    case 'ELOOP':
      return ['bad-input', `${path} is a loop of symbolic links; choose the real file`];
    case 'ENAMETOOLONG':
      return ['bad-input', `${path} is too long a name for this system; choose a shorter name or folder`];
    case 'EMFILE':
    case 'ENFILE':
      return ['io', `${path} cannot be ${VERB[action]}: too many files are open; close some programs and try again`];
    case 'EIO':
      return ['io', `${path} cannot be ${VERB[action]}: the disk reported an input/output error; check the disk or copy the file elsewhere`];
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return ['io', `${path} is locked by another program writing to it; wait for it to finish or close it, then try again`];
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DBMOVED':
    case 'SQLITE_READONLY_DIRECTORY':
      return ['io', `${path} is read-only (file permissions or a read-only disk); copy it to a writable folder and open the copy`];
    case 'SQLITE_FULL':
      return ['io', `${path} cannot be written: the disk is full; free some space and try again`];
    case 'SQLITE_CANTOPEN':
      return ['io', `${path} cannot be opened: check that it and its folder exist and that you may write to the folder`];
    case 'SQLITE_IOERR':
      return ['io', `${path}: the disk reported an input/output error; check the disk or copy the project elsewhere`];
    default:
      return null;
  }
}

/** The user message for an error with a known errno/SQLite code about `path`, or null. */
export function knownFileError(error: unknown, path: string, action: FileAction): MizanError | null {
  if (error instanceof MizanError) return error;
  const code = errorCodeOf(error);
  const known = code ? explain(code.startsWith('SQLITE_IOERR') ? 'SQLITE_IOERR' : code, path, action) : null;
  return known ? new MizanError(known[0], known[1], { cause: error }) : null;
}

/** A MizanError saying what happened to `path` and what to do; any other error keeps its own text. */
export function fileError(error: unknown, path: string, action: FileAction): MizanError {
  const known = knownFileError(error, path, action);
  if (known) return known;
  const code = errorCodeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new MizanError('io', `${path} could not be ${VERB[action]} (${code ?? detail}${code ? `: ${detail}` : ''})`, { cause: error });
}

/**
 * For errors that escaped without a path (a handler, a CLI command): a known errno or SQLite code
 * becomes a user message, naming the file when Node gave one. Null when the error is a real bug.
 */
export function userErrorFrom(error: unknown): MizanError | null {
  const path = typeof (error as { path?: unknown } | null)?.path === 'string' ? (error as { path: string }).path : 'the file';
  return knownFileError(error, path, 'open');
}
