// npm run bench:scale:align [-- --sizes 1000,5000,20000] [--hunalign FILE] [--only mixed,batch,damaged] [--split test]
// The alignment rows of the book-scale benchmark (issue 14), each beside a limit measured in the same run:
//   mixed    news + Quran verses (./lib/mixed-register.ts, held-out "test" split) at 1k, 5k, 20k
//            sentences per side: link F1 (third-party scorer), time and peak memory of Mizan and of
//            hunalign on the same files, their ratio, and the growth exponent from 5k to 20k
//   batch    the 21 bench documents (corpus × damage variants) aligned one `mizan align` process
//            each vs one `mizan align --batch` process, vs hunalign one process each (needs npm run build)
//   damaged  link F1 of every damaged variant of every corpus document: the worst document, not just
//            the average (./lib/align-variants.ts)
// Time and memory are measured in a child process per run (its own maxRSS); a run of the child with
// nothing to align gives the start-up baseline that is subtracted for "Δ rss".
// hunalign is not packaged in Debian 12: build it from https://github.com/danielvarga/hunalign
// (src/hunalign, `make`; measured with commit 2fbcbc9) and pass --hunalign PATH, put it on PATH, or
// leave it at /tmp/sa-hunalign/src/hunalign/hunalign; without it its rows are skipped. It runs with an
// empty dictionary (length and identical tokens only), as Mizan does without a glossary.
// A benchmark, not a test: it prints, never fails on a low score.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignSentencesWithStats, formatBeads, type Bead } from '../src/core/align/index';
import { printTable } from './lib/bench-print';
import { ALIGN_VARIANTS, flattenDoc, loadCorpusDocs, type FlatDoc } from './lib/align-variants';
import { mixedRegister, type Split } from './lib/mixed-register';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCORER = resolve(ROOT, '..', 'shared', 'tools', 'score-alignment');
const SELF = fileURLToPath(import.meta.url);

interface Gold {
  source: number[];
  target: number[];
}
interface Score {
  f1: number;
  p: number;
  r: number;
}
interface RunResult {
  /** CPU time (user + system): the machine is shared, so wall time says more about the neighbours. */
  ms: number;
  wallMs: number;
  rssMB: number;
}

// ---------------------------------------------------------------- helpers


function writeLines(path: string, lines: readonly string[]): void {
  // One sentence per line: a sentence never contains a newline here, but make sure.
  writeFileSync(path, lines.map((l) => `${l.replace(/[\r\n]+/gu, ' ')}\n`).join(''));
}

/** Link scores of one document through the third-party scorer. */
function scoreOne(work: string, gold: readonly Gold[], pred: readonly Bead[]): Score {
  const dir = mkdtempSync(join(work, 'score-'));
  mkdirSync(join(dir, 'gold', 'doc'), { recursive: true });
  mkdirSync(join(dir, 'pred'), { recursive: true });
  writeFileSync(join(dir, 'gold', 'doc', 'gold.tsv'), formatBeads(gold.map((g) => ({ ...g, score: 1 }))));
  writeFileSync(join(dir, 'pred', 'doc.tsv'), formatBeads([...pred]));
  const json = JSON.parse(execFileSync(SCORER, [join(dir, 'gold'), join(dir, 'pred'), '--json'], { encoding: 'utf8' })) as {
    micro: Record<string, number>;
  };
  rmSync(dir, { recursive: true, force: true });
  return { f1: json.micro['link_f1'] ?? 0, p: json.micro['link_precision'] ?? 0, r: json.micro['link_recall'] ?? 0 };
}

/** hunalign's ladder (rungs "i<TAB>j<TAB>score", ending at n, m) as beads. */
export function ladderToBeads(ladder: string): Bead[] {
  const rungs = ladder.split('\n').filter((l) => l.trim() !== '').map((l) => l.split('\t').slice(0, 2).map(Number) as [number, number]);
  const beads: Bead[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [i0, j0] = rungs[k]!;
    const [i1, j1] = rungs[k + 1]!;
    const source: number[] = [];
    const target: number[] = [];
    for (let i = i0; i < i1; i++) source.push(i);
    for (let j = j0; j < j1; j++) target.push(j);
    beads.push({ source, target, score: 1 });
  }
  return beads;
}

