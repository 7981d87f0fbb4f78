// npx tsx scripts/bench-replace-all.ts [--segments N]
// Replace all over an N-segment document (default 20,000; every segment matches) and its undo,
// both through the write path (spans, revisions, index) and the undo runner. Figures, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentId } from '../src/core/model';
import { undoLast } from '../src/services/edit-history';
import { ProjectSession } from '../src/services/project-session';
import { replaceAll } from '../src/services/search-service';
import { insertDocument } from '../src/store/documents';
import { insertSegment } from '../src/store/segments';

const { values } = parseArgs({ options: { segments: { type: 'string', default: '20000' } } });
const total = Number(values.segments);
const work = mkdtempSync(join(tmpdir(), 'mizan-bench-replace-'));
const session = new ProjectSession();
try {
  let documentId: DocumentId | null = null;
  session.create(join(work, 'bench.mizan'), 'bench', (db) => {
    const id = insertDocument(db, { title: 'bench', sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
    documentId = id;
    for (let i = 0; i < total; i++) {
      insertSegment(db, { documentId: id, position: i, paragraph: i, source: `نص ${i}`, target: `The US envoy said ${i}`, status: 'translated', doNotTranslate: false, at: 0, by: 'bench' });
    }
  });
  if (documentId === null) throw new Error('no document');
  const db = session.require();
  const ctx = { now: () => Date.now(), user: () => 'bench' };
  let started = performance.now();
  const { changed } = replaceAll(db, ctx, { documentId, query: 'US', replacement: 'United States', regex: false, matchCase: true });
  console.log(`replace all: ${changed} segments in ${(performance.now() - started).toFixed(0)} ms`);
  started = performance.now();
  const undone = undoLast(db);
  console.log(`undo: ${(performance.now() - started).toFixed(0)} ms, ${undone.change.segments.length} rows handed back (${(JSON.stringify(undone.change).length / 1e6).toFixed(1)} MB as JSON)`);
} finally {
  session.close();
  rmSync(work, { recursive: true, force: true });
}
