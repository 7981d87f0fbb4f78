import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrefsStore } from '../../../src/services/prefs-store.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

let tmp: TempDir;
let dir: string;
beforeEach(() => {
  tmp = makeTempDir();
  dir = join(tmp.dir, 'config', 'mizan'); // not created yet: the store must create it on write
});
afterEach(() => tmp.cleanup());

const store = () => new PrefsStore(dir, 'default-user');
const prefsFile = () => join(dir, 'mizan-prefs.json');

describe('PrefsStore', () => {
  it('starts from defaults without a file', () => {
    expect(store().get()).toEqual({ userName: 'default-user', role: 'translator', identityChosen: false });
    expect(store().recent()).toEqual([]);
    expect(store().lastProject()).toBeNull();
  });

  it('set merges a patch, ignores undefined and persists across instances', () => {
    expect(store().set({ userName: 'Huda' })).toEqual({ userName: 'Huda', role: 'translator', identityChosen: true });
    expect(store().set({ role: 'reviewer', userName: undefined })).toEqual({ userName: 'Huda', role: 'reviewer', identityChosen: true });
    expect(store().get()).toEqual({ userName: 'Huda', role: 'reviewer', identityChosen: true });
  });

  it('keeps recent projects newest first, deduplicated by path, at most 10', () => {
    const prefs = store();
    for (let i = 0; i < 12; i++) prefs.addRecent(tmp.path(`p${i}.mizan`), `P${i}`, 1000 + i);
    prefs.addRecent(tmp.path('p5.mizan'), 'P5 renamed', 2000);
    const recent = store().recent();
    expect(recent.map((r) => r.title)).toEqual(['P5 renamed', 'P11', 'P10', 'P9', 'P8', 'P7', 'P6', 'P4', 'P3', 'P2']);
    expect(recent[0]).toEqual({ path: tmp.path('p5.mizan'), title: 'P5 renamed', openedAt: 2000, exists: false });
  });

  it('recent says whether each file still exists; lastProject picks the newest that does', () => {
    const prefs = store();
    writeFileSync(tmp.path('old.mizan'), '');
    prefs.addRecent(tmp.path('old.mizan'), 'old', 1);
    prefs.addRecent(tmp.path('gone.mizan'), 'gone', 2);
    expect(prefs.recent().map((r) => [r.title, r.exists])).toEqual([['gone', false], ['old', true]]);
    expect(prefs.lastProject()).toBe(tmp.path('old.mizan'));
  });

  it('adding a recent project keeps the user settings', () => {
    store().set({ userName: 'Huda', role: 'reviewer' });
    store().addRecent(tmp.path('a.mizan'), 'a', 1);
    expect(store().get()).toEqual({ userName: 'Huda', role: 'reviewer', identityChosen: true });
  });

  it.each([
    ['not JSON', '{"userName": "Hu'],
    ['an empty file', ''],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['a recent entry without a path', '{"recent": [{"title": "x", "openedAt": 1}]}'],
  ])('a damaged file (%s) gives defaults, and the next write repairs it', (_name, content) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(prefsFile(), content);
    expect(store().get()).toEqual({ userName: 'default-user', role: 'translator', identityChosen: false });
    expect(store().recent()).toEqual([]);
    store().addRecent(tmp.path('a.mizan'), 'a', 1);
    expect(JSON.parse(readFileSync(prefsFile(), 'utf8'))).toEqual({ recent: [{ path: tmp.path('a.mizan'), title: 'a', openedAt: 1 }] });
  });

  it.each([
    ['recent of the wrong type', '{"userName": "Huda", "role": "reviewer", "recent": 5}', { userName: 'Huda', role: 'reviewer', identityChosen: true }, 0],
    ['an unknown role', '{"userName": "Huda", "role": "admin", "recent": [{"path": "/p.mizan", "title": "p", "openedAt": 1}]}', { userName: 'Huda', role: 'translator', identityChosen: true }, 1],
    ['one bad recent entry among good ones', '{"recent": [{"title": "x"}, {"path": "/p.mizan", "title": "p", "openedAt": 1}]}', { userName: 'default-user', role: 'translator', identityChosen: false }, 1],
  ])('one damaged field (%s) falls back alone; the other settings survive', (_name, content, prefs, recentCount) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(prefsFile(), content);
    expect(store().get()).toEqual(prefs);
    expect(store().recent()).toHaveLength(recentCount);
  });
});

describe('PrefsStore writes', () => {
  it('are atomic, and a temporary left by a killed run is removed at the next start', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(tmp.path(`mizan-prefs.json.mizan-tmp-${dead}`), '{"half');
    const prefs = new PrefsStore(tmp.dir, 'u');
    prefs.set({ userName: 'Someone' });
    expect(readdirSync(tmp.dir)).toEqual(['mizan-prefs.json']);
    expect(new PrefsStore(tmp.dir, 'u').get().userName).toBe('Someone');
  });
});
