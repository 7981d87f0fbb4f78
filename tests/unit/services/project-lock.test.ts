import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/services/handlers.js';
import { HEARTBEAT_MS, HeldLock, STALE_AFTER_MS, liveHolder, lockPathFor, readLock, type LockEnvironment } from '../../../src/services/project-lock.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import { createProjectFile } from '../../../src/store/open-database.js';
import { allowEveryPath, fakeHost } from '../helpers/handler-deps.js';
import { PrefsStore } from '../../../src/services/prefs-store.js';
import { T0, seedDocument } from '../helpers/store-fixtures.js';
import { hashFile, makeTempDir, type TempDir } from '../helpers/temp-dir.js';
import { mizanErrorOf } from '../helpers/mizan-error.js';

let tmp: TempDir;
let project: string;
let clock: number;
/** Processes of this test "machine" that are running. */
const alive = new Set<number>();

beforeEach(() => {
  tmp = makeTempDir();
  project = tmp.path('p.mizan');
  const db = createProjectFile(project);
  seedDocument(db, [{ source: 'أ' }, { source: 'ب' }]);
  db.close();
  clock = T0;
  alive.clear();
});
afterEach(() => tmp.cleanup());

function env(pid: number, user: string, host = 'desk'): LockEnvironment {
  alive.add(pid);
  return { now: () => clock, user: () => user, pid, host, isAlive: (p) => alive.has(p) };
}

/** Runs a handler as dispatch does, so a synchronous throw becomes a rejection. */
const later = <T>(call: () => T | Promise<T>): Promise<T> => Promise.resolve().then(call);



describe('HeldLock', () => {
  it('writes who holds the project beside it and removes it on release', () => {
    const lock = HeldLock.acquire(project, env(11, 'Huda'));
    expect(readLock(project)).toMatchObject({ pid: 11, host: 'desk', user: 'Huda', since: T0, heartbeat: T0 });
    lock.release();
    expect(existsSync(lockPathFor(project))).toBe(false);
  });

  it('refuses a second holder while the first is alive, naming the first', () => {
    HeldLock.acquire(project, env(11, 'Huda'));
    const error = mizanErrorOf(() => HeldLock.acquire(project, env(22, 'Sami')));
    expect(error.code).toBe('locked');
    expect(error.message).toContain('Huda on desk (process 11)');
    expect(error.message).toMatch(/read-only.*take over/);
  });

  it('takes a stale lock: dead process on this host, or an old heartbeat from another host', () => {
    HeldLock.acquire(project, env(11, 'Huda'));
    alive.delete(11);
    expect(HeldLock.acquire(project, env(22, 'Sami')).owner.user).toBe('Sami');

    HeldLock.acquire(project, env(33, 'Far', 'laptop'), true);
    expect(() => HeldLock.acquire(project, env(44, 'Near'))).toThrow(expect.objectContaining({ code: 'locked' }));
    clock += STALE_AFTER_MS + 1;
    expect(HeldLock.acquire(project, env(44, 'Near')).owner.user).toBe('Near');
  });

  it('treats an unreadable lock file as absent', () => {
    writeFileSync(lockPathFor(project), 'garbage');
    expect(HeldLock.acquire(project, env(11, 'Huda')).stillHeld()).toBe(true);
  });

  it('a take-over rewrites the lock: the old holder can no longer refresh or remove it', () => {
    const first = HeldLock.acquire(project, env(11, 'Huda'));
    const second = HeldLock.acquire(project, env(22, 'Sami'), true);
    expect(first.stillHeld()).toBe(false);
    clock += 1000;
    expect(first.refresh()).toBe(false);
    first.release();
    expect(readLock(project)?.user).toBe('Sami');
    expect(second.refresh()).toBe(true);
    expect(readLock(project)?.heartbeat).toBe(T0 + 1000);
  });
});

