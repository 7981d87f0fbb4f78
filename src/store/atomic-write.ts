// Every file Mizan writes outside the project database (exports, the HTML export's fonts, upgrade
// backups) goes through here: written under a temporary name beside the target, flushed to disk,
// then renamed over it, and the folder flushed too — so a crash, a kill or a full disk leaves either
// the old file or the whole new one, never half of one. It lives in store/ because the upgrade
// backup (store) and the exports (services) share it; it holds no SQL.
import { closeSync, copyFileSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What marks a temporary: `<target>.mizan-tmp-<pid>`; a later start removes it when that process is
 * gone. Distinct enough that sweeping a folder never touches another program's files.
 */
export const TEMP_MARK = '.mizan-tmp-';

/** Files SQLite writes beside a database it builds (VACUUM INTO's target). */
const SQLITE_COMPANIONS = ['-journal', '-wal', '-shm'];

export function tempPathFor(target: string): string {
  return `${target}${TEMP_MARK}${process.pid}`;
}

/** A file being written under its temporary name; `commit` makes it appear whole, `abort` removes it. */
export interface AtomicFile {
  readonly target: string;
  readonly tempPath: string;
  write(chunk: string | Uint8Array): void;
  commit(): void;
  abort(): void;
}

/** Starts writing `target`. Errors come from node:fs as they are; callers turn them into messages. */
export function openAtomicFile(target: string): AtomicFile {
  const tempPath = tempPathFor(target);
  // 'wx': an earlier temporary of this very process (pid reuse) is never appended to.
  rmSync(tempPath, { force: true });
  const fd = openSync(tempPath, 'wx');
  let open = true;
  const closeFd = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    target,
    tempPath,
    write(chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      // writeSync may write less than asked (a full disk, a signal); go on until all is written.
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    },
    commit() {
      try {
        fsyncSync(fd);
        closeFd();
        renameSync(tempPath, target);
      } catch (error) {
        closeFd();
        rmSync(tempPath, { force: true });
        throw error;
      }
      fsyncFolder(dirname(target));
    },
    abort() {
      closeFd();
      rmSync(tempPath, { force: true });
    },
  };
}

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const file = openAtomicFile(target);
  try {
    file.write(data);
  } catch (error) {
    file.abort();
    throw error;
  }
  file.commit();
}

export function copyFileAtomic(source: string, target: string): void {
  const temp = tempPathFor(target);
  try {
    copyFileSync(source, temp);
    commitTemporary(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Makes a file some other writer produced under `temp` (SQLite's VACUUM INTO) appear as `target`:
 * flushed, renamed, folder flushed. The temporary is removed if that fails.
 */
export function commitTemporary(temp: string, target: string): void {
  try {
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    removeWithCompanions(temp);
    throw error;
  }
  fsyncFolder(dirname(target));
}

/** A rename is durable only once its folder is flushed. Windows cannot open folders: skipped there. */
export function fsyncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems (network shares) refuse fsync on a folder; the rename itself still happened.
  } finally {
    closeSync(fd);
  }
}

export function removeWithCompanions(path: string): void {
  for (const suffix of ['', ...SQLITE_COMPANIONS]) rmSync(`${path}${suffix}`, { force: true });
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const TEMP_NAME = /^(.*)\.mizan-tmp-(\d+)(-journal|-wal|-shm)?$/;

/**
 * Removes temporaries in `dir` left by processes that no longer run (killed, crashed, power cut):
 * `<name>.mizan-tmp-<pid>` and SQLite's companions of it. Only names starting with `prefix` when given.
 * Returns the names removed. Never throws: a folder we cannot list or clean is left as it is.
 */
export function sweepStaleTemporaries(dir: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = TEMP_NAME.exec(name);
    if (!match || processIsAlive(Number(match[2]))) continue;
    try {
      if (!statSync(join(dir, name)).isFile()) continue;
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}

