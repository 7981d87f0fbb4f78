import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../src/core/formats/types.js';
import { exportDocument } from '../../../src/services/export-service.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import { insertDocument } from '../../../src/store/documents.js';
import { insertSegment } from '../../../src/store/segments.js';
import { hashFile, makeTempDir, type TempDir } from '../helpers/temp-dir.js';

let tmp: TempDir;
let session: ProjectSession;
let project: string;

beforeEach(() => {
  tmp = makeTempDir();
  project = tmp.path('P.mizan');
  session = new ProjectSession();
  session.create(project, 'P', (db) => {
    const documentId = insertDocument(db, { title: 'd', sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
    insertSegment(db, { documentId, position: 0, paragraph: 0, source: 'نص.', target: 'Text.', status: 'translated', doNotTranslate: false, at: 0, by: 't' });
  });
});
afterEach(() => {
  session.close();
  tmp.cleanup();
});

const exportTo = (outPath: string, format: ExportFormat = 'tmx') =>
  exportDocument(session.require(), { documentId: null, format, outPath, now: 0, tool: { name: 'M', version: 't' } });

/** The project as it is on disk, WAL folded in, so a byte-for-byte comparison means something. */
function projectHash(): string {
  session.require().pragma('wal_checkpoint(TRUNCATE)');
  return hashFile(project);
}

describe('export destination checks', () => {
  it.each<[string, () => string, RegExp]>([
    ['the project itself', () => project, /is the open project itself; exporting there would destroy it/],
    ['the project by a ./ and .. path', () => join(tmp.dir, '.', 'sub', '..', 'P.mizan'), /is the open project itself/],
    ['the project in another case', () => tmp.path('p.MIZAN'), /is the open project itself/],
    ['its WAL', () => `${project}-wal`, /the open project's -wal file/],
    ['its shared memory', () => `${project}-shm`, /the open project's -shm file/],
    ['its journal', () => `${project}-journal`, /the open project's -journal file/],
    ['a backup of it', () => `${project}.v1-123.bak`, /a backup of the open project/],
    ['a symbolic link to it', () => {
      mkdirSync(tmp.path('elsewhere'));
      symlinkSync(project, tmp.path('elsewhere/out.tmx'));
      return tmp.path('elsewhere/out.tmx');
    }, /is the open project itself/],
    ['the project through a linked folder', () => {
      symlinkSync(tmp.dir, tmp.path('alias'));
      return tmp.path('alias/P.mizan');
    }, /is the open project itself/],
    ['a folder', () => {
      mkdirSync(tmp.path('folder.tmx'));
      return tmp.path('folder.tmx');
    }, /folder\.tmx is a folder; give a file name to export to/],
    ['a device', () => '/dev/null', /\/dev\/null is not a regular file/],
    ['another database', () => {
      const other = new ProjectSession();
      other.create(tmp.path('other.mizan'), 'o');
      other.close();
      return tmp.path('other.mizan');
    }, /is a database \(perhaps a Mizan project\), not an export; choose another name/],
    ['a missing folder', () => tmp.path('nowhere/out.tmx'), /the folder .*nowhere does not exist; create it or choose another/],
  ])('refuses %s before writing anything; the project is unchanged', async (_name, target, message) => {
    const before = projectHash();
    const out = target();
    await expect(exportTo(out)).rejects.toMatchObject({ code: expect.stringMatching(/bad-input|not-found/) as unknown, message: expect.stringMatching(message) as unknown });
    expect(projectHash()).toBe(before);
    expect(session.require().pragma('integrity_check', { simple: true })).toBe('ok');
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.mizan-tmp-'))).toEqual([]);
  });

  it('a project opened through a link: the real file and its WAL are refused too', async () => {
    session.close();
    mkdirSync(tmp.path('links'));
    symlinkSync(project, tmp.path('links/Link.mizan'));
    session.open(tmp.path('links/Link.mizan'));
    const before = projectHash();
    await expect(exportTo(project)).rejects.toThrow(/is the open project itself/);
    await expect(exportTo(`${project}-wal`)).rejects.toThrow(/the open project's -wal file/);
    await expect(exportTo(tmp.path('links/Link.mizan-shm'))).rejects.toThrow(/the open project's -shm file/);
    expect(projectHash()).toBe(before);
  });

  it('replaces an earlier export of the same name, and removes what a killed export left', async () => {
    writeFileSync(tmp.path('out.tmx'), 'old export');
    writeFileSync(tmp.path('out.tmx.mizan-tmp-999999999'), 'half of a killed export');
    const result = await exportTo(tmp.path('out.tmx'));
    expect(result.bytes).toBeGreaterThan('old export'.length);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.mizan-tmp-'))).toEqual([]);
  });

  it('an HTML export whose fonts cannot be written fails without leaving the page behind', async () => {
    writeFileSync(tmp.path('fonts'), 'a file where the fonts folder would go');
    await expect(exportTo(tmp.path('page.html'), 'html')).rejects.toThrow(/needs a fonts folder there/);
    expect(existsSync(tmp.path('page.html'))).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.mizan-tmp-'))).toEqual([]);
  });
});
