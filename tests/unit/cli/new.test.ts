import { LATEST_SCHEMA_VERSION } from '../../../src/store/migrations/index.js';
import Database from 'better-sqlite3';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOneErrorLine, makeTempDir, runCli } from './cli-harness.js';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

function readPragmas(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return {
      applicationId: db.pragma('application_id', { simple: true }),
      userVersion: db.pragma('user_version', { simple: true }),
      journalMode: db.pragma('journal_mode', { simple: true }),
      documents: (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n,
      segments: (db.prepare('SELECT count(*) AS n FROM segments').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

describe('mizan new', () => {
  it.each([
    ['an empty project', [] as string[], 0, 0, /^created .*empty\.mizan: "empty", 0 documents, 0 segments\n$/],
    ['the sample', ['--sample'], 1, 16, /^created .*: "Washington suspends .*", 1 document, 16 segments\n$/],
  ])('creates %s as a WAL file with the Mizan application id', async (_label, flags, documents, segments, output) => {
    const path = tmp.path(flags.length ? 'sample.mizan' : 'empty.mizan');
    const { code, stdout, stderr } = await runCli(['new', path, ...flags]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(output);
    // Closed properly: the WAL was folded back, so the .mizan file alone is the project.
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(readPragmas(path)).toEqual({ applicationId: 0x4d5a4e31, userVersion: LATEST_SCHEMA_VERSION, journalMode: 'wal', documents, segments });
  });

  it('refuses an existing file and leaves it alone', async () => {
    const path = tmp.path('taken.mizan');
    writeFileSync(path, 'not mine to overwrite');
    const { code, stdout, stderr } = await runCli(['new', path, '--sample']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(expectOneErrorLine(stderr)).toContain('already exists');
    expect(readFileSync(path, 'utf8')).toBe('not mine to overwrite');
  });

  it('names a missing folder instead of failing inside SQLite', async () => {
    const { code, stderr } = await runCli(['new', tmp.path('no/such/folder/p.mizan')]);
    expect(code).toBe(1);
    expect(expectOneErrorLine(stderr)).toMatch(/folder .*no\/such\/folder does not exist/);
  });
});
