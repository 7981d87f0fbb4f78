import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicFile, sweepStaleTemporaries, tempPathFor, writeFileAtomic } from '../../../src/store/atomic-write.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

let tmp: TempDir;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

/** A pid no process has: one that just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('atomic writes', () => {
  it('the target appears only on commit, whole; the old file stays until then', () => {
    writeFileSync(tmp.path('a.txt'), 'old');
    const file = openAtomicFile(tmp.path('a.txt'));
    file.write('new ');
    file.write(new TextEncoder().encode('content'));
    expect(readFileSync(tmp.path('a.txt'), 'utf8')).toBe('old');
    expect(existsSync(tempPathFor(tmp.path('a.txt')))).toBe(true);
    file.commit();
    expect(readFileSync(tmp.path('a.txt'), 'utf8')).toBe('new content');
    expect(readdirSync(tmp.dir)).toEqual(['a.txt']);
  });

  it('abort leaves the old file and no temporary', () => {
    writeFileSync(tmp.path('a.txt'), 'old');
    const file = openAtomicFile(tmp.path('a.txt'));
    file.write('half');
    file.abort();
    expect(readFileSync(tmp.path('a.txt'), 'utf8')).toBe('old');
    expect(readdirSync(tmp.dir)).toEqual(['a.txt']);
  });

  it('a rename that fails (the target is a folder) removes the temporary', () => {
    mkdirSync(tmp.path('folder'));
    writeFileSync(tmp.path('folder/inside'), 'keep');
    expect(() => writeFileAtomic(tmp.path('folder'), 'x')).toThrow();
    expect(readdirSync(tmp.dir)).toEqual(['folder']);
    expect(readFileSync(tmp.path('folder/inside'), 'utf8')).toBe('keep');
  });

  it('sweeps temporaries of processes that are gone, never those of a live one or other files', () => {
    const dead = deadPid();
    for (const name of [`a.tmx.mizan-tmp-${dead}`, `P.mizan.v1-5.bak.mizan-tmp-${dead}`, `P.mizan.v1-5.bak.mizan-tmp-${dead}-journal`, `a.tmx.mizan-tmp-${process.pid}`, 'a.tmx', 'notes.part-of-it', `download.part-${dead}`]) {
      writeFileSync(tmp.path(name), 'x');
    }
    expect(sweepStaleTemporaries(tmp.dir).sort()).toEqual([`P.mizan.v1-5.bak.mizan-tmp-${dead}`, `P.mizan.v1-5.bak.mizan-tmp-${dead}-journal`, `a.tmx.mizan-tmp-${dead}`]);
    expect(readdirSync(tmp.dir).sort()).toEqual(['a.tmx', `a.tmx.mizan-tmp-${process.pid}`, `download.part-${dead}`, 'notes.part-of-it']);
  });

  it('sweeps only names with the given prefix', () => {
    const dead = deadPid();
    writeFileSync(tmp.path(`a.tmx.mizan-tmp-${dead}`), 'x');
    writeFileSync(tmp.path(`b.tmx.mizan-tmp-${dead}`), 'x');
    expect(sweepStaleTemporaries(tmp.dir, 'b.tmx')).toEqual([`b.tmx.mizan-tmp-${dead}`]);
    expect(readdirSync(tmp.dir)).toEqual([`a.tmx.mizan-tmp-${dead}`]);
  });
});
