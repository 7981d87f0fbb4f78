// The entry of a job's worker thread: opens its own connection to the project, runs one job, posts
// progress and the result (or the error's code and message), then closes the connection. Terminating
// the thread mid-import loses only its uncommitted transaction: SQLite rolls it back.
import type { Database } from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { MizanError } from '../../core/errors.js';
import { openJobConnection, openReadSnapshot, type OpenOptions, type ReadSnapshot } from '../../store/open-database.js';
import type { FromWorker, ToWorker, WorkerData } from './job-types.js';
import { jobServiceContext, runJob } from './run-job.js';

const port = parentPort;
// workerData is what job-runner.ts passed to this thread; it is not input from outside the app.
const data = workerData as WorkerData;
const post = (message: FromWorker) => port?.postMessage(message);
const abort = new AbortController();
port?.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') abort.abort();
});

function connect(): { db: Database | null; close: () => void } {
  if (!data.projectPath) return { db: null, close: () => undefined };
  const options: OpenOptions = { ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}), readOnly: data.readOnly };
  if (data.kind === 'export') {
    // An export reads one consistent snapshot while the session keeps editing.
    const snapshot: ReadSnapshot = openReadSnapshot(data.projectPath, options);
    return snapshot;
  }
  const db = openJobConnection(data.projectPath, options);
  return { db, close: () => db.close() };
}

async function main(): Promise<void> {
  let connection: { db: Database | null; close: () => void } | null = null;
  let outcome: FromWorker;
  try {
    connection = connect();
    // The kind and its input travel together from job-runner.ts, so they match.
    const value: unknown = await runJob(data.kind, connection.db, jobServiceContext(data.context), data.input as never, {
      onProgress: (done, total) => post({ type: 'progress', done, total }),
      signal: abort.signal,
    });
    outcome = { type: 'done', value };
  } catch (error) {
    const code = error instanceof MizanError ? error.code : typeof (error as { code?: unknown })?.code === 'string' ? String((error as { code: string }).code) : 'internal';
    outcome = { type: 'error', code, message: error instanceof Error ? error.message : String(error) };
  }
  try {
    connection?.close();
  } finally {
    post(outcome);
    port?.close();
  }
}

void main();