/** CPU time, wall time and peak RSS of a command, through GNU time. */
function timed(cmd: string, args: string[], cwd?: string): RunResult & { stdout: string } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, cwd });
  // Wall time from here, not GNU time's %e: its 10 ms resolution rounds a short hunalign run to 0.
  const wallMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} failed (${r.status}): ${r.stderr.slice(-400)}`);
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [, user = '0', sys = '0', kb = '0'] = last.split(' ');
  return { ms: (Number(user) + Number(sys)) * 1000, wallMs, rssMB: Number(kb) / 1024, stdout: r.stdout };
}

function findHunalign(flag: string | undefined): string | undefined {
  if (flag) return existsSync(flag) ? flag : undefined;
  const onPath = spawnSync('which', ['hunalign'], { encoding: 'utf8' });
  if (onPath.status === 0) return onPath.stdout.trim();
  const local = '/tmp/sa-hunalign/src/hunalign/hunalign';
  return existsSync(local) ? local : undefined;
}

function hunalignBeads(hunalign: string, work: string, ar: readonly string[], en: readonly string[]): { beads: Bead[]; run: RunResult } {
  const dir = mkdtempSync(join(work, 'hun-'));
  const empty = join(dir, 'empty.dic');
  writeFileSync(empty, '');
  writeLines(join(dir, 'ar.txt'), ar);
  writeLines(join(dir, 'en.txt'), en);
  // cwd: hunalign leaves a translate.txt in its working folder.
  const run = timed(hunalign, ['-utf', empty, join(dir, 'ar.txt'), join(dir, 'en.txt')], dir);
  rmSync(dir, { recursive: true, force: true });
  return { beads: ladderToBeads(run.stdout), run };
}

// ---------------------------------------------------------------- child: one alignment, its time and memory

function child(size: number, split: Split): void {
  const doc = size > 0 ? mixedRegister(size, split) : { ar: [], en: [], gold: [], verseShare: 0 };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { beads, stats } = alignSentencesWithStats(doc.ar.map((text) => ({ text })), doc.en.map((text) => ({ text })));
  const cpu = process.cpuUsage(c0);
  const wallMs = performance.now() - t0;
  const ms = (cpu.user + cpu.system) / 1000;
  process.stdout.write(JSON.stringify({ ms, wallMs, rssKB: process.resourceUsage().maxRSS, stats, beads: formatBeads(beads) }));
}

function runChild(size: number, split: Split): { ms: number; wallMs: number; rssMB: number; beads: Bead[]; stats: { anchors: number; passes: number; bandCells: number } } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', String(size), '--split', split], {
    encoding: 'utf8', maxBuffer: 1 << 30, cwd: ROOT,
  });
  const j = JSON.parse(out) as { ms: number; wallMs: number; rssKB: number; stats: { anchors: number; passes: number; bandCells: number }; beads: string };
  const beads = j.beads.split('\n').filter(Boolean).map((line): Bead => {
    const [s = '', t = ''] = line.split('\t');
    const idx = (x: string): number[] => (x === '' ? [] : x.split(',').map(Number));
    return { source: idx(s), target: idx(t), score: 1 };
  });
  return { ms: j.ms, wallMs: j.wallMs, rssMB: j.rssKB / 1024, beads, stats: j.stats };
}

// ---------------------------------------------------------------- rows

function mixedRows(sizes: number[], split: Split, hunalign: string | undefined, work: string): void {
  console.log(`\nMixed register: news + Quran verses (split "${split}"), one alignSentences call in a child process`);
  const base = runChild(0, split);
  const rows: string[][] = [];
  const times: { size: number; mizan: number; hun?: number }[] = [];
  for (const size of sizes) {
    const doc = mixedRegister(size, split);
    const mizan = runChild(size, split);
    const ms = mizan.ms;
    const s = scoreOne(work, doc.gold, mizan.beads);
    let hunCells: string[] = ['-', '-', '-', '-', '-'];
    let hunMs: number | undefined;
    if (hunalign) {
      const h = hunalignBeads(hunalign, work, doc.ar, doc.en);
      const hs = scoreOne(work, doc.gold, h.beads);
      hunMs = h.run.ms;
      hunCells = [h.run.ms.toFixed(0), h.run.wallMs.toFixed(0), h.run.rssMB.toFixed(0), hs.f1.toFixed(4), (h.run.ms / ms).toFixed(1)];
    }
    times.push({ size, mizan: ms, hun: hunMs });
    rows.push([
      `${doc.ar.length} × ${doc.en.length} (${(doc.verseShare * 100).toFixed(0)} % verses)`,
      ms.toFixed(0), mizan.wallMs.toFixed(0), (mizan.rssMB - base.rssMB).toFixed(0), String(mizan.stats.anchors), String(mizan.stats.passes),
      mizan.stats.bandCells.toLocaleString('en'), s.f1.toFixed(4), ...hunCells,
    ]);
  }
  printTable(['sentences', 'mizan cpu ms', 'wall', 'Δ rss MB', 'anchors', 'passes', 'band cells', 'mizan F1', 'hunalign cpu ms', 'wall', 'rss MB', 'hunalign F1', 'speed ×'], rows);
  console.log(`cpu = user + system time: Mizan's of the alignSentences call, hunalign's of its whole process (its start-up is a few ms); wall times`);
  console.log(`depend on the machine's other load. Δ rss = peak RSS of the child minus that of a child with nothing to align`);
  console.log(`(${base.rssMB.toFixed(0)} MB); speed × = hunalign cpu / mizan cpu (target ≥ 3 at 5k and beyond).`);
  for (let k = 1; k < times.length; k++) {
    const a = times[k - 1]!;
    const b = times[k]!;
    const g = (x: number, y: number): string => (Math.log(y / x) / Math.log(b.size / a.size)).toFixed(2);
    console.log(`growth ${a.size} → ${b.size}: mizan n^${g(a.mizan, b.mizan)}${a.hun && b.hun ? `, hunalign n^${g(a.hun, b.hun)}` : ''}`);
  }
}

