// Hostile cases, in a process of their own (so a hang can be killed and memory measured):
//   node --import tsx tests/unit/hostile/run-case.ts <folder> <case index>...
// For each case: make a project, hash it, run the app's import path on the case's file (the
// preview the import dialog shows, then the import), hash the project again. Prints one JSON line
// as a case starts ({ index, started: true }) and one when it ends:
// { index, ms, maxRssMb, outcome, message, segments, comments, unchanged }.
// maxRssMb is the process's high-water mark: run one case per process to measure one case.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MizanError } from '../../../src/core/errors.js';
import { importBilingualPath, previewBilingualFile } from '../../../src/services/import-bilingual.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import { HOSTILE_CASES } from './cases.js';

const [dir, ...indexes] = process.argv.slice(2);
if (!dir || indexes.length === 0) throw new Error('usage: run-case.ts <folder> <case index>...');
const ctx = { now: () => 1_700_000_000_000, user: () => 'tester' };

for (const index of indexes.map(Number)) {
  const hostile = HOSTILE_CASES[index];
  if (!hostile) throw new Error(`no hostile case ${index}`);
  process.stdout.write(`${JSON.stringify({ index, started: true })}\n`);
  // The harness's own test: a case that never ends must be killed and reported, not wait forever.
  if (process.env.MIZAN_HOSTILE_HANG === String(index)) for (;;);
  const project = join(dir, `case-${index}.mizan`);
  const input = join(dir, hostile.file);
  writeFileSync(input, hostile.make());
  const session = new ProjectSession();
  session.create(project, 'Hostile');
  session.close();
  const hash = () => createHash('sha256').update(readFileSync(project)).digest('hex');
  const before = hash();
  session.open(project);
  const start = performance.now();
  let outcome: 'refused' | 'imported' | 'crashed';
  let message = '';
  let segments = 0;
  let comments = 0;
  try {
    previewBilingualFile(input);
    const db = session.require();
    segments = importBilingualPath(db, ctx, input, 'Hostile').segmentCount;
    comments = (db.prepare('SELECT count(*) AS n FROM comments').get() as { n: number }).n;
    outcome = 'imported';
  } catch (error) {
    outcome = error instanceof MizanError && error.code === 'bad-input' ? 'refused' : 'crashed';
    message = error instanceof Error ? error.message : String(error);
  }
  const ms = performance.now() - start;
  session.close();
  const unchanged = before === hash();
  rmSync(input, { force: true });
  process.stdout.write(
    `${JSON.stringify({ index, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, outcome, message: message.slice(0, 400), segments, comments, unchanged })}\n`,
  );
}
