// npx tsx scripts/bench-concordance.ts [--segments N]
// Concordance latency on a large project: N segments (default 100,000) from the NTREX beads
// (scripts/lib/scale-corpus.ts), then each query's first page timed (median and worst of 3), against
// the same run's bare read of every segment (the floor any scan pays). Also prints the likely English
// found for each query. Figures, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { concordanceSources } from '../src/services/concordance-sources';
import { ConcordanceSearches } from '../src/services/concordance-service';
import { ProjectSession } from '../src/services/project-session';
import { insertDocument } from '../src/store/documents';
import { readSegmentSlice } from '../src/store/concordance';
import { insertSegment } from '../src/store/segments';
import { scaleBeads } from './lib/scale-corpus';

const { values } = parseArgs({ options: { segments: { type: 'string', default: '100000' } } });
const total = Number(values.segments);
const RUNS = 3;

const work = mkdtempSync(join(tmpdir(), 'mizan-bench-concordance-'));
const session = new ProjectSession();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const beads = scaleBeads(total);
  session.create(join(work, 'bench.mizan'), 'bench', (db) => {
    const documentId = insertDocument(db, { title: 'bench', sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
    beads.forEach((b, i) => insertSegment(db, { documentId, position: i, paragraph: i, source: b.ar, target: b.en, status: 'new', doNotTranslate: false, at: 0, by: 'bench' }));
  });
  const db = session.require();

  const floor: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    let after = null;
    for (let rows = readSegmentSlice(db, after, 2000); rows.length > 0; rows = readSegmentSlice(db, after, 2000)) {
      const last = rows[rows.length - 1]!;
      after = { documentId: last.documentId, position: last.position };
    }
    floor.push(performance.now() - t);
  }
  const floorMs = median(floor);
  console.log(`${total} segments; reading every segment (the floor): median ${floorMs.toFixed(0)} ms\n`);
  console.log('query                         hits     median ms   worst ms   × floor   likely English');
  const searches = new ConcordanceSearches();
  for (const query of ['الحكومة', 'قال', 'وزير الخارجية', 'الأمم المتحدة', 'مستشفى', 'زززقق']) {
    const times: number[] = [];
    let summary = '';
    let hits = '';
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      const result = await searches.search(concordanceSources(db), { query, sort: 'document', offset: 0, limit: 100 });
      times.push(performance.now() - t);
      hits = `${result.total}${result.capped ? '+' : ''}`;
      summary = result.translations.slice(0, 3).map((x) => `${x.text} (${x.count})`).join(', ');
    }
    const m = median(times);
    console.log(`${query.padEnd(28)}  ${hits.padStart(6)}   ${m.toFixed(0).padStart(9)}   ${Math.max(...times).toFixed(0).padStart(8)}   ${(m / floorMs).toFixed(1).padStart(7)}   ${summary}`);
  }
} finally {
  session.close();
  rmSync(work, { recursive: true, force: true });
}
