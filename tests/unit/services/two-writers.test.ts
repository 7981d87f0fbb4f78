// Two processes writing the same project at once (two windows, or a window and a `mizan` command):
// with IMMEDIATE write transactions the second writer waits for the lock (busy_timeout) instead of
// failing with "database is locked". Every save lands, nothing is lost, the file stays sound.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MizanError } from '../../../src/core/errors.js';
import { createProjectFile } from '../../../src/store/open-database.js';
import { PROJECT_BUSY_MESSAGE, writeTransaction } from '../../../src/store/write-transaction.js';
import { historyState, undoLast } from '../../../src/services/edit-history.js';
import { updateTarget } from '../../../src/services/segment-service.js';
import { getSegment } from '../../../src/store/segments.js';
import { seedDocument, testContext } from '../helpers/store-fixtures.js';

const SAVES = 500;
const WORKER = resolve(import.meta.dirname, '../helpers/two-writers-worker.ts');

interface WorkerReport {
  name: string;
  saved: number;
  failed: number;
  errors: string[];
  ms: number;
}

function runWorker(path: string, id: number, name: string): Promise<WorkerReport> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, path, String(id), String(SAVES), name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(JSON.parse(out) as WorkerReport) : fail(new Error(`${name} exited with ${code}: ${err}`))));
  });
}

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('two writers on one project file', () => {
  it(`2 × ${SAVES} saves through the services: none fails, none is lost, integrity_check ok`, async () => {
    dir = mkdtempSync(join(tmpdir(), 'mizan-two-writers-'));
    const path = join(dir, 'shared.mizan');
    const db = createProjectFile(path);
    const { segmentIds: [a, b] } = seedDocument(db, [{}, {}]);
    db.close();

    const started = performance.now();
    const reports = await Promise.all([runWorker(path, a!, 'alpha'), runWorker(path, b!, 'beta')]);
    console.log(`two writers: ${reports.map((r) => `${r.name} ${r.saved} saves in ${r.ms.toFixed(0)} ms`).join(', ')}; ${(performance.now() - started).toFixed(0)} ms in all`);

    expect(reports.map((r) => [r.name, r.failed, r.errors])).toEqual([['alpha', 0, []], ['beta', 0, []]]);
    const check = new Database(path, { readonly: true });
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = check.prepare('SELECT id, target FROM segments ORDER BY position').all() as { id: number; target: string }[];
      expect(rows.map((r) => r.target)).toEqual([`alpha save ${SAVES - 1}`, `beta save ${SAVES - 1}`]);
      // Every save is a revision: none was lost between the two processes.
      const revisions = check.prepare("SELECT segment_id AS id, count(*) AS n FROM revisions WHERE field = 'target' GROUP BY segment_id ORDER BY segment_id").all();
      expect(revisions).toEqual([{ id: a, n: SAVES }, { id: b, n: SAVES }]);
    } finally {
      check.close();
    }
  }, 180_000);

  it('a writer that cannot get the lock within the busy timeout gets a message saying what to do, and nothing is written', () => {
    dir = mkdtempSync(join(tmpdir(), 'mizan-busy-'));
    const path = join(dir, 'busy.mizan');
    const first = createProjectFile(path);
    const second = new Database(path);
    second.pragma('busy_timeout = 50');
    try {
      seedDocument(first, [{}]);
      first.prepare('BEGIN IMMEDIATE').run();
      const attempt = () => writeTransaction(second, () => second.prepare("UPDATE segments SET target = 'lost?'").run());
      expect(attempt).toThrow(MizanError);
      expect(attempt).toThrow(PROJECT_BUSY_MESSAGE);
      first.prepare('ROLLBACK').run();
      expect(second.prepare('SELECT target FROM segments').pluck().get()).toBe('');
    } finally {
      second.close();
      first.close();
    }
  });
});

describe('undo while another writer holds the project', () => {
  it('keeps the entry: nothing was undone, and Undo works once the other writer is done', () => {
    dir = mkdtempSync(join(tmpdir(), 'mizan-busy-undo-'));
    const path = join(dir, 'busy.mizan');
    const db = createProjectFile(path);
    db.pragma('busy_timeout = 50');
    const other = new Database(path);
    try {
      const { segmentIds: [id] } = seedDocument(db, [{ target: 'before', status: 'draft' }]);
      updateTarget(db, testContext(), id!, 'after', null);
      other.prepare('BEGIN IMMEDIATE').run();
      expect(() => undoLast(db)).toThrow(PROJECT_BUSY_MESSAGE);
      expect(historyState(db)).toMatchObject({ canUndo: true, undoLabel: 'Edit translation' });
      other.prepare('ROLLBACK').run();
      undoLast(db);
      expect(getSegment(db, id!)!.target).toBe('before');
    } finally {
      other.close();
      db.close();
    }
  });
});
