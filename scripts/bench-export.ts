// npx tsx scripts/bench-export.ts [--segments N] [--format tmx|xliff12|…|all] [--keep]
// Streams an N-segment export (default 100,000, TMX) to a file and prints the time and memory.
// Segments come from a generator (NTREX sentence pairs when ../shared/corpus is there, else
// synthetic Arabic), one in ten with a speaker annotation and a comment, so nothing but the
// exporter and the 64 KB write buffer is in memory. Run with --expose-gc for steadier heap figures
// (node --expose-gc --import tsx scripts/bench-export.ts). Figures, not a test.
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exporterFor } from '../src/core/formats/index';
import type { ExportDocument, ExportFormat, ExportSegment, ExportSpeaker } from '../src/core/formats/types';
import { EXPORT_FORMATS } from '../src/core/formats/types';
import { exportDocument } from '../src/services/export-service';
import { ProjectSession } from '../src/services/project-session';
import { insertDocument } from '../src/store/documents';
import { insertSegment } from '../src/store/segments';

const { values } = parseArgs({ options: { segments: { type: 'string', default: '100000' }, format: { type: 'string', default: 'tmx' }, keep: { type: 'boolean', default: false } } });
const total = Number(values.segments);
const formats: ExportFormat[] = values.format === 'all' ? [...EXPORT_FORMATS] : [values.format as ExportFormat];
for (const f of formats) if (!EXPORT_FORMATS.includes(f)) throw new Error(`unknown format ${f}; one of ${EXPORT_FORMATS.join(', ')} or all`);

const corpus = resolve(import.meta.dirname, '../../shared/corpus/ntrex-news');
const pairs: { ar: string; en: string }[] = [];
if (existsSync(corpus)) {
  for (const dir of readdirSync(corpus).filter((d) => d.startsWith('dev')).sort()) {
    const ar = readFileSync(join(corpus, dir, 'ar.sents'), 'utf8').split('\n').filter(Boolean);
    const en = readFileSync(join(corpus, dir, 'en.sents'), 'utf8').split('\n').filter(Boolean);
    ar.forEach((a, i) => pairs.push({ ar: a, en: en[i] ?? '' }));
  }
}
if (pairs.length === 0) pairs.push({ ar: 'قالَ المتحدثُ باسم الوزارة إنّ القرارَ اتُّخذ بصعوبة بالغة & "بعد مشاورات".', en: 'The ministry spokesman said the decision was taken with great difficulty & "after consultations".' });

const doc: ExportDocument = { id: 1, title: 'bench', sourceLang: 'ar', targetLang: 'en', sourceName: 'bench.ar.txt', createdAt: 0, updatedAt: 0 };
const speakers: ReadonlyMap<number, ExportSpeaker> = new Map([[1, { id: 1, nameSource: 'جون كيربي', nameTarget: 'John Kirby', kind: 'person', role: 'spokesman', organisation: 'US State Department' }]]);
const STATUSES = ['new', 'draft', 'translated', 'reviewed', 'approved', 'rejected'] as const;

function* segments(): Generator<ExportSegment> {
  for (let i = 0; i < total; i++) {
    const p = pairs[i % pairs.length]!;
    const tenth = i % 10 === 0;
    yield {
      id: i + 1, position: i, paragraph: Math.floor(i / 4), source: `${p.ar} (${i})`, target: `${p.en} (${i})`,
      status: STATUSES[i % STATUSES.length]!, doNotTranslate: false, createdAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_500_000 + i, updatedBy: 'bench',
      comments: tenth ? [{ id: i, parent: null, annotation: null, author: 'Reviewer', body: 'Check the <term> & "quote".', createdAt: 0, resolvedAt: null }] : [],
      annotations: tenth ? [{ id: i, layer: 'speaker', side: 'source', start: 0, end: 4, label: null, speakerId: 1, attrs: {}, links: [] }] : [],
    };
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const gc = (globalThis as { gc?: () => void }).gc;
const work = mkdtempSync(join(tmpdir(), 'mizan-bench-export-'));
try {
  for (const format of formats) {
    gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const file = join(work, `bench.${exporterFor(format).extension}`);
    const fd = openSync(file, 'w');
    let buffer: string[] = [];
    let size = 0;
    let chunks = 0;
    const flush = () => {
      writeSync(fd, buffer.join(''));
      buffer = [];
      size = 0;
    };
    const started = performance.now();
    const report = await exporterFor(format).export(doc, segments(), speakers, (chunk) => {
      buffer.push(chunk);
      size += chunk.length;
      if (size >= 65_536) flush();
      if (++chunks % 5_000 === 0) {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }
    }, { now: Date.now(), tool: { name: 'Mizan', version: 'bench' } });
    flush();
    closeSync(fd);
    const ms = performance.now() - started;
    const after = process.memoryUsage();
    peakRss = Math.max(peakRss, after.rss);
    peakHeap = Math.max(peakHeap, after.heapUsed);
    console.log(
      `${format}: ${total.toLocaleString('en')} segments → ${report.units.toLocaleString('en')} units in ${ms.toFixed(0)} ms ` +
        `(${((total / ms) * 1000).toFixed(0)} segments/s), file ${mb(statSync(file).size)} MB; ` +
        `memory: RSS ${mb(before.rss)} → peak ${mb(peakRss)} MB, heap ${mb(before.heapUsed)} → peak ${mb(peakHeap)} MB` +
        `${report.warnings.length ? `; warnings: ${report.warnings.join('; ')}` : ''}`,
    );
    if (values.keep) console.log(`  kept ${file}`);
  }

  // The same export as the app runs it: from a project file, through a read snapshot, in batches
  // that give way to the event loop. A 1 ms interval timer measures how long main is ever blocked.
  const project = join(work, 'bench.mizan');
  const session = new ProjectSession();
  session.create(project, 'bench', (db) => {
    const documentId = insertDocument(db, { title: 'bench', sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
    let i = 0;
    for (const s of segments()) {
      insertSegment(db, { documentId, position: i++, paragraph: s.paragraph, source: s.source, target: s.target, status: s.status, doNotTranslate: false, at: 0, by: 'bench' });
    }
  });
  for (const format of formats) {
    const snapshot = session.snapshot();
    let events = 0;
    let longest = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 1);
    const started = performance.now();
    try {
      await exportDocument(snapshot.db, {
        documentId: null, format, outPath: join(work, `service.${exporterFor(format).extension}`), now: Date.now(),
        tool: { name: 'Mizan', version: 'bench' }, onProgress: () => events++,
      });
    } finally {
      clearInterval(probe);
      snapshot.close();
    }
    const ms = performance.now() - started;
    console.log(`${format} through the export service (project file, snapshot, batches): ${ms.toFixed(0)} ms, ${events} progress events, event loop blocked at most ${longest.toFixed(0)} ms`);
  }
  session.close();
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
