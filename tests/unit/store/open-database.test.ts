import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MizanError } from '../../../src/core/errors.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/store/migrations/index.js';
import { MIZAN_APPLICATION_ID, createProjectFile, endedUncleanly, integrityProblems, migrate, openProjectFile, schemaVersion } from '../../../src/store/open-database.js';
import { foldWriteAheadLog } from '../../../src/store/checkpoint.js';
import { hashFile, makeTempDir, type TempDir } from '../helpers/temp-dir.js';
import { seedDocument } from '../helpers/store-fixtures.js';
import { fillSearchIndex } from '../../../src/store/migrations/search-index-fill.js';
import { mizanErrorOf } from '../helpers/mizan-error.js';

let tmp: TempDir;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

/** A closed, checkpointed project file with one document of three segments. */
function makeProject(name: string): string {
  const path = tmp.path(name);
  const db = createProjectFile(path);
  seedDocument(db, [{ source: 'أ' }, { source: 'ب' }, { source: 'ج' }]);
  db.close();
  return path;
}

function plainSqlite(name: string, setup: (db: Database.Database) => void): string {
  const path = tmp.path(name);
  const db = new Database(path);
  setup(db);
  db.close();
  return path;
}

const codeOf = (fn: () => unknown): string => mizanErrorOf(fn).code;

describe('createProjectFile', () => {
  it('sets WAL, FULL sync, foreign keys, our application_id and the latest user_version', () => {
    const path = tmp.path('new.mizan');
    const db = createProjectFile(path);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('application_id', { simple: true })).toBe(0x4d5a4e31);
      expect(MIZAN_APPLICATION_ID).toBe(0x4d5a4e31);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      db.close();
    }
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
  });

  it.each([
    ['an existing project', (p: string) => { createProjectFile(p).close(); }],
    ['an existing text file', (p: string) => writeFileSync(p, 'notes')],
    ['an existing empty file', (p: string) => writeFileSync(p, '')],
  ])('refuses %s (file-exists) and leaves it untouched', (_name, make) => {
    const path = tmp.path('taken.mizan');
    make(path);
    const before = hashFile(path);
    expect(codeOf(() => createProjectFile(path))).toBe('file-exists');
    expect(hashFile(path)).toBe(before);
  });

  it('refuses a path in a missing folder with a MizanError (not-found)', () => {
    expect(codeOf(() => createProjectFile(tmp.path('no/such/folder/p.mizan')))).toBe('not-found');
  });
});