/** The 21 bench documents: every corpus document under the first variants, in a fixed order. */
function benchDocs(): FlatDoc[] {
  const docs = loadCorpusDocs();
  const out: FlatDoc[] = [];
  for (const [variant, make] of Object.entries(ALIGN_VARIANTS)) {
    for (const d of docs) out.push(flattenDoc(make(d), `${variant}-${d.name}`));
  }
  return out.slice(0, 21);
}

function batchRows(hunalign: string | undefined, work: string): void {
  const cli = join(ROOT, 'bin', 'mizan.js');
  if (!existsSync(join(ROOT, 'out', 'cli', 'mizan.js'))) {
    console.log('\nbatch: skipped, the CLI is not built (npm run build)');
    return;
  }
  const dir = join(work, 'batch');
  mkdirSync(dir, { recursive: true });
  const docs = benchDocs();
  const list: string[] = [];
  for (const d of docs) {
    writeLines(join(dir, `${d.name}.ar`), d.ar.map((s) => s.text));
    writeLines(join(dir, `${d.name}.en`), d.en.map((s) => s.text));
    list.push(`${d.name}.ar\t${d.name}.en\t${d.name}.beads`);
  }
  writeFileSync(join(dir, 'list.tsv'), `${list.join('\n')}\n`);
  const node = process.execPath;
  let each = 0;
  let eachWall = 0;
  let eachRss = 0;
  for (const d of docs) {
    const r = timed(node, [cli, 'align', '--source-sents', join(dir, `${d.name}.ar`), '--target-sents', join(dir, `${d.name}.en`)]);
    each += r.ms;
    eachWall += r.wallMs;
    eachRss = Math.max(eachRss, r.rssMB);
  }
  const batch = timed(node, [cli, 'align', '--batch', join(dir, 'list.tsv')]);
  const idle = timed(node, [cli, '--version']);
  let hun = 0;
  let hunWall = 0;
  if (hunalign) {
    for (const d of docs) {
      const { run } = hunalignBeads(hunalign, work, d.ar.map((s) => s.text), d.en.map((s) => s.text));
      hun += run.ms;
      hunWall += run.wallMs;
    }
  }
  let f1Min = 1;
  for (const d of docs) {
    const pred = readFileSync(join(dir, `${d.name}.beads`), 'utf8').split('\n').filter(Boolean).map((line): Bead => {
      const [s = '', t = ''] = line.split('\t');
      const idx = (x: string): number[] => (x === '' ? [] : x.split(',').map(Number));
      return { source: idx(s), target: idx(t), score: 1 };
    });
    f1Min = Math.min(f1Min, scoreOne(work, d.gold, pred).f1);
  }
  // GNU time counts CPU in 10 ms ticks: hunalign's runs on these short documents mostly read 0, so the
  // ratio is taken on wall time (all runs one after the other, under the same machine load).
  console.log(`\nAlign ${docs.length} documents (corpus × damage variants; GNU time, cpu = user + system)`);
  printTable(['run', 'cpu ms', 'wall ms', 'peak rss MB', 'wall × hunalign'], [
    ['mizan align, one process each', each.toFixed(0), eachWall.toFixed(0), eachRss.toFixed(0), hunalign ? (eachWall / hunWall).toFixed(1) : '-'],
    ['mizan align --batch, one process', batch.ms.toFixed(0), batch.wallMs.toFixed(0), batch.rssMB.toFixed(0), hunalign ? (batch.wallMs / hunWall).toFixed(1) : '-'],
    ['hunalign, one process each', hunalign ? hun.toFixed(0) : '-', hunalign ? hunWall.toFixed(0) : '-', '-', hunalign ? '1.0' : '-'],
    ['mizan --version (start-up alone)', idle.ms.toFixed(0), idle.wallMs.toFixed(0), idle.rssMB.toFixed(0), '-'],
  ]);
  console.log(`batch / one-each: cpu ${(batch.ms / each).toFixed(2)}, wall ${(batch.wallMs / eachWall).toFixed(2)}; worst document link F1 of the batch output: ${f1Min.toFixed(4)}`);
}

