import type { Database } from 'better-sqlite3';
import type { ServiceContext } from '../context.js';
import { planRealign, planTranslationImport } from '../alignment-plan.js';
import { exportDocument } from '../export-service.js';
import { runDocumentQa } from '../qa-service.js';
import { previewTextFile } from '../file-preview.js';
import { importGlossary } from '../glossary-service.js';
import { importBilingualPath, previewBilingualFile } from '../import-bilingual.js';
import { importSourceText } from '../import-text.js';
import { readTextFile } from '../text-file.js';
import { MizanError } from '../../core/errors.js';
import type { JobContext, JobHooks, JobInputs, JobKind, JobOutputs } from './job-types.js';

type JobTable = { [K in JobKind]: (db: Database | null, ctx: ServiceContext, input: JobInputs[K], hooks: JobHooks) => JobOutputs[K] | Promise<JobOutputs[K]> };

const need = (db: Database | null): Database => {
  if (!db) throw new MizanError('no-project', 'no project is open; open or create one first');
  return db;
};

/** Each job is the use case the channel ran before jobs moved off the main thread: same services, same results. */
const JOBS: JobTable = {
  importText: (db, ctx, req) => importSourceText(need(db), ctx, req),
  importFile: (db, ctx, { path, title, encoding }) => {
    const file = readTextFile(path, encoding ?? 'auto');
    return importSourceText(need(db), ctx, { title: title ?? file.name.replace(/\.[^.]+$/, ''), sourceText: file.text, sourceName: file.name });
  },
  importBilingual: (db, ctx, { path, title, mapping }) => importBilingualPath(need(db), ctx, path, title, mapping),
  previewFile: (db, _ctx, { path, encoding }) => previewTextFile(db, path, encoding ?? 'auto'),
  previewBilingual: (_db, _ctx, { path, mapping }) => previewBilingualFile(path, mapping),
  alignTranslation: (_db, _ctx, { path, encoding, units, targetRules }, hooks) => {
    const text = readTextFile(path, encoding ?? 'auto').text;
    // Step 1 of 2 done: the file is read; segmenting and aligning, the long part, follow.
    hooks.onProgress?.(1, 2);
    return planTranslationImport(units, text, targetRules);
  },
  realign: (_db, _ctx, { units, sourceRules, targetRules }) => planRealign(units, sourceRules, targetRules),
  importGlossary: (db, ctx, { path }) => importGlossary(need(db), ctx, path),
  qaRun: (db, _ctx, req) => runDocumentQa(need(db), req),
  export: (db, _ctx, req, hooks) =>
    exportDocument(need(db), {
      ...req,
      ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      ...(hooks.pause ? { pause: hooks.pause } : {}),
    }),
};

/** A worker's service context: the clock and user of the moment the job was started. */
export const jobServiceContext = (context: JobContext): ServiceContext => ({ now: () => context.at, user: () => context.user });

export function runJob<K extends JobKind>(kind: K, db: Database | null, ctx: ServiceContext, input: JobInputs[K], hooks: JobHooks = {}): Promise<JobOutputs[K]> {
  const job: JobTable[K] = JOBS[kind];
  return Promise.resolve().then(() => job(db, ctx, input, hooks));
}
