import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alignSentences } from '../../../../src/core/align/index.js';
import type { DocumentId, Segment } from '../../../../src/core/model.js';
import { defaultRuleSet, segmentText } from '../../../../src/core/text/segmentation/index.js';
import { createHandlers, REALIGN_IN_JOB_FROM } from '../../../../src/services/handlers.js';
import { inlineJobRunner, workerJobRunner, type JobRunner } from '../../../../src/services/jobs/job-runner.js';
import { PrefsStore } from '../../../../src/services/prefs-store.js';
import { ProjectSession } from '../../../../src/services/project-session.js';
import { allowEveryPath, fakeHost } from '../../helpers/handler-deps.js';
import { T0 } from '../../helpers/store-fixtures.js';
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js';

const workerJobs = workerJobRunner({ entry: new URL('../../helpers/job-worker-under-tsx.mjs', import.meta.url) });
const CORPUS = new URL('../../../../../shared/corpus/ntrex-news/dev01/', import.meta.url);
/** The corpus sits beside the repository here; a clone elsewhere skips the corpus test (and says so). */
const HAVE_CORPUS = existsSync(CORPUS);

/** The worker runner, recording the jobs started and their progress (the aligned import reports "file read, aligning"). */
const progress: string[] = [];
const started: string[] = [];
const observed: JobRunner = {
  start(kind, input, target, ctx, hooks = {}) {
    started.push(kind);
    return workerJobs.start(kind, input, target, ctx, {
      ...hooks,
      onProgress: (done, total) => {
        progress.push(`${kind} ${done}/${total}`);
        hooks.onProgress?.(done, total);
      },
    });
  },
};

let tmp: TempDir;
const sessions: ProjectSession[] = [];

beforeEach(() => {
  tmp = makeTempDir();
  progress.length = 0;
  started.length = 0;
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  tmp.cleanup();
});

async function project(name: string, jobs: JobRunner) {
  const session = new ProjectSession();
  sessions.push(session);
  const handlers = createHandlers({ session, prefs: new PrefsStore(tmp.dir, 'aligner'), now: () => T0, host: fakeHost(), jobs, grants: allowEveryPath });
  await handlers['project.new']({ path: tmp.path(name) });
  return handlers;
}

type Handlers = Awaited<ReturnType<typeof project>>;

const rows = async (h: Handlers, documentId: DocumentId) => {
  const { items } = await h['segment.list']({ documentId, offset: 0, limit: 100_000 });
  return items.map((s: Segment) => ({ source: s.source, target: s.target, paragraph: s.paragraph, alignScore: s.alignScore, status: s.status }));
};

/** Arabic and English news-like sentences, `n` of each, ten to a paragraph. */
function parallel(n: number): { ar: string; en: string } {
  const ar: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < n; i += 10) {
    const ids = Array.from({ length: Math.min(10, n - i) }, (_, j) => i + j);
    ar.push(ids.map((k) => `قال المتحدث في البيان رقم ${k} إن الحوار مستمر بين الطرفين${k % 3 === 0 ? ' منذ أسابيع طويلة' : ''}.`).join(' '));
    en.push(ids.map((k) => `The spokesman said in statement ${k} that the dialogue between the two sides continues${k % 3 === 0 ? ' after long weeks' : ''}.`).join(' '));
  }
  return { ar: ar.join('\n'), en: en.join('\n') };
}