describe('two app sessions on one project', () => {
  function appSession(pid: number, user: string, lost: string[] = []) {
    const session = new ProjectSession({ lock: env(pid, user), onAccessLost: (reason) => void lost.push(reason) });
    const handlers = createHandlers({ session, prefs: new PrefsStore(tmp.path(`prefs-${pid}`), user), now: () => clock, host: fakeHost(), grants: allowEveryPath });
    return { session, handlers };
  }
  const firstSegment = async (h: ReturnType<typeof appSession>['handlers']) => {
    const [doc] = await h['document.list']({});
    return (await h['segment.list']({ documentId: doc!.id, offset: 0, limit: 10 })).items[0]!;
  };

  it('a second opener is refused with "locked" until it chooses read-only or take over', async () => {
    const a = appSession(11, 'Huda');
    const b = appSession(22, 'Sami');
    await a.handlers['project.open']({ path: project });
    await expect(later(() => b.handlers['project.open']({ path: project }))).rejects.toMatchObject({ code: 'locked' });
    expect(b.session.isOpen).toBe(false);
    a.session.close();
  });

  it('read-only: reads work, every write is refused with the reason, and the file is unchanged', async () => {
    const a = appSession(11, 'Huda');
    const b = appSession(22, 'Sami');
    await a.handlers['project.open']({ path: project });
    a.session.close();
    await a.handlers['project.open']({ path: project });
    const before = hashFile(project);
    const info = await b.handlers['project.open']({ path: project, access: 'readOnly' });
    expect(info.readOnly).toContain('Huda');
    const segment = await firstSegment(b.handlers);
    await expect(later(() => b.handlers['segment.updateTarget']({ segmentId: segment.id, target: 'x' }))).rejects.toMatchObject({ code: 'read-only', message: expect.stringContaining('Huda') });
    await expect(later(() => b.handlers['document.importText']({ title: 't', sourceText: 'جملة.' }))).rejects.toMatchObject({ code: 'read-only' });
    await expect(later(() => b.handlers['speaker.create']({ nameSource: 'س', nameTarget: 'S', kind: 'person', role: '', organisation: '', note: '' }))).rejects.toMatchObject({ code: 'read-only' });
    b.session.close();
    expect(readLock(project)?.user).toBe('Huda');
    a.session.close();
    expect(hashFile(project)).toBe(before);
  });

  it('take over: the new holder edits; the first becomes read-only at its next call and is told why', async () => {
    const lost: string[] = [];
    const a = appSession(11, 'Huda', lost);
    const b = appSession(22, 'Sami');
    await a.handlers['project.open']({ path: project });
    const segment = await firstSegment(a.handlers);
    await a.handlers['segment.updateTarget']({ segmentId: segment.id, target: 'from Huda' });

    const info = await b.handlers['project.open']({ path: project, access: 'takeOver' });
    expect(info.readOnly).toBeNull();
    await b.handlers['segment.updateTarget']({ segmentId: segment.id, target: 'from Sami' });

    await expect(later(() => a.handlers['segment.updateTarget']({ segmentId: segment.id, target: 'late Huda' }))).rejects.toMatchObject({ code: 'read-only' });
    expect(lost).toHaveLength(1);
    expect(lost[0]).toContain('Sami');
    expect((await a.handlers['project.current']({}))?.readOnly).toMatch(/Sami .* took over editing/);
    // Huda still sees the project, including Sami's edit; nothing of hers overwrote it.
    expect((await firstSegment(a.handlers)).target).toBe('from Sami');
    a.session.close();
    expect(readLock(project)?.user).toBe('Sami');
    b.session.close();
    expect(existsSync(lockPathFor(project))).toBe(false);
  });

  it('a CLI-style session (no lock) writes while an app session holds the project', async () => {
    const a = appSession(11, 'Huda');
    await a.handlers['project.open']({ path: project });
    const cli = new ProjectSession();
    cli.open(project);
    cli.require().prepare("UPDATE segments SET target = 'cli' WHERE position = 0").run();
    cli.close();
    expect((await firstSegment(a.handlers)).target).toBe('cli');
    expect(readLock(project)?.user).toBe('Huda');
    expect(JSON.parse(readFileSync(lockPathFor(project), 'utf8'))).toMatchObject({ pid: 11 });
    a.session.close();
  });

  it('the heartbeat refreshes the lock, and notices a take-over without any call', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const lost: string[] = [];
      const a = new ProjectSession({ lock: env(11, 'Huda'), onAccessLost: (reason) => void lost.push(reason) });
      a.open(project);
      clock += HEARTBEAT_MS;
      vi.advanceTimersByTime(HEARTBEAT_MS);
      expect(readLock(project)?.heartbeat).toBe(clock);

      const b = new ProjectSession({ lock: env(22, 'Sami') });
      b.open(project, 'takeOver');
      vi.advanceTimersByTime(HEARTBEAT_MS);
      expect(lost).toEqual([expect.stringMatching(/Sami .* took over editing/)]);
      expect(a.readOnly).toContain('Sami');
      expect(readLock(project)?.user).toBe('Sami');
      a.close();
      b.close();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('liveHolder: whether a write-ahead log beside the project belongs to a running session', () => {
  it('is the holder while it runs and refreshes, null once its process is gone or its heartbeat is old', () => {
    const lock = HeldLock.acquire(project, env(101, 'amal'), false);
    expect(liveHolder(project, env(202, 'basel'))).toMatchObject({ pid: 101, user: 'amal' });
    clock += STALE_AFTER_MS + 1;
    expect(liveHolder(project, env(202, 'basel'))).toBeNull();
    clock = T0;
    alive.delete(101);
    expect(liveHolder(project, env(202, 'basel'))).toBeNull();
    lock.release();
    expect(liveHolder(project)).toBeNull();
  });
});