describe('openProjectFile', () => {
  it('opens a project it created, with pragmas applied and no backup', () => {
    const path = makeProject('p.mizan');
    const { db, backupPath } = openProjectFile(path);
    try {
      expect(backupPath).toBeNull();
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.prepare('SELECT count(*) AS n FROM segments').get()).toEqual({ n: 3 });
    } finally {
      db.close();
    }
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  const refusals: [string, (name: string) => string, string][] = [
    ['a missing file', (n) => tmp.path(n), 'not-found'],
    ['a folder', (n) => { mkdirSync(tmp.path(n)); return tmp.path(n); }, 'bad-input'],
    ['an empty file', (n) => { writeFileSync(tmp.path(n), ''); return tmp.path(n); }, 'not-a-project'],
    ['a text file', (n) => { writeFileSync(tmp.path(n), 'واشنطن توقف المحادثات\nline two\n'); return tmp.path(n); }, 'not-a-project'],
    ['a file shorter than the SQLite header', (n) => { writeFileSync(tmp.path(n), 'SQLite for'); return tmp.path(n); }, 'not-a-project'],
    ['a plain SQLite database (application_id 0)', (n) => plainSqlite(n, (db) => db.exec('CREATE TABLE t (x)')), 'not-a-project'],
    ['an SQLite database of another application', (n) => plainSqlite(n, (db) => {
      db.pragma('application_id = 1234');
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    }), 'not-a-project'],
    ['a Mizan file from a newer version (WAL)', (n) => {
      const path = makeProject(n);
      const db = new Database(path);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.close();
      return path;
    }, 'newer-version'],
    ['a Mizan file from a newer version (rollback journal)', (n) => plainSqlite(n, (db) => {
      db.pragma(`application_id = ${MIZAN_APPLICATION_ID}`);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
      db.exec('CREATE TABLE future_table (x INTEGER)');
    }), 'newer-version'],
  ];

  it.each(refusals)('refuses %s (%s) and leaves the folder byte-identical', (_name, make, code) => {
    const path = make('input.mizan');
    const snapshot = () =>
      readdirSync(tmp.dir).map((f) => [f, statSync(tmp.path(f)).isFile() ? hashFile(tmp.path(f)) : 'dir']);
    const before = snapshot();
    expect(codeOf(() => openProjectFile(path))).toBe(code);
    expect(snapshot()).toEqual(before);
  });

  it('says how to recover from a newer-version file', () => {
    const path = plainSqlite('future.mizan', (db) => {
      db.pragma(`application_id = ${MIZAN_APPLICATION_ID}`);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    });
    expect(() => openProjectFile(path)).toThrow(/newer Mizan.*Update Mizan.*not changed/);
  });

  describe('damaged files give a clear error, never a crash', () => {
    const damage: [string, (path: string, size: number) => void][] = [
      ['truncated to 10 bytes', (p) => truncateSync(p, 10)],
      ['truncated to 20 bytes', (p) => truncateSync(p, 20)],
      ['truncated inside the header page', (p) => truncateSync(p, 100)],
      ['truncated to one page', (p) => truncateSync(p, 4096)],
      ['truncated to half', (p, size) => truncateSync(p, Math.floor(size / 2))],
      ['truncated by its last page', (p, size) => truncateSync(p, size - 4096)],
      ['garbage after the 100-byte header', (p) => {
        const bytes = readFileSync(p);
        bytes.fill(0x5a, 100);
        writeFileSync(p, bytes);
      }],
      ['garbage after the first page', (p) => {
        const bytes = readFileSync(p);
        bytes.fill(0xa5, 4096);
        writeFileSync(p, bytes);
      }],
    ];

    it.each(damage)('%s → corrupt-project or not-a-project', (_name, hurt) => {
      const path = makeProject('damaged.mizan');
      hurt(path, statSync(path).size);
      expect(['corrupt-project', 'not-a-project']).toContain(codeOf(() => openProjectFile(path)));
    });

    it('garbage appended after the last page either opens intact or fails clearly', () => {
      const path = makeProject('tail.mizan');
      appendFileSync(path, Buffer.alloc(5000, 0xab));
      let opened: ReturnType<typeof openProjectFile> | undefined;
      try {
        opened = openProjectFile(path);
      } catch (error) {
        expect(error).toBeInstanceOf(MizanError);
        expect(['corrupt-project', 'not-a-project']).toContain((error as MizanError).code);
        return;
      }
      try {
        expect(opened.db.prepare('SELECT count(*) AS n FROM segments').get()).toEqual({ n: 3 });
      } finally {
        opened.db.close();
      }
    });
  });

  describe('a file with an older schema', () => {
    function makeV0(name: string): string {
      return plainSqlite(name, (db) => {
        // Schema 0 has no tables: any table here would be refused as not created by Mizan.
        db.pragma(`application_id = ${MIZAN_APPLICATION_ID}`);
      });
    }

    it('is copied to a .bak (VACUUM INTO) before migrating to the latest version', () => {
      const path = makeV0('old.mizan');
      const { db, backupPath } = openProjectFile(path, { now: () => 123 });
      try {
        expect(backupPath).toBe(`${path}.v0-123.bak`);
        expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
        expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
      } finally {
        db.close();
      }
      const backup = new Database(backupPath ?? '', { readonly: true, fileMustExist: true });
      try {
        expect(backup.pragma('user_version', { simple: true })).toBe(0);
        expect(backup.pragma('application_id', { simple: true })).toBe(MIZAN_APPLICATION_ID);
        expect(backup.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'documents'").get()).toEqual({ n: 0 });
      } finally {
        backup.close();
      }
    });

    it('an upgrade that frees much of the file (004: the old search index) gives the space back', () => {
      const path = tmp.path('v3.mizan');
      const old = new Database(path);
      old.pragma(`application_id = ${MIZAN_APPLICATION_ID}`);
      migrate(old, MIGRATIONS.filter((m) => m.version <= 3));
      // Rows written as version 3 wrote them (today's store would also index them for the TM of 005).
      old.transaction(() => {
        old.prepare("INSERT INTO documents (id, title, source_lang, target_lang, created_at, updated_at) VALUES (1, 'old', 'ar', 'en', 0, 0)").run();
        const insert = old.prepare('INSERT INTO segments (document_id, position, source, target, updated_at) VALUES (1, ?, ?, ?, 0)');
        // Long but few words: the old trigram index is large, the TM's word index of 005 small.
        for (let i = 0; i < 2000; i++) insert.run(i, `${'جملةطويلةجدا'.repeat(20)} ${i}`, `${'sentence'.repeat(20)} ${i}`);
        fillSearchIndex(old);
      })();
      old.close();
      const before = statSync(path).size;
      const { db } = openProjectFile(path, { now: () => 1 });
      try {
        expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
        expect(db.pragma('freelist_count', { simple: true })).toBe(0);
        expect(db.prepare('SELECT count(*) AS n FROM segments').get()).toEqual({ n: 2000 });
      } finally {
        db.close();
      }
      expect(statSync(path).size).toBeLessThan(before * 0.75);
    });

    it('reopens without another backup once migrated', () => {
      const path = makeV0('old.mizan');
      openProjectFile(path, { now: () => 1 }).db.close();
      const again = openProjectFile(path, { now: () => 2 });
      again.db.close();
      expect(again.backupPath).toBeNull();
      expect(existsSync(`${path}.v${LATEST_SCHEMA_VERSION}-2.bak`)).toBe(false);
      expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.bak'))).toEqual(['old.mizan.v0-1.bak']);
    });
  });
});

describe('leftovers of an interrupted run beside a project', () => {
  it('are removed on open: dead temporaries, empty or cut-short backups; complete backups and other files stay', () => {
    const path = tmp.path('p.mizan');
    createProjectFile(path).close();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const files: Record<string, string> = {
      [`p.mizan.v0-1.bak.mizan-tmp-${dead}`]: 'half a backup',
      [`p.mizan.v0-1.bak.mizan-tmp-${dead}-journal`]: 'its journal',
      [`p.mizan.export.tmx.mizan-tmp-${dead}`]: 'half an export',
      'p.mizan.v0-2.bak': '',
      'p.mizan.v0-3.bak': 'cut short',
      'p.mizan.v0-3.bak-journal': 'journal of the cut-short copy',
      'p.mizan.v0-4.bak': 'a whole backup',
      'q.mizan.v0-5.bak': '',
      'notes.txt': 'mine',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(tmp.path(name), content);
    openProjectFile(path).db.close();
    expect(readdirSync(tmp.dir).filter((f) => !f.startsWith('p.mizan-')).sort()).toEqual(['notes.txt', 'p.mizan', 'p.mizan.v0-4.bak', 'q.mizan.v0-5.bak']);
  });

  it('an upgrade backup is written whole under a temporary name, then renamed: no temporary remains', () => {
    const path = tmp.path('old.mizan');
    const db = new Database(path);
    // Schema 0: a Mizan file with no tables yet (anything else would be refused as not ours).
    db.pragma(`application_id = ${MIZAN_APPLICATION_ID}`);
    db.close();
    const opened = openProjectFile(path, { now: () => 7 });
    opened.db.close();
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.mizan-tmp-') || f.endsWith('-journal'))).toEqual([]);
    expect(opened.backupPath).toBe(`${path}.v0-7.bak`);
    expect(statSync(opened.backupPath ?? '').size).toBeGreaterThan(0);
  });
});

describe('the full check runs after an unclean end, not on every open', () => {
  /** A closed project of many pages, and one of its `segments` leaf pages that a cheap open never reads. */
  function bigProject(name: string): { path: string; pageSize: number; deepLeaf: number } {
    const path = tmp.path(name);
    const db = createProjectFile(path);
    // One transaction: 400 commits, each synced to disk, would take seconds on a busy machine.
    db.transaction(() => seedDocument(db, Array.from({ length: 400 }, (_, i) => ({ source: `جملة طويلة رقم ${i} `.repeat(20), target: `sentence ${i} `.repeat(20) }))))();
    const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'segments' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    return { path, pageSize, deepLeaf: leaves[Math.floor(leaves.length / 2)]! };
  }

  function scribble(path: string, page: number, pageSize: number): void {
    const bytes = readFileSync(path);
    bytes.fill(0xa5, (page - 1) * pageSize, page * pageSize);
    writeFileSync(path, bytes);
  }

  /** The project and its write-ahead log as a crash leaves them: a connection wrote and never closed. */
  function crashCopy(path: string, name: string): string {
    const live = new Database(path);
    live.prepare("UPDATE segments SET target = 'after the crash' WHERE position = 399").run();
    const copy = tmp.path(name);
    writeFileSync(copy, readFileSync(path));
    writeFileSync(`${copy}-wal`, readFileSync(`${path}-wal`));
    live.close();
    return copy;
  }

  it('a cleanly closed project leaves no marker; a crashed one leaves its write-ahead log, and opening it cleanly clears it', () => {
    const { path } = bigProject('clean.mizan');
    expect(endedUncleanly(path)).toBe(false);
    const crashed = crashCopy(path, 'crashed.mizan');
    expect(endedUncleanly(crashed)).toBe(true);
    const opened = openProjectFile(crashed);
    // The crash's last write survived: the log is recovered, not discarded.
    expect(opened.db.prepare('SELECT target FROM segments WHERE position = 399').get()).toEqual({ target: 'after the crash' });
    foldWriteAheadLog(opened.db);
    opened.db.close();
    expect(endedUncleanly(crashed)).toBe(false);
  });

  it('a damaged page deep in the file: found after a crash (the marker) and on demand, not read by a clean open', () => {
    const { path, pageSize, deepLeaf } = bigProject('deep.mizan');
    const crashed = crashCopy(path, 'crashed.mizan');
    scribble(path, deepLeaf, pageSize);
    scribble(crashed, deepLeaf, pageSize);
    expect(mizanErrorOf(() => openProjectFile(crashed))).toMatchObject({ code: 'corrupt-project', message: expect.stringMatching(/damaged.*mizan check/) });
    expect(codeOf(() => openProjectFile(path, { fullCheck: true }))).toBe('corrupt-project');
    const opened = openProjectFile(path);
    try {
      expect(integrityProblems(opened.db).length).toBeGreaterThan(0);
    } finally {
      opened.db.close();
    }
  });

  it('a live session holding the project: its log is not a crash, the open stays cheap', () => {
    const { path, pageSize, deepLeaf } = bigProject('shared.mizan');
    const crashed = crashCopy(path, 'crashed.mizan');
    scribble(crashed, deepLeaf, pageSize);
    const opened = openProjectFile(crashed, { openElsewhere: true });
    opened.db.close();
  });

  it('cheap checks on every open: a file cut short by a few pages, a table whose first page is garbage, named as damaged', () => {
    const cut = bigProject('cut.mizan');
    truncateSync(cut.path, statSync(cut.path).size - 3 * cut.pageSize);
    expect(codeOf(() => openProjectFile(cut.path))).toBe('corrupt-project');
    const scrawled = bigProject('root.mizan');
    const db = new Database(scrawled.path);
    const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'revisions'").pluck().get() as number;
    db.close();
    scribble(scrawled.path, root, scrawled.pageSize);
    expect(mizanErrorOf(() => openProjectFile(scrawled.path))).toMatchObject({ code: 'corrupt-project', message: expect.stringMatching(/is damaged \(.*\); restore it/) });
  });
});