// Each job starts a worker that compiles the services under tsx (seconds on a busy machine): a generous limit, not a timing.
describe('the aligned import planned in a worker thread', { timeout: 180_000 }, () => {
  it.skipIf(!HAVE_CORPUS)(`gives the same segments as aligning on the calling thread, bead for bead (ntrex-news dev01)${HAVE_CORPUS ? '' : ' (skipped: ../shared/corpus is absent)'}`, async () => {
    const ar = readFileSync(new URL('ar.txt', CORPUS), 'utf8');
    const enPath = tmp.path('en.txt');
    writeFileSync(enPath, readFileSync(new URL('en.txt', CORPUS), 'utf8'));

    const inWorker = await project('worker.mizan', observed);
    const doc = await inWorker['document.importText']({ title: 'dev01', sourceText: ar });
    const before = await rows(inWorker, doc.id);
    const aligned = await inWorker['alignment.importTranslation']({ documentId: doc.id, path: enPath });
    expect(progress).toContain('alignTranslation 1/2');

    // What importTranslation computed before the split: segment the English, align it to the segments as they were.
    const sentences = segmentText(readFileSync(enPath, 'utf8').normalize('NFC'), defaultRuleSet('en'));
    const beads = alignSentences(before.map((u) => ({ text: u.source, paragraph: u.paragraph })), sentences.map((s) => ({ text: s.text, paragraph: s.paragraph })));
    const after = await rows(inWorker, doc.id);
    // Sure cuts at import (suggestCut) split a bead's Arabic where its English has two sentences: each
    // adds one row, and no text is lost or moved out of order.
    const cuts = aligned.autoCuts ?? 0;
    expect(aligned).toMatchObject({ total: beads.length + cuts, targetSentences: sentences.length });
    const words = (texts: string[]) => texts.join(' ').split(/\s+/).filter((w) => w !== '');
    expect(words(after.map((r) => r.source))).toEqual(words(beads.map((b) => b.source.map((i) => before[i]!.source).join(' '))));
    expect(words(after.map((r) => r.target))).toEqual(words(beads.map((b) => b.target.map((j) => sentences[j]!.text).join(' '))));
    if (cuts === 0) expect(after.map((r) => r.alignScore)).toEqual(beads.map((b) => b.score));

    // And the very same rows as the in-process path (CLI, in-memory projects).
    const inline = await project('inline.mizan', inlineJobRunner);
    const doc2 = await inline['document.importText']({ title: 'dev01', sourceText: ar });
    expect(await inline['alignment.importTranslation']({ documentId: doc2.id, path: enPath })).toMatchObject({ total: aligned.total, lowConfidence: aligned.lowConfidence });
    expect(await rows(inline, doc2.id)).toEqual(after);
    // One undoable step, recorded by the session.
    expect(await inWorker['history.state']({})).toMatchObject({ canUndo: true, undoLabel: 'Import translation' });
    await inWorker['history.undo']({});
    expect(await rows(inWorker, doc.id)).toEqual(before);
  });

  it('the main event loop keeps turning while a long translation is aligned, and Cancel leaves the project unchanged', async () => {
    const { ar, en } = parallel(6000);
    const enPath = tmp.path('long-en.txt');
    writeFileSync(enPath, en);
    const h = await project('long.mizan', observed);
    const doc = await h['document.importText']({ title: 'long', sourceText: ar });
    const before = await rows(h, doc.id);
    const history = await h['history.state']({});

    let ticks = 0;
    const timer = setInterval(() => void ticks++, 5);
    try {
      const outcome = Promise.resolve(h['alignment.importTranslation']({ documentId: doc.id, path: enPath })).then(() => 'finished', (error: unknown) => error);
      // Once the worker has read the file it segments and aligns (seconds for 6,000 sentences): ticks must arrive meanwhile.
      await new Promise<void>((resolve) => {
        let ticksAtAligning: number | null = null;
        const check = setInterval(() => {
          if (ticksAtAligning === null && progress.includes('alignTranslation 1/2')) ticksAtAligning = ticks;
          if (ticksAtAligning !== null && ticks >= ticksAtAligning + 20) {
            clearInterval(check);
            resolve();
          }
        }, 1);
      });
      expect(await h['document.cancelImport']({})).toEqual({ cancelled: true });
      expect(await outcome).toMatchObject({ code: 'cancelled' });
    } finally {
      clearInterval(timer);
    }
    expect(await rows(h, doc.id)).toEqual(before);
    expect(await h['history.state']({})).toEqual(history);
    const db = new Database(tmp.path('long.mizan'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('re-aligns a large range in a worker with the same result as on the calling thread', async () => {
    const n = REALIGN_IN_JOB_FROM + 20;
    const { ar, en } = parallel(n);
    // Half the English is pasted into the wrong rows: re-align has something to put right.
    const shifted = en.split('\n').map((p, i) => (i % 2 === 0 ? p : ''));
    const enPath = tmp.path('mid-en.txt');
    writeFileSync(enPath, shifted.join('\n'));
    const results = [];
    for (const [name, jobs] of [['w.mizan', observed], ['i.mizan', inlineJobRunner]] as const) {
      const h = await project(name, jobs);
      const doc = await h['document.importText']({ title: 'mid', sourceText: ar });
      await h['alignment.importTranslation']({ documentId: doc.id, path: enPath });
      const total = (await h['segment.list']({ documentId: doc.id, offset: 0, limit: 1 })).total;
      const realigned = await h['alignment.realign']({ documentId: doc.id, from: 0, to: total - 1 });
      results.push({ realigned: { total: realigned.total, lowConfidence: realigned.lowConfidence, targetSentences: realigned.targetSentences }, rows: await rows(h, doc.id) });
    }
    expect(started.filter((k) => k === 'realign')).toEqual(['realign']);
    expect(results[0]).toEqual(results[1]);
  });
});
