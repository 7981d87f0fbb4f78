import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { MizanError } from '../core/errors.js';

/**
 * Who has a project open for editing in the app, written beside it as `P.mizan.lock`.
 *
 * SQLite already serialises single writes from several processes, so nothing is corrupted without
 * this; the lock is about people: two app sessions editing the same project would each keep saving
 * over the other's view. The lock lets a second app opener choose "open read-only" or "take over",
 * and lets the first holder notice a take-over at its next heartbeat or call. It is advisory (a
 * plain file, so it also works on shared folders where OS locks are unreliable) and the CLI does
 * not take it: its writes are short transactions that SQLite orders with the app's.
 */
export interface LockHolder {
  pid: number;
  host: string;
  user: string;
  /** When this holder opened the project (ms since epoch). */
  since: number;
  /** Refreshed every HEARTBEAT_MS while the holder is running. */
  heartbeat: number;
  /** Tells holders apart even when pid and host repeat (a restarted app, a take-over by the same user). */
  token: string;
}

/** How often a holder rewrites its heartbeat. */
export const HEARTBEAT_MS = 30_000;
/** A lock not refreshed for this long belongs to a holder that died on another machine (or froze). */
export const STALE_AFTER_MS = 3 * HEARTBEAT_MS;

export interface LockEnvironment {
  now: () => number;
  user: () => string;
  pid?: number;
  host?: string;
  /** Whether a process of this machine is running; tests substitute their own. */
  isAlive?: (pid: number) => boolean;
}

export function lockPathFor(projectPath: string): string {
  return `${projectPath}.lock`;
}

/** The current holder, or null when there is no lock file or it cannot be read (treated as absent). */
export function readLock(projectPath: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(lockPathFor(projectPath), 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.user !== 'string'
      || typeof value.since !== 'number' || typeof value.heartbeat !== 'number' || typeof value.token !== 'string') return null;
    return { pid: value.pid, host: value.host, user: value.user, since: value.since, heartbeat: value.heartbeat, token: value.token };
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who has the project open for editing in a running app session right now, or null. */
export function liveHolder(projectPath: string, env: LockEnvironment = { now: Date.now, user: () => '' }): LockHolder | null {
  const holder = readLock(projectPath);
  return holder && !isStale(holder, env) ? holder : null;
}

/** A holder is gone when its process is dead on this machine, or its heartbeat is old (any machine). */
export function isStale(holder: LockHolder, env: LockEnvironment): boolean {
  if (env.now() - holder.heartbeat > STALE_AFTER_MS) return true;
  const host = env.host ?? hostname();
  return holder.host === host && !(env.isAlive ?? processAlive)(holder.pid);
}

export function describeHolder(holder: LockHolder): string {
  const at = new Date(holder.since).toISOString().replace('T', ' ').slice(0, 16);
  return `${holder.user} on ${holder.host} (process ${holder.pid}) since ${at} UTC`;
}

/** A lock this process holds. */
export class HeldLock {
  private constructor(
    readonly projectPath: string,
    private holder: LockHolder,
    private readonly env: LockEnvironment,
  ) {}

  /**
   * Takes the lock of a project. A live holder makes it fail with code 'locked' (naming them) unless
   * `takeOver` is set, in which case the lock is rewritten and that holder becomes read-only when it
   * next checks.
   */
  static acquire(projectPath: string, env: LockEnvironment, takeOver = false): HeldLock {
    const current = readLock(projectPath);
    if (current && !takeOver && !isStale(current, env)) {
      throw new MizanError(
        'locked',
        `${projectPath} is already open for editing by ${describeHolder(current)}. Open it read-only, or take over (that session becomes read-only).`,
      );
    }
    const now = env.now();
    const lock = new HeldLock(projectPath, {
      pid: env.pid ?? process.pid, host: env.host ?? hostname(), user: env.user(), since: now, heartbeat: now, token: randomUUID(),
    }, env);
    lock.write();
    return lock;
  }

  get owner(): LockHolder {
    return this.holder;
  }

  /** Whether the file still names this holder (false once someone took over or removed it). */
  stillHeld(): boolean {
    return readLock(this.projectPath)?.token === this.holder.token;
  }

  /** Rewrites the heartbeat; false (and nothing written) when the lock was taken over meanwhile. */
  refresh(): boolean {
    if (!this.stillHeld()) return false;
    this.holder = { ...this.holder, heartbeat: this.env.now() };
    this.write();
    return true;
  }

  /** Removes the lock file, unless another holder has taken it over. */
  release(): void {
    if (this.stillHeld()) rmSync(lockPathFor(this.projectPath), { force: true });
  }

  private write(): void {
    const path = lockPathFor(this.projectPath);
    // Written whole then renamed, so a reader never sees half a lock.
    const temp = `${path}.${this.holder.pid}.tmp`;
    try {
      writeFileSync(temp, `${JSON.stringify(this.holder)}\n`);
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw new MizanError('io', `could not write the lock file ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check that the folder is writable`, { cause: error });
    }
  }
}
