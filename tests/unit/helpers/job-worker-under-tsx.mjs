// Loads the job worker's TypeScript source in a worker thread (the app loads the bundled job-worker.js).
import { register } from 'tsx/esm/api';

register();
await import(new URL('../../../src/services/jobs/job-worker.ts', import.meta.url).href);
