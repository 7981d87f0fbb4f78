// npm run bench:scale [-- --sizes 10000,100000] [-- --quick]
// Issue 14's table for the store and the CLI: builds book-sized projects from the NTREX corpus
// (scripts/lib/scale-corpus.ts) and prints, per job and size, Mizan's wall time and peak memory
// beside a limit measured in the same run on the same rows (raw better-sqlite3 inserts, a TSV dump,
// a count and word loop, `mizan align` alone), their ratio, and the growth exponent from the
// smallest to the largest size (log(t_large/t_small) / log(size ratio): 1 is linear). CLI jobs run
// as child processes of the built CLI (out/cli/mizan.js: `npm run build` first), start-up
// included. Figures only: nothing here fails on a number. --quick: sizes 2000,10000; --keep keeps the
// projects; --cli FILE runs another build of the CLI (a before/after comparison).
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toDocumentId } from '../src/core/ids';
import { searchSegments } from '../src/services/search-service';
import { ProjectSession } from '../src/services/project-session';
import { scaleTexts } from './lib/scale-corpus';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, quick: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, cli: { type: 'string' } } });
const sizes = (values.sizes ?? (values.quick ? '2000,10000' : '10000,100000')).split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error('--sizes takes whole numbers ≥ 10, e.g. 10000,100000');

const root = resolve(import.meta.dirname, '..');
// --cli: another build of the CLI (e.g. main's, copied into out/) to compare against; the search rows always measure this checkout.
const cli = resolve(values.cli ?? join(root, 'out/cli/mizan.js'));
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (or npx vite build -c vite.cli.config.ts) first`);
const preload = join(root, 'scripts/lib/peak-rss.mjs');
const work = mkdtempSync(join(tmpdir(), 'mizan-bench-scale-'));
// Removed however the run ends (a failed job throws), unless --keep.
process.on('exit', () => {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
});

interface Measure {
  ms: number;
  /** Peak resident set, MB; null for in-process limits (this process's peak says nothing about them). */
  mb: number | null;
}

/** Runs the built CLI as a child, start-up included; throws on a non-zero exit (a broken job is not a figure). */
function mizan(args: string[]): Measure & { stdout: string } {
  const rssFile = join(work, 'rss');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', preload, cli, ...args], { env: { ...process.env, MIZAN_BENCH_RSS: rssFile }, maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`mizan ${args.join(' ')} failed (${run.status}): ${run.stderr.toString()}`);
  return { ms, mb: Number(readFileSync(rssFile, 'utf8')) / 1024, stdout: run.stdout.toString() };
}

function timed(fn: () => void): Measure {
  const started = performance.now();
  fn();
  return { ms: performance.now() - started, mb: null };
}

interface Row {
  job: string;
  size: number;
  segments: number;
  mizan: Measure;
  limitName: string;
  limit: Measure;
}
const rows: Row[] = [];
const extra: string[] = [];

interface SegmentRow {
  id: number;
  position: number;
  paragraph: number;
  source: string;
  target: string;
  status: string;
}

/** The floor for writing these rows: one transaction of plain inserts into a table of the same shape, WAL, synchronous=FULL. */
function rawInsert(rowsToWrite: SegmentRow[], withFts: boolean): Measure {
  const path = join(work, `raw-${withFts}.db`);
  rmSync(path, { force: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE segments (id INTEGER PRIMARY KEY, document_id INTEGER, position INTEGER, paragraph INTEGER, source TEXT, target TEXT, status TEXT, updated_at INTEGER) STRICT;
    CREATE INDEX segments_by_document ON segments (document_id, position);`);
  if (withFts) db.exec(`CREATE VIRTUAL TABLE fts USING fts5(source, target, tokenize = 'trigram', content = '', contentless_delete = 1, detail = none)`);
  const m = timed(() => {
    const insert = db.prepare('INSERT INTO segments VALUES (?, 1, ?, ?, ?, ?, ?, 0)');
    const index = withFts ? db.prepare('INSERT INTO fts (rowid, source, target) VALUES (?, ?, ?)') : null;
    db.transaction(() => {
      for (const r of rowsToWrite) {
        insert.run(r.id, r.position, r.paragraph, r.source, r.target, r.status);
        index?.run(r.id, r.source.toLowerCase(), r.target.toLowerCase());
      }
    })();
  });
  db.close();
  rmSync(path, { force: true });
  return m;
}

