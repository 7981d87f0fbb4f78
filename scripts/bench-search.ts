// npx tsx scripts/bench-search.ts [--segments N] [--corpus DIR]
// Search latency on a large project: builds an N-segment document (default 100,000) from the
// shared NTREX sentences, then times folded, short, regex and target-side queries. Figures, not a test.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toDocumentId } from '../src/core/ids';
import { searchSegments } from '../src/services/search-service';
import { ProjectSession } from '../src/services/project-session';
import { insertDocument } from '../src/store/documents';
import { insertSegment } from '../src/store/segments';

const { values } = parseArgs({ options: { segments: { type: 'string', default: '100000' }, corpus: { type: 'string' } } });
const total = Number(values.segments);
const corpus = resolve(values.corpus ?? resolve(import.meta.dirname, '../../shared/corpus/ntrex-news'));
const pairs: { ar: string; en: string }[] = [];
for (const dir of readdirSync(corpus).filter((d) => d.startsWith('dev')).sort()) {
  const ar = readFileSync(join(corpus, dir, 'ar.sents'), 'utf8').split('\n').filter(Boolean);
  const en = readFileSync(join(corpus, dir, 'en.sents'), 'utf8').split('\n').filter(Boolean);
  ar.forEach((a, i) => pairs.push({ ar: a, en: en[i] ?? '' }));
}
if (pairs.length === 0) throw new Error(`no sentences found under ${corpus}`);

const work = mkdtempSync(join(tmpdir(), 'mizan-bench-search-'));
const session = new ProjectSession();
try {
  const built = performance.now();
  session.create(join(work, 'bench.mizan'), 'bench', (db) => {
    const documentId = insertDocument(db, { title: 'bench', sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
    for (let i = 0; i < total; i++) {
      const p = pairs[i % pairs.length]!;
      insertSegment(db, {
        documentId, position: i, paragraph: i, source: `${p.ar} (${i})`, target: `${p.en} (${i})`,
        status: 'new', doNotTranslate: false, at: 0, by: 'bench',
      });
    }
  });
  console.log(`built ${total} segments with the search index in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  const db = session.require();
  const documentId = toDocumentId(1);
  const queries: [string, Parameters<typeof searchSegments>[1]][] = [
    ['folded Arabic word (امريكيه)', { documentId, query: 'امريكيه', scope: 'source', regex: false, matchCase: false, limit: 200 }],
    ['Arabic-Indic digits (٢٠١٨)', { documentId, query: '٢٠١٨', scope: 'both', regex: false, matchCase: false, limit: 200 }],
    ['rare word, both sides (Willoughby)', { documentId, query: 'Willoughby', scope: 'both', regex: false, matchCase: false, limit: 200 }],
    ['two-letter query (في)', { documentId, query: 'في', scope: 'source', regex: false, matchCase: false, limit: 200 }],
    ['no match', { documentId, query: 'zzqqxx', scope: 'both', regex: false, matchCase: false, limit: 200 }],
    ['regular expression (\\bsaid\\b)', { documentId, query: '\\bsaid\\b', scope: 'target', regex: true, matchCase: false, limit: 200 }],
  ];
  console.log('\nquery                                   matches   median ms   p95 ms');
  for (const [name, req] of queries) {
    const times: number[] = [];
    let found = 0;
    for (let run = 0; run < 15; run++) {
      const t = performance.now();
      found = searchSegments(db, req).total;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.floor(times.length * 0.95)]!;
    console.log(`${name.padEnd(40)}${String(found).padStart(7)}${median.toFixed(1).padStart(12)}${p95.toFixed(1).padStart(9)}`);
  }
} finally {
  session.close();
  rmSync(work, { recursive: true, force: true });
}
