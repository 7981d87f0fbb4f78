import Database from 'better-sqlite3';
import { copyFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../../src/services/project-session.js';
import { fillSampleProject } from '../../../src/services/sample-project.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { LATEST_SCHEMA_VERSION } from '../../../src/store/migrations/index.js';
import { MIZAN_APPLICATION_ID, createProjectFile } from '../../../src/store/open-database.js';
import { listSegments } from '../../../src/store/segments.js';
import { sample } from '../helpers/sample.js';
import { T0, seedDocument, testContext } from '../helpers/store-fixtures.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

let tmp: TempDir;
let session: ProjectSession;
beforeEach(() => {
  tmp = makeTempDir();
  session = new ProjectSession();
});
afterEach(() => {
  session.close();
  tmp.cleanup();
});

const walBytes = (path: string) => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

describe('ProjectSession', () => {
  it('starts closed: require and info refuse with no-project', () => {
    expect(session.isOpen).toBe(false);
    expect(() => session.require()).toThrow(expect.objectContaining({ code: 'no-project' }));
    expect(() => session.info()).toThrow(expect.objectContaining({ code: 'no-project' }));
  });

  it('create writes a new file and reports its info', () => {
    const path = tmp.path('talks.mizan');
    expect(session.create(path, 'My talks')).toEqual({ path, backupPath: null, readOnly: null, title: 'My talks', schemaVersion: LATEST_SCHEMA_VERSION, documents: [] });
    expect(session.isOpen).toBe(true);
    expect(existsSync(path)).toBe(true);
  });

  it('create runs the fill inside the creation', () => {
    const info = session.create(tmp.path('s.mizan'), 'Sample', (db) => fillSampleProject(db, T0));
    expect(info.documents.map((d) => d.segmentCount)).toEqual([sample.segments.length]);
  });

  it('create refuses an existing file (file-exists) and keeps the open project', () => {
    const open = tmp.path('open.mizan');
    session.create(open, 'open');
    writeFileSync(tmp.path('taken.mizan'), 'x');
    expect(() => session.create(tmp.path('taken.mizan'), 't')).toThrow(expect.objectContaining({ code: 'file-exists' }));
    expect(session.info().path).toBe(open);
  });

  it('a failing fill leaves no half-made file behind, so a retry works', () => {
    const path = tmp.path('fail.mizan');
    expect(() => session.create(path, 't', () => {
      throw new Error('fill failed');
    })).toThrow('fill failed');
    expect(session.isOpen).toBe(false);
    expect(['', '-wal', '-shm'].filter((s) => existsSync(`${path}${s}`))).toEqual([]);
    expect(session.create(path, 'retry').title).toBe('retry');
  });

  it('close folds the WAL into the file: a copy of the .mizan file alone has every change', () => {
    const path = tmp.path('work.mizan');
    const info = session.create(path, 'Work', (db) => {
      seedDocument(db, [{ source: 'قال كيربي.' }]);
    });
    const db = session.require();
    const [segment] = listSegments(db, info.documents[0]!.id, 0, 1);
    updateTarget(db, testContext(), segment!.id, 'Kirby said.', 's1');
    expect(walBytes(path)).toBeGreaterThan(0);
    session.close();
    expect(session.isOpen).toBe(false);
    expect(walBytes(path)).toBe(0);

    const copy = tmp.path('mailed.mizan');
    copyFileSync(path, copy);
    const reopened = session.open(copy);
    expect(reopened.title).toBe('Work');
    expect(listSegments(session.require(), reopened.documents[0]!.id, 0, 1)[0]).toMatchObject({ target: 'Kirby said.', status: 'draft' });
  });

  it('close twice is harmless', () => {
    session.create(tmp.path('x.mizan'), 'x');
    session.close();
    expect(() => session.close()).not.toThrow();
  });

  it('open replaces the current project and closes the old one cleanly', () => {
    const first = tmp.path('first.mizan');
    const second = tmp.path('second.mizan');
    session.create(second, 'second');
    session.close();
    session.create(first, 'first', (db) => {
      seedDocument(db, [{}]);
    });
    expect(session.open(second).title).toBe('second');
    expect(walBytes(first)).toBe(0);
    expect(session.info().path).toBe(second);
  });

  it('a failed open keeps the current project', () => {
    const open = tmp.path('open.mizan');
    session.create(open, 'open');
    expect(() => session.open(tmp.path('missing.mizan'))).toThrow(expect.objectContaining({ code: 'not-found' }));
    writeFileSync(tmp.path('notes.mizan'), 'plain text');
    expect(() => session.open(tmp.path('notes.mizan'))).toThrow(expect.objectContaining({ code: 'not-a-project' }));
    expect(session.info().path).toBe(open);
  });

  it('falls back to the file name when the project has no title', () => {
    const path = tmp.path('Untitled Talks.mizan');
    createProjectFile(path).close();
    expect(session.open(path).title).toBe('Untitled Talks');
  });

  it('opening an older file upgrades it and reports where the untouched copy was kept', () => {
    const path = tmp.path('old.mizan');
    const old = new Database(path);
    old.pragma(`application_id = ${MIZAN_APPLICATION_ID}`);
    old.pragma('user_version = 0');
    old.close();
    const info = session.open(path);
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.backupPath).toMatch(/old\.mizan\.v0-\d+\.bak$/);
    expect(existsSync(info.backupPath!)).toBe(true);
    const copy = new Database(info.backupPath!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(0);
    copy.close();
  });
});