function readRows(project: string): SegmentRow[] {
  const db = new Database(project, { readonly: true });
  try {
    return db.prepare('SELECT id, position, paragraph, source, target, status FROM segments ORDER BY document_id, position').all() as SegmentRow[];
  } finally {
    db.close();
  }
}

/** Bytes of the file, of the search index (its shadow tables) and of everything else. */
function sizes_(project: string): { file: number; index: number } {
  const db = new Database(project, { readonly: true });
  try {
    const index = (db.prepare("SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name LIKE 'segment\\_search%' ESCAPE '\\'").get() as { n: number }).n;
    return { file: statSync(project).size, index };
  } finally {
    db.close();
  }
}

const mb = (bytes: number) => bytes / 1024 / 1024;

for (const size of sizes) {
  const { arabic, english } = scaleTexts(size);
  const ar = join(work, `ar-${size}.txt`);
  const en = join(work, `en-${size}.txt`);
  writeFileSync(ar, arabic);
  writeFileSync(en, english);
  console.error(`${size} beads: ${mb(Buffer.byteLength(arabic) + Buffer.byteLength(english)).toFixed(0)} MB of Arabic and English text…`);

  // import --source
  const sourceOnly = join(work, `source-${size}.mizan`);
  mizan(['new', sourceOnly]);
  const importSource = mizan(['import', sourceOnly, '--source', ar, '--json']);
  const sourceRows = readRows(sourceOnly);
  rows.push({ job: 'import --source', size, segments: sourceRows.length, mizan: importSource, limitName: 'raw insert + FTS', limit: rawInsert(sourceRows, true) });
  extra.push(`${size}: import --source raw insert without the search index ${rawInsert(sourceRows, false).ms.toFixed(0)} ms`);

  // import --source --target, against import --source + `mizan align` of the same sentences
  const pair = join(work, `pair-${size}.mizan`);
  mizan(['new', pair]);
  const importPair = mizan(['import', pair, '--source', ar, '--target', en, '--json']);
  const arSents = join(work, `ar-${size}.sents`);
  const enSents = join(work, `en-${size}.sents`);
  writeFileSync(arSents, `${sourceRows.map((r) => r.source).join('\n')}\n`);
  writeFileSync(enSents, mizan(['segment', en, '--lang', 'en']).stdout);
  const align = mizan(['align', '--source-sents', arSents, '--target-sents', enSents]);
  const pairRows = readRows(pair);
  rows.push({ job: 'import --source --target', size, segments: pairRows.length, mizan: importPair, limitName: 'import --source + mizan align', limit: { ms: importSource.ms + align.ms, mb: Math.max(importSource.mb ?? 0, align.mb ?? 0) } });

  // stats --json, against a count and a word loop over the same rows
  const stats = mizan(['stats', pair, '--json']);
  const countLimit = timed(() => {
    const db = new Database(pair, { readonly: true });
    db.prepare('SELECT status, count(*) FROM segments GROUP BY status').all();
    let words = 0;
    for (const r of db.prepare('SELECT source, target FROM segments').iterate() as Iterable<{ source: string; target: string }>) {
      words += r.source.split(/\s+/u).length + r.target.split(/\s+/u).length;
    }
    db.close();
    if (words < 0) throw new Error('unreachable');
  });
  rows.push({ job: 'stats --json', size, segments: pairRows.length, mizan: stats, limitName: 'count + word loop', limit: countLimit });

  // export --format tmx, against a TSV dump of the same rows
  const tmx = join(work, `out-${size}.tmx`);
  const exportTmx = mizan(['export', pair, '--format', 'tmx', '--out', tmx]);
  const tsvLimit = timed(() => {
    const db = new Database(pair, { readonly: true });
    const parts: string[] = [];
    for (const r of db.prepare('SELECT source, target FROM segments ORDER BY document_id, position').iterate() as Iterable<{ source: string; target: string }>) {
      parts.push(`${r.source}\t${r.target}\n`);
    }
    writeFileSync(join(work, 'dump.tsv'), parts.join(''));
    db.close();
  });
  rows.push({ job: 'export --format tmx', size, segments: pairRows.length, mizan: exportTmx, limitName: 'TSV dump', limit: tsvLimit });

  // start-up: the CLI's own cost over a bare node
  const bare = timed(() => spawnSync(process.execPath, ['-e', '0']));
  rows.push({ job: 'mizan --version', size, segments: 0, mizan: mizan(['--version']), limitName: 'node -e 0', limit: bare });

  const { file, index } = sizes_(pair);
  extra.push(`${size}: project file ${mb(file).toFixed(1)} MB, of which the search index ${mb(index).toFixed(1)} MB; text + metadata ${mb(file - index).toFixed(1)} MB (file / (text + metadata) = ${(file / (file - index)).toFixed(2)})`);

  // search: the query itself, in this process (this checkout's code, so not with --cli), against an unfolded scan of the same column
  if (!values.cli) {
    const session = new ProjectSession();
    session.open(pair, 'readOnly');
    const db = session.require();
    const documentId = toDocumentId(1);
    for (const [label, query, scope] of [['search "الحكومة"', 'الحكومة', 'source'], ['search "government"', 'government', 'target'], ['search "في" (2 letters)', 'في', 'source']] as const) {
      let hits = 0;
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const t = performance.now();
        hits = searchSegments(db, { documentId, query, scope, regex: false, matchCase: false, wholeWord: false, limit: 500 }).total;
        times.push(performance.now() - t);
      }
      const scan = timed(() => db.prepare(`SELECT count(*) FROM segments WHERE instr(${scope}, ?) > 0`).get(query));
      rows.push({ job: `${label}, ${hits} hits`, size, segments: pairRows.length, mizan: { ms: times.sort((a, b) => a - b)[2]!, mb: null }, limitName: 'unfolded instr scan', limit: scan });
    }
    session.close();
  }
  if (!values.keep) for (const f of [sourceOnly, pair]) rmSync(f, { force: true });
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (n: number, d = 0) => n.toFixed(d).padStart(8);
console.log(`\n${pad('job', 36)}${pad('size', 8)}${pad('segments', 10)}${'mizan ms'.padStart(10)}${'peak MB'.padStart(9)}   ${pad('limit', 30)}${'limit ms'.padStart(9)}${'ratio'.padStart(7)}`);
for (const r of rows) {
  console.log(`${pad(r.job, 36)}${pad(String(r.size), 8)}${pad(String(r.segments), 10)}${num(r.mizan.ms).padStart(10)}${(r.mizan.mb === null ? '–' : r.mizan.mb.toFixed(0)).padStart(9)}   ${pad(r.limitName, 30)}${num(r.limit.ms).padStart(9)}${(r.mizan.ms / Math.max(r.limit.ms, 0.01)).toFixed(1).padStart(7)}`);
}
if (sizes.length > 1) {
  const small = Math.min(...sizes);
  const large = Math.max(...sizes);
  console.log(`\ngrowth exponent ${small} → ${large} (1 = linear): log(t_large / t_small) / log(${large / small})`);
  for (const job of [...new Set(rows.map((r) => r.job.replace(/, \d+ hits$/, '')))]) {
    const pick = (size: number) => rows.find((r) => r.job.replace(/, \d+ hits$/, '') === job && r.size === size);
    const a = pick(small);
    const b = pick(large);
    if (!a || !b || job === 'mizan --version') continue;
    const exp = (x: number, y: number) => (Math.log(y / x) / Math.log(large / small)).toFixed(2);
    console.log(`  ${pad(job, 36)} mizan ${exp(a.mizan.ms, b.mizan.ms)}   limit ${exp(a.limit.ms, b.limit.ms)}`);
  }
}
console.log('');
for (const line of extra) console.log(line);
if (values.keep) console.log(`\nprojects kept in ${work}`);
