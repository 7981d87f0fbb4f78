// Where an export may be written. The file is replaced by a rename, so a destination that is the
// open project (or its WAL, shared memory, journal or backups) would destroy it: such names are
// refused before anything is written, compared as real paths (symlinks, "./", "..", and case, since
// macOS and Windows folders ignore it) and, when the file exists, as the same file on disk.
import { closeSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { MizanError } from '../core/errors.js';
import { TEMP_MARK } from '../store/atomic-write.js';
import { fileError } from '../core/file-errors.js';

const PROJECT_COMPANIONS = ['', '-wal', '-shm', '-journal'];
const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Checks `outPath` for an export of the project at `projectPath` (null: an in-memory project) and
 * returns the absolute path to write. Throws a MizanError naming the reason and what to do.
 */
export function checkExportDestination(outPath: string, projectPath: string | null): string {
  const target = resolve(outPath);
  const folder = dirname(target);
  let realFolder: string;
  try {
    realFolder = realpathSync(folder);
    if (!statSync(realFolder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new MizanError('not-found', `the folder ${folder} does not exist; create it or choose another`);
    throw fileError(error, folder, 'write');
  }
  const name = basename(target);
  if (name === '' || name === '.' || name === '..') throw new MizanError('bad-input', `${outPath} is a folder; give a file name to export to`);
  if (name.includes(TEMP_MARK)) throw new MizanError('bad-input', `${name} looks like a temporary file of Mizan's; choose another name`);

  const existing = statOrNull(target);
  if (existing?.isDirectory()) throw new MizanError('bad-input', `${target} is a folder; give a file name to export to, such as ${join(target, 'export.tmx')}`);
  if (existing && !existing.isFile()) throw new MizanError('bad-input', `${target} is not a regular file (a device, pipe or socket); export to a file`);

  if (projectPath !== null) {
    // The project as named and as it really is (opened through a link, SQLite's -wal sits by the real file).
    const projects = [...new Set([resolve(projectPath), realOrSelf(resolve(projectPath))])];
    for (const project of projects) {
      const sameFolder = foldCase(realOrSelf(dirname(project))) === foldCase(realFolder);
      const projectName = foldCase(basename(project));
      const companion = PROJECT_COMPANIONS.find((suffix) => `${projectName}${suffix}` === foldCase(name));
      const isBackup = foldCase(name).startsWith(projectName) && foldCase(name).endsWith('.bak');
      if (sameFolder && (companion !== undefined || isBackup)) throw refuseProjectFile(target, companion === undefined ? 'backup' : companion);
      // The same file under another name (hard link, symlink, another case, a mounted alias).
      if (existing) {
        for (const suffix of PROJECT_COMPANIONS) {
          const other = statOrNull(`${project}${suffix}`);
          if (other && other.dev === existing.dev && other.ino === existing.ino) throw refuseProjectFile(target, suffix);
        }
      }
    }
  }
  if (existing && looksLikeSqlite(target)) {
    throw new MizanError('bad-input', `${target} is a database (perhaps a Mizan project), not an export; choose another name so it is not overwritten`);
  }
  return target;
}

function refuseProjectFile(target: string, which: string): MizanError {
  const what = which === '' ? 'the open project itself' : which === 'backup' ? "a backup of the open project" : `the open project's ${which} file (part of the project)`;
  return new MizanError('bad-input', `${target} is ${what}; exporting there would destroy it. Choose another file name`);
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Case-insensitive and Unicode-normalised: refusing a harmless look-alike is better than losing a project. */
function foldCase(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

function looksLikeSqlite(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const header = Buffer.alloc(16);
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === SQLITE_MAGIC;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