function damagedRows(work: string): void {
  console.log('\nDamaged inputs: link F1 per variant, the average (micro over links) and the worst document');
  const docs = loadCorpusDocs();
  const rows: string[][] = [];
  let worstAll = { f1: 1, name: '' };
  for (const [variant, make] of Object.entries(ALIGN_VARIANTS)) {
    let worst = { f1: 1, name: '' };
    let tp = 0;
    let np = 0;
    let ng = 0;
    for (const d0 of docs) {
      const d = flattenDoc(make(d0), d0.name);
      const { beads } = alignSentencesWithStats(d.ar.map((s) => ({ text: s.text })), d.en.map((s) => ({ text: s.text })));
      const s = scoreOne(work, d.gold, beads);
      const links = (bs: readonly Gold[]): number => bs.reduce((n, b) => n + b.source.length * b.target.length, 0);
      const pl = links(beads);
      const gl = links(d.gold);
      tp += s.p * pl;
      np += pl;
      ng += gl;
      if (s.f1 < worst.f1) worst = { f1: s.f1, name: d.name };
    }
    const p = np ? tp / np : 0;
    const r = ng ? tp / ng : 0;
    rows.push([variant, (p + r > 0 ? (2 * p * r) / (p + r) : 0).toFixed(4), worst.f1.toFixed(4), worst.name]);
    if (worst.f1 < worstAll.f1) worstAll = { f1: worst.f1, name: `${variant} ${worst.name}` };
  }
  printTable(['variant', 'micro F1', 'worst doc F1', 'worst doc'], rows);
  console.log(`worst document overall: ${worstAll.name} at ${worstAll.f1.toFixed(4)}`);
}

// ---------------------------------------------------------------- main

function main(): number {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,20000' },
      hunalign: { type: 'string' },
      only: { type: 'string', default: 'mixed,batch,damaged' },
      split: { type: 'string', default: 'test' },
      child: { type: 'string' },
    },
  });
  const split: Split = values.split === 'tune' ? 'tune' : 'test';
  if (values.child !== undefined) {
    child(Number(values.child), split);
    return 0;
  }
  const hunalign = findHunalign(values.hunalign);
  console.log(hunalign ? `hunalign: ${hunalign}` : 'hunalign: not found (Debian 12 has no package; see the header of this script); its rows are skipped');
  const work = mkdtempSync(join(tmpdir(), 'mizan-bench-scale-align-'));
  try {
    const only = new Set(values.only.split(','));
    if (only.has('damaged')) damagedRows(work);
    if (only.has('mixed')) mixedRows(values.sizes.split(',').map(Number), split, hunalign, work);
    if (only.has('batch')) batchRows(hunalign, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

process.exitCode = main();
