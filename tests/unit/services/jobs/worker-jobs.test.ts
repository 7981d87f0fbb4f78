import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MizanError } from '../../../../src/core/errors.js';
import { createHandlers } from '../../../../src/services/handlers.js';
import { workerJobRunner } from '../../../../src/services/jobs/job-runner.js';
import { PrefsStore } from '../../../../src/services/prefs-store.js';
import { ProjectSession } from '../../../../src/services/project-session.js';
import { allowEveryPath, fakeHost } from '../../helpers/handler-deps.js';
import { T0 } from '../../helpers/store-fixtures.js';
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js';

/** The worker entry as TypeScript source, run under tsx as the bundled job-worker.js runs in the app. */
const jobs = workerJobRunner({ entry: new URL('../../helpers/job-worker-under-tsx.mjs', import.meta.url) });

let tmp: TempDir;
let session: ProjectSession;
let host: ReturnType<typeof fakeHost>;
let handlers: ReturnType<typeof createHandlers>;
let project: string;

beforeEach(async () => {
  tmp = makeTempDir();
  session = new ProjectSession();
  host = fakeHost();
  handlers = createHandlers({ session, prefs: new PrefsStore(tmp.dir, 'worker-user'), now: () => T0, host, jobs, grants: allowEveryPath });
  project = tmp.path('p.mizan');
  await handlers['project.new']({ path: project });
});
afterEach(() => {
  session.close();
  tmp.cleanup();
});

/** A long Arabic text: about `sentences` sentences in paragraphs of ten. */
function bigText(name: string, sentences: number): string {
  const path = tmp.path(name);
  const lines: string[] = [];
  for (let i = 0; i < sentences; i += 10) {
    lines.push(Array.from({ length: 10 }, (_, j) => `قال المتحدث في البيان رقم ${i + j} إن الحوار مستمر بين الطرفين.`).join(' '));
  }
  writeFileSync(path, lines.join('\n'));
  return path;
}

const count = (table: string) => {
  const db = new Database(project, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

// Each job starts a worker that compiles the services under tsx (seconds on a busy machine): a generous limit, not a timing.
describe('imports, previews and exports in a worker thread', { timeout: 120_000 }, () => {
  it('imports a text file, previews it and exports it with the same results as in-process', async () => {
    const path = bigText('small.txt', 30);
    const preview = await handlers['document.previewFile']({ path });
    expect(preview).toMatchObject({ name: 'small.txt', encoding: 'utf-8', sentences: 30 });
    const doc = await handlers['document.importFile']({ path });
    expect(doc).toMatchObject({ title: 'small', segmentCount: 30 });
    // The session's own connection sees what the worker committed.
    expect((await handlers['segment.list']({ documentId: doc.id, offset: 0, limit: 5 })).total).toBe(30);

    const out = tmp.path('small.tsv');
    const result = await handlers['export.run']({ documentId: doc.id, format: 'tsv', path: out });
    expect(result).toMatchObject({ path: out, format: 'tsv' });
    expect(existsSync(out)).toBe(true);
    expect(host.events.filter((e) => e.event === 'export.progress').at(-1)?.payload).toMatchObject({ done: 30, total: 30 });
  });

  it('an error in the worker arrives with its code and message', async () => {
    const folder = tmp.path('folder.txt');
    mkdirSync(folder);
    await expect(handlers['document.importFile']({ path: folder })).rejects.toEqual(expect.objectContaining({ code: 'bad-input', message: expect.stringContaining('is a folder') }));
    expect(count('documents')).toBe(0);
  });

  it('the main event loop keeps turning during a long import, and Cancel leaves the project unchanged', async () => {
    const path = bigText('big.txt', 200_000);
    let ticks = 0;
    const timer = setInterval(() => void ticks++, 5);
    try {
      const result = Promise.resolve(handlers['document.importFile']({ path }));
      const outcome = result.then(() => 'finished', (error: unknown) => error);
      // The loop turns while the worker parses and inserts: ticks arrive, then we cancel.
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (ticks >= 20) {
            clearInterval(check);
            resolve();
          }
        }, 1);
      });
      expect(await handlers['document.cancelImport']({})).toEqual({ cancelled: true });
      const error = await outcome;
      expect(error).toBeInstanceOf(MizanError);
      expect((error as MizanError).code).toBe('cancelled');
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThanOrEqual(20);
    expect(count('documents')).toBe(0);
    expect(count('segments')).toBe(0);
    // The worker's connection and its write lock are gone: the session writes at once.
    const doc = await handlers['document.importText']({ title: 'after', sourceText: 'جملة أولى. جملة ثانية.' });
    expect(doc.segmentCount).toBe(2);
    const db = new Database(project, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a cancelled export leaves no file and no temporary behind', async () => {
    const doc = await handlers['document.importFile']({ path: bigText('mid.txt', 20_000) });
    const out = tmp.path('mid.xliff');
    const running = Promise.resolve(handlers['export.run']({ documentId: doc.id, format: 'xliff12', path: out }));
    const outcome = running.then(() => 'finished', (error: unknown) => error);
    await handlers['export.cancel']({});
    const error = await outcome;
    expect(error).toMatchObject({ code: 'cancelled' });
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('mid.xliff'))).toEqual([]);
  });

  it('writes on a read-only project are refused in the worker too', async () => {
    session.close();
    const readOnly = new ProjectSession();
    const h = createHandlers({ session: readOnly, prefs: new PrefsStore(tmp.dir, 'worker-user'), now: () => T0, host, jobs, grants: allowEveryPath });
    await h['project.open']({ path: project, access: 'readOnly' });
    await expect(h['document.importText']({ title: 't', sourceText: 'جملة.' })).rejects.toMatchObject({ code: 'read-only' });
    expect(count('documents')).toBe(0);
    readOnly.close();
  });
});
