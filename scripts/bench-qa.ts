// npx tsx scripts/bench-qa.ts [--segments N] [--confirms N]
// node --expose-gc --import tsx scripts/bench-qa.ts   (steadier heap figures)
// The quality checks on a book-sized document (default 100,000 NTREX bead pairs, one in ten with a
// speaker annotation): a whole-document run (the panel's Run QA, `mizan qa`) and the per-segment run a
// confirm makes (Ctrl+Enter). Figures and ratios against limits measured in the same run: the whole run
// against reading the document page by page (the floor any run pays), a checked confirm against a plain
// status change (the keystroke it rides on). It runs the registry's checks (core/qa/checks): figures
// grow as checks are added — run it again then. Figures, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { QA_CHECKS } from '../src/core/qa/index';
import { ProjectSession } from '../src/services/project-session';
import { QA_PAGE, runDocumentQa, setStatusChecked } from '../src/services/qa-service';
import { setStatus } from '../src/services/segment-service';
import { insertAnnotation } from '../src/store/annotations';
import { insertDocument } from '../src/store/documents';
import { listQaSegmentsAt } from '../src/store/qa';
import { insertSegment, listSegments } from '../src/store/segments';
import { scaleBeads } from './lib/scale-corpus';

const { values } = parseArgs({ options: { segments: { type: 'string', default: '100000' }, confirms: { type: 'string', default: '300' } } });
const total = Number(values.segments);
const confirms = Number(values.confirms);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const ms = (x: number) => x.toFixed(x < 10 ? 3 : 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const work = mkdtempSync(join(tmpdir(), 'mizan-bench-qa-'));
const session = new ProjectSession();
try {
  let documentId!: ReturnType<typeof insertDocument>;
  const beads = scaleBeads(total);
  session.create(join(work, 'qa.mizan'), 'bench', (db) => {
    documentId = insertDocument(db, { title: 'bench', sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
    beads.forEach((b, i) => {
      // One in twenty untranslated, so the run finds something.
      const id = insertSegment(db, { documentId, position: i, paragraph: Math.floor(i / 4), source: b.ar, target: i % 20 === 0 ? '' : b.en, status: 'draft', doNotTranslate: false, at: 0, by: 'bench' });
      if (i % 10 === 0) insertAnnotation(db, { segmentId: id, layer: 'speaker', side: 'source', start: 0, end: Math.min(4, b.ar.length), author: 'bench', at: 0 });
    });
  });
  const db = session.require();
  const ctx = { now: Date.now, user: () => 'bench' };
  console.log(`${total} segments, ${QA_CHECKS.length} check(s) in the registry: ${QA_CHECKS.map((c) => c.id).join(', ')}`);

  // Floor: reading the document page by page, as the run does.
  let started = performance.now();
  for (let from = 0; from < total; from += QA_PAGE) listQaSegmentsAt(db, documentId, from, QA_PAGE);
  const readMs = performance.now() - started;

  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  started = performance.now();
  const result = runDocumentQa(db, { documentId, scope: 'all' });
  const runMs = performance.now() - started;
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  console.log(`whole document: ${ms(runMs)} ms, ${result.findings.length} findings; reading it alone ${ms(readMs)} ms → ratio ${(runMs / readMs).toFixed(2)}`);
  console.log(`  heap ${mb(heapBefore)} MB before, +${mb(peakHeap - heapBefore)} MB at most during the run (sampled; the findings list included)`);

  // A confirm: the checks of one segment plus the status write, against the status write alone.
  const ids = listSegments(db, documentId, 0, confirms * 2).map((s) => s.id);
  const plain: number[] = [];
  const checked: number[] = [];
  for (let i = 0; i < confirms; i++) {
    let t = performance.now();
    setStatus(db, ctx, ids[2 * i]!, 'translated');
    plain.push(performance.now() - t);
    t = performance.now();
    setStatusChecked(db, ctx, ids[2 * i + 1]!, 'translated', true);
    checked.push(performance.now() - t);
  }
  console.log(`confirm: median ${ms(median(checked))} ms with the checks, ${ms(median(plain))} ms without → ratio ${(median(checked) / median(plain)).toFixed(2)} (${confirms} each)`);
} finally {
  session.close();
  rmSync(work, { recursive: true, force: true });
}
