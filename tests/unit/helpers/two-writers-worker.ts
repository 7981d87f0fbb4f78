// One of the two writers of tests/unit/services/two-writers.test.ts, run as its own process:
// saves one segment's translation `count` times through the services (as typing does), on the same
// project file as the other writer. Prints what happened as one JSON line.
import { openProjectFile } from '../../../src/store/open-database.js';
import { foldWriteAheadLog } from '../../../src/store/checkpoint.js';
import { setStatus, updateTarget } from '../../../src/services/segment-service.js';
import type { SegmentId } from '../../../src/core/model.js';

const [path, rawId, rawCount, name] = process.argv.slice(2);
if (!path || !rawId || !rawCount || !name) throw new Error('usage: two-writers-worker <project> <segment id> <count> <name>');
const id = Number(rawId) as SegmentId;
const count = Number(rawCount);
const { db } = openProjectFile(path);
const ctx = { now: () => Date.now(), user: () => name };
const errors: string[] = [];
let saved = 0;
const started = performance.now();
for (let k = 0; k < count; k++) {
  try {
    updateTarget(db, ctx, id, `${name} save ${k}`, null);
    // Every tenth save a status change too: two kinds of write interleave with the other process.
    if (k % 10 === 9) setStatus(db, ctx, id, k % 20 === 19 ? 'translated' : 'draft');
    saved++;
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
}
const ms = performance.now() - started;
foldWriteAheadLog(db);
db.close();
process.stdout.write(`${JSON.stringify({ name, saved, failed: errors.length, errors: errors.slice(0, 3), ms })}\n`);
