import type { Database } from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, MizanError, type ErrorCode } from '../../core/errors.js';
import { tempPathFor } from '../../store/atomic-write.js';
import type { ServiceContext } from '../context.js';
import type { FromWorker, JobHooks, JobInputs, JobKind, JobOutputs, ToWorker, WorkerData } from './job-types.js';
import { runJob } from './run-job.js';

export interface RunningJob<T> {
  result: Promise<T>;
  /** Stops the job: nothing of an import is kept, no export file is left. The result then fails with 'cancelled'. */
  cancel(): void;
}

/** Where a job runs: its project (null when none is open, or in memory) and its hooks. */
export interface JobTarget {
  /** The session's connection, for jobs run in-process. */
  db: Database | null;
  /** The project file, for a worker's own connection; null runs the job in-process (in-memory projects). */
  path: string | null;
  readOnly: boolean;
}

export interface JobRunner {
  start<K extends JobKind>(kind: K, input: JobInputs[K], target: JobTarget, ctx: ServiceContext, hooks?: Pick<JobHooks, 'onProgress' | 'pause'>): RunningJob<JobOutputs[K]>;
}

const cancelled = () => new MizanError('cancelled', 'cancelled; nothing was changed');

/** Runs jobs on the calling thread (the CLI, tests, in-memory projects): Cancel stops an export between segments. */
export const inlineJobRunner: JobRunner = {
  start(kind, input, target, ctx, hooks = {}) {
    const abort = new AbortController();
    return { result: runJob(kind, target.db, ctx, input, { ...hooks, signal: abort.signal }), cancel: () => abort.abort() };
  },
};

export interface WorkerJobOptions {
  /** The worker's entry: job-worker.js next to the bundled main, or the .ts source under tsx in tests. */
  entry: URL;
  /** Node options for the worker (tests: ['--import', 'tsx']). */
  execArgv?: string[];
  nativeBinding?: string;
  /** A job whose memory grows past this is stopped with a message instead of taking the app down. */
  maxMemoryMb?: number;
  /** After Cancel, how long an export may take to stop between segments before its thread is ended. */
  cancelGraceMs?: number;
}

const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);

/**
 * Runs each job in its own worker thread with its own connection to the project file, so reading a
 * hostile file (deep nesting, quadratic parse) or writing a long export never blocks the thread
 * that answers the window. Cancel ends the thread: an import's transaction is rolled back by SQLite,
 * an export's temporary file removed. In-memory projects run in-process (a worker cannot see them).
 */
export function workerJobRunner(options: WorkerJobOptions): JobRunner {
  return {
    start(kind, input, target, ctx, hooks = {}) {
      if (target.db?.memory) return inlineJobRunner.start(kind, input, target, ctx, hooks);
      const data: WorkerData = {
        kind, input, projectPath: target.path, readOnly: target.readOnly,
        context: { at: ctx.now(), user: ctx.user() },
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      };
      const worker = new Worker(options.entry, {
        workerData: data,
        ...(options.execArgv ? { execArgv: options.execArgv } : {}),
        resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? 3072 },
      });
      let settled = false;
      let cancelRequested = false;
      let graceTimer: ReturnType<typeof setTimeout> | null = null;
      const cleanUpExport = () => {
        // The export's temporary file (atomic-write.ts names it after the process, which a worker shares,
        // so the sweep of dead processes' temporaries would not take it).
        if (kind === 'export') rmSync(tempPathFor((input as JobInputs['export']).outPath), { force: true });
      };
      const result = new Promise<JobOutputs[typeof kind]>((resolve, reject) => {
        const finish = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          if (graceTimer) clearTimeout(graceTimer);
          outcome();
        };
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'progress') hooks.onProgress?.(message.done, message.total);
          // The value is what runJob returned for this kind in the worker (structured clone of plain data).
          else if (message.type === 'done') finish(() => resolve(message.value as JobOutputs[typeof kind]));
          else {
            finish(() => reject(isErrorCode(message.code)
              ? new MizanError(message.code, message.message)
              : Object.assign(new Error(message.message), { code: message.code })));
          }
        });
        worker.on('error', (error: Error & { code?: string }) => {
          finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new MizanError('bad-input', `the file needs more memory than one ${kind === 'export' ? 'export' : 'import'} may use (${options.maxMemoryMb ?? 3072} MB); nothing was changed. Split it into smaller files.`)
            : error));
        });
        worker.on('exit', () => {
          if (cancelRequested) cleanUpExport();
          finish(() => reject(cancelRequested ? cancelled() : new MizanError('internal', `the ${kind} stopped unexpectedly; nothing was changed`)));
        });
      });
      return {
        result,
        cancel: () => {
          if (settled || cancelRequested) return;
          cancelRequested = true;
          if (kind === 'export') {
            // An export stops cleanly between segments; a hung one is ended after a grace period.
            worker.postMessage({ type: 'cancel' } satisfies ToWorker);
            graceTimer = setTimeout(() => void worker.terminate(), options.cancelGraceMs ?? 2000);
          } else {
            void worker.terminate();
          }
        },
      };
    },
  };
}
