// npx tsx scripts/bench-aligned-import.ts [--sentences N] [--realign]
// How long the main event loop stalls during "Import translation…" of a long text (and a re-align of the
// whole document with --realign): the aligned import's plan in-process (what main did before it moved
// into a job) against in a worker thread (the app). A timer ticks every millisecond on the main thread;
// the longest gap between ticks is the stall the window would feel. A benchmark: it prints, never fails.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers, type HandlerDeps } from '../src/services/handlers';
import { inlineJobRunner, workerJobRunner, type JobRunner } from '../src/services/jobs/job-runner';
import { PrefsStore } from '../src/services/prefs-store';
import { ProjectSession } from '../src/services/project-session';

const { values } = parseArgs({ options: { sentences: { type: 'string', default: '10000' }, realign: { type: 'boolean', default: false } } });
const target = Number(values.sentences);
const CORPUS = new URL('../../shared/corpus/ntrex-news/', import.meta.url);
const docs = ['dev01', 'dev02', 'dev03', 'dev04', 'dev05'];

/** Real news repeated until the Arabic has about `target` sentences (paragraphs kept). */
function texts(): { ar: string; en: string; sentences: number } {
  const ar: string[] = [];
  const en: string[] = [];
  let sentences = 0;
  while (sentences < target) {
    for (const d of docs) {
      ar.push(readFileSync(new URL(`${d}/ar.txt`, CORPUS), 'utf8').trim());
      en.push(readFileSync(new URL(`${d}/en.txt`, CORPUS), 'utf8').trim());
      sentences += readFileSync(new URL(`${d}/ar.sents`, CORPUS), 'utf8').trim().split('\n').length;
    }
  }
  return { ar: ar.join('\n'), en: en.join('\n'), sentences };
}

const host: HandlerDeps['host'] = {
  openProjectDialog: async () => null, newProjectDialog: async () => null, importTextDialog: async () => null, importGlossaryDialog: async () => null,
  exportFileDialog: async () => null, closeReady: () => undefined, closeHeld: () => undefined, emit: () => undefined,
};

async function measure(label: string, jobs: JobRunner, dir: string, ar: string, enPath: string): Promise<void> {
  const session = new ProjectSession();
  const handlers = createHandlers({ session, prefs: new PrefsStore(dir, 'bench'), now: () => Date.now(), host, jobs, grants: { grant: (p) => p, require: () => undefined } });
  await handlers['project.new']({ path: join(dir, `${label}.mizan`) });
  const doc = await handlers['document.importText']({ title: 'bench', sourceText: ar });
  // Under tsx a worker's first start compiles the services; the app's bundled worker does not: warm up.
  await handlers['document.previewFile']({ path: enPath });
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const run = async (what: string, call: () => Promise<unknown> | unknown) => {
    const started = performance.now();
    longest = 0;
    last = started;
    await call();
    const total = performance.now() - started;
    longest = Math.max(longest, performance.now() - last);
    console.log(`${label.padEnd(10)} ${what.padEnd(20)} total ${total.toFixed(0).padStart(6)} ms   longest main-loop stall ${longest.toFixed(0).padStart(6)} ms`);
  };
  await run('import translation', () => handlers['alignment.importTranslation']({ documentId: doc.id, path: enPath }));
  if (values.realign) {
    const total = (await handlers['segment.list']({ documentId: doc.id, offset: 0, limit: 1 })).total;
    await run(`re-align 1–${total}`, () => handlers['alignment.realign']({ documentId: doc.id, from: 0, to: total - 1 }));
    for (const n of [10, 100, 200, 1000]) await run(`re-align 1–${n}`, () => handlers['alignment.realign']({ documentId: doc.id, from: 0, to: n - 1 }));
  }
  clearInterval(timer);
  session.close();
}

const dir = mkdtempSync(join(tmpdir(), 'mizan-bench-aligned-'));
try {
  const { ar, en, sentences } = texts();
  const enPath = join(dir, 'en.txt');
  writeFileSync(enPath, en);
  console.log(`about ${sentences} Arabic sentences (ntrex-news repeated), ${en.length} characters of English`);
  await measure('in-process', inlineJobRunner, dir, ar, enPath);
  await measure('worker', workerJobRunner({ entry: new URL('../tests/unit/helpers/job-worker-under-tsx.mjs', import.meta.url) }), dir, ar, enPath);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
