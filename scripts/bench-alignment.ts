// npx tsx scripts/bench-alignment.ts [--corpus DIR] [--scorer FILE] [--only clean,del-ar,…] [--no-scale] [--keep DIR]
// Sentence-alignment benchmark: link precision / recall / F1 of alignSentences on the shared gold corpus
// (ar.sents × en.sents → gold.tsv), scored by the third-party scorer (shared/tools/score-alignment),
// then on damaged variants generated from the gold the way real documents go wrong, next to a naive
// length-only Gale–Church DP; then time and memory at 1,000 × 1,000 and 5,000 × 5,000 sentences.
// A benchmark, not a test: it prints, never fails on a low score.
//
// Variants (their gold beads are derived from the original gold):
//   clean        the corpus as is
//   del-ar       a run of whole paragraphs (≥ 10 % of the sentences, from ~40 % into the document)
//                deleted on the Arabic side; its English sentences become 0:1 beads
//   del-en       the same on the English side
//   merge-en     every third pair of adjacent English sentences (inside a paragraph) merged into one
//   split-ar     long Arabic sentences (> 120 characters, in 1:1 beads) split at the comma (، or ,)
//                nearest the middle (30–70 % of the sentence): a 2:1 bead
//   del+merge-ar / del+merge-en   a deletion on that side, then the English merges
// Aligners: "mizan" = alignSentences without paragraph indexes (what `mizan align` sees), "mizan+¶" =
// with the paragraph indexes of ar.txt / en.txt, "length-only" = classic Gale–Church (char lengths,
// c = ratio of the totals, s² = 6.8, the 1993 priors), full DP.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignSentencesWithStats, formatBeads, LOW_CONFIDENCE, type AlignSentence, type Bead } from '../src/core/align/index';
import { mulberry32, printTable } from './lib/bench-print';
import { ALIGN_VARIANTS, flattenDoc, deleteParagraphs, loadDoc, mergeTargets, type BeadDoc, type FlatDoc, type Sent } from './lib/align-variants';

const USAGE = 'usage: npx tsx scripts/bench-alignment.ts [--corpus DIR] [--scorer FILE] [--only V1,V2] [--no-scale] [--keep DIR]';

interface Score {
  p: number;
  r: number;
  f1: number;
  beadAcc: number;
}
type Aligner = 'mizan' | 'mizan+¶' | 'length-only';
const ALIGNERS: Aligner[] = ['mizan', 'mizan+¶', 'length-only'];

// ---------------------------------------------------------------- Gale–Church baseline

/**
 * Gale & Church (1993), as commonly reimplemented (e.g. NLTK): character lengths, c = expected
 * target/source length ratio (here the ratio of the totals, since Arabic and English differ), s² = 6.8,
 * priors 1:1 .89, 1:0/0:1 .0099, 2:1/1:2 .089, 2:2 .011; full n × m DP (fine for short documents).
 */
function galeChurch(src: string[], tgt: string[]): Bead[] {
  const n = src.length;
  const m = tgt.length;
  const ls = src.map((s) => s.length);
  const lt = tgt.map((s) => s.length);
  const sumS = ls.reduce((a, b) => a + b, 0);
  const sumT = lt.reduce((a, b) => a + b, 0);
  const c = sumS > 0 && sumT > 0 ? sumT / sumS : 1;
  const types: [number, number, number][] = [[1, 1, 0.89], [1, 0, 0.0099 / 2], [0, 1, 0.0099 / 2], [2, 1, 0.089 / 2], [1, 2, 0.089 / 2], [2, 2, 0.011]];
  const normCdf = (x: number): number => {
    const t = 1 / (1 + 0.2316419 * Math.abs(x));
    const d = 0.3989423 * Math.exp((-x * x) / 2);
    const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
    return x > 0 ? 1 - p : p;
  };
  const lenCost = (l1: number, l2: number): number => {
    const mean = (l1 + l2 / c) / 2;
    if (mean === 0) return 0;
    const z = (c * l1 - l2) / Math.sqrt(6.8 * mean);
    const pd = Math.max(2 * (1 - normCdf(Math.abs(z))), 1e-300);
    return -Math.log(pd);
  };
  const W = m + 1;
  const D = new Float64Array((n + 1) * W).fill(Infinity);
  const B = new Uint8Array((n + 1) * W);
  D[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bt = 0;
      types.forEach(([a, b, prior], t) => {
        if (i < a || j < b) return;
        const prev = D[(i - a) * W + (j - b)]!;
        if (prev === Infinity) return;
        let l1 = 0;
        let l2 = 0;
        for (let k = i - a; k < i; k++) l1 += ls[k]!;
        for (let k = j - b; k < j; k++) l2 += lt[k]!;
        const v = prev + lenCost(l1, l2) - Math.log(prior);
        if (v < best) {
          best = v;
          bt = t;
        }
      });
      D[i * W + j] = best;
      B[i * W + j] = bt;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [a, b] = types[B[i * W + j]!]!;
    const source: number[] = [];
    const target: number[] = [];
    for (let k = i - a; k < i; k++) source.push(k);
    for (let k = j - b; k < j; k++) target.push(k);
    beads.push({ source, target, score: 1 });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}

// ---------------------------------------------------------------- scoring

function runAligner(aligner: Aligner, doc: FlatDoc): Bead[] {
  switch (aligner) {
    case 'mizan':
      return alignSentencesWithStats(doc.ar.map((s) => ({ text: s.text })), doc.en.map((s) => ({ text: s.text }))).beads;
    case 'mizan+¶':
      return alignSentencesWithStats(
        doc.ar.map((s): AlignSentence => ({ text: s.text, paragraph: s.para })),
        doc.en.map((s): AlignSentence => ({ text: s.text, paragraph: s.para })),
      ).beads;
    case 'length-only':
      return galeChurch(doc.ar.map((s) => s.text), doc.en.map((s) => s.text));
  }
}

interface ScorerResult {
  documents: Record<string, { metrics: Record<string, number> }>;
  micro: Record<string, number>;
}

function toScore(m: Record<string, number>): Score {
  return { p: m.link_precision ?? 0, r: m.link_recall ?? 0, f1: m.link_f1 ?? 0, beadAcc: m.bead_accuracy ?? 0 };
}

function score(scorer: string, goldDir: string, predDir: string): { docs: Record<string, Score>; micro: Score } {
  const out = execFileSync(scorer, [goldDir, predDir, '--json'], { encoding: 'utf8' });
  const json = JSON.parse(out) as ScorerResult;
  const docs: Record<string, Score> = {};
  for (const [d, r] of Object.entries(json.documents)) docs[d] = toScore(r.metrics);
  return { docs, micro: toScore(json.micro) };
}

const fmt = (x: number): string => x.toFixed(4);


/** Exact-match correctness of predicted beads, bucketed by confidence (calibration of LOW_CONFIDENCE). */
class Calibration {
  private readonly buckets = [0, 0.3, 0.5, 0.7, 0.9, 1.0001];
  private readonly total = new Array<number>(5).fill(0);
  private readonly correct = new Array<number>(5).fill(0);
  /** Beads with both sides non-empty: [correct, wrong] × [flagged, not flagged]. */
  private readonly paired = { correctFlagged: 0, correct: 0, wrongFlagged: 0, wrong: 0 };

  add(pred: Bead[], gold: FlatDoc['gold']): void {
    const key = (s: number[], t: number[]): string => `${s.join(',')}|${t.join(',')}`;
    const goldSet = new Set(gold.map((g) => key(g.source, g.target)));
    for (const b of pred) {
      const k = this.buckets.findIndex((x, idx) => b.score >= x && b.score < this.buckets[idx + 1]!);
      if (k < 0) continue;
      this.total[k]!++;
      // Null beads are "correct" when the sentence is unmatched in the gold too (grouping of nulls varies).
      const ok = goldSet.has(key(b.source, b.target))
        || (b.source.length + b.target.length === 1 && gold.some((g) => (g.source.length === 0 || g.target.length === 0)
          && (g.source.includes(b.source[0] ?? -1) || g.target.includes(b.target[0] ?? -1))));
      if (ok) this.correct[k]!++;
      if (b.source.length > 0 && b.target.length > 0) {
        const flagged = b.score < LOW_CONFIDENCE;
        if (ok) {
          this.paired.correct++;
          if (flagged) this.paired.correctFlagged++;
        } else {
          this.paired.wrong++;
          if (flagged) this.paired.wrongFlagged++;
        }
      }
    }
  }

  print(): void {
    console.log(`\nConfidence calibration (mizan, all variants; a bead is correct when the gold has exactly it; LOW_CONFIDENCE = ${LOW_CONFIDENCE})`);
    const rows = this.total.map((t, k) => [
      `[${this.buckets[k]!.toFixed(1)}, ${Math.min(1, this.buckets[k + 1]!).toFixed(1)})`,
      String(t), String(this.correct[k]), t ? `${((100 * this.correct[k]!) / t).toFixed(1)} %` : '-',
    ]);
    printTable(['score', 'beads', 'correct', 'share correct'], rows);
    const wrong = this.total.reduce((s, t, k) => s + t - this.correct[k]!, 0);
    const flagged = this.total[0]! + this.total[1]!;
    const wrongFlagged = this.total[0]! - this.correct[0]! + this.total[1]! - this.correct[1]!;
    const p = this.paired;
    console.log(`paired beads (both sides non-empty): ${p.wrongFlagged} of ${p.wrong} wrong ones flagged, ${p.correctFlagged} of ${p.correct} correct ones flagged`);
    console.log(`all beads, null beads included (always flagged): ${flagged} flagged, ${wrongFlagged} of the ${wrong} wrong beads (${wrong ? ((100 * wrongFlagged) / wrong).toFixed(0) : '-'} %)`);
  }
}

// ---------------------------------------------------------------- scale


/** Concatenate documents in shuffled order (a fresh order per repeat) until `size` sentences per side. */
function buildLarge(docs: BeadDoc[], size: number, damage: boolean, seed: number): FlatDoc {
  const rand = mulberry32(seed);
  const beads: BeadDoc['beads'] = [];
  let para = 0;
  let ns = 0;
  let nt = 0;
  let copy = 0;
  while (ns < size && nt < size) {
    const order = docs.map((d) => d).sort(() => rand() - 0.5);
    for (const d0 of order) {
      // Damaged mode: every other document copy loses paragraphs on one side and gets merges.
      const d = damage ? (copy % 2 === 0 ? mergeTargets(deleteParagraphs(d0, copy % 4 === 0 ? 'src' : 'tgt')) : d0) : d0;
      copy++;
      const base = para;
      for (const b of d.beads) {
        if (ns >= size || nt >= size) break;
        const shift = (s: Sent): Sent => ({ text: s.text, para: base + s.para });
        beads.push({ src: b.src.map(shift), tgt: b.tgt.map(shift) });
        ns += b.src.length;
        nt += b.tgt.length;
        para = Math.max(para, ...b.src.map((s) => base + s.para + 1), ...b.tgt.map((s) => base + s.para + 1));
      }
      if (ns >= size || nt >= size) break;
    }
  }
  return flattenDoc({ name: `large-${size}`, beads });
}

function measureScale(docs: BeadDoc[], scorer: string, work: string): void {
  console.log('\nScale: documents concatenated in shuffled order (repeats), one alignSentences call');
  const rows: string[][] = [];
  for (const size of [1000, 5000]) {
    for (const damage of [false, true]) {
      const doc = buildLarge(docs, size, damage, size + (damage ? 1 : 0));
      const src = doc.ar.map((s) => ({ text: s.text }));
      const tgt = doc.en.map((s) => ({ text: s.text }));
      const runs = size <= 1000 ? 5 : 3;
      const times: number[] = [];
      let result: ReturnType<typeof alignSentencesWithStats> | undefined;
      let heapDelta = 0;
      let bufDelta = 0;
      let rssPeak = 0;
      for (let k = 0; k < runs; k++) {
        (globalThis as { gc?: () => void }).gc?.();
        const before = process.memoryUsage();
        const t0 = performance.now();
        result = alignSentencesWithStats(src, tgt);
        times.push(performance.now() - t0);
        const after = process.memoryUsage();
        heapDelta = Math.max(heapDelta, after.heapUsed - before.heapUsed);
        bufDelta = Math.max(bufDelta, after.arrayBuffers - before.arrayBuffers);
        rssPeak = Math.max(rssPeak, after.rss);
      }
      times.sort((a, b) => a - b);
      const dir = join(work, `large-${size}-${damage ? 'hard' : 'clean'}`);
      mkdirSync(join(dir, 'gold', 'doc'), { recursive: true });
      mkdirSync(join(dir, 'pred'), { recursive: true });
      writeFileSync(join(dir, 'gold', 'doc', 'gold.tsv'), formatBeads(doc.gold.map((g) => ({ ...g, score: 1 }))));
      writeFileSync(join(dir, 'pred', 'doc.tsv'), formatBeads(result!.beads));
      const s = score(scorer, join(dir, 'gold'), join(dir, 'pred')).micro;
      const matrixMB = ((doc.ar.length + 1) * (doc.en.length + 1) * 8) / 2 ** 20;
      rows.push([
        `${doc.ar.length} × ${doc.en.length} ${damage ? 'del+merge' : 'clean'}`,
        `${times[0]!.toFixed(0)} / ${times[Math.floor(times.length / 2)]!.toFixed(0)}`,
        String(result!.stats.anchors), String(result!.stats.passes), result!.stats.bandCells.toLocaleString('en'),
        ((result!.stats.bandCells * 10) / 2 ** 20).toFixed(1), (heapDelta / 2 ** 20).toFixed(1), (bufDelta / 2 ** 20).toFixed(1),
        (rssPeak / 2 ** 20).toFixed(0), matrixMB.toFixed(0), fmt(s.f1),
      ]);
    }
  }
  printTable(['sentences', 'ms min/med', 'anchors', 'passes', 'band cells', 'band MB', 'heap Δ MB', 'buffers Δ MB', 'rss MB', 'n×m f64 MB', 'link F1'], rows);
  console.log('band MB = 10 bytes per band cell (a double, a back-pointer byte and a run byte); heap/buffers Δ = growth during the call,');
  console.log('measured after it (no GC in between, so an upper bound of what it allocated); rss = process total.');
}

// ---------------------------------------------------------------- main

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: 'string' }, scorer: { type: 'string' }, only: { type: 'string' },
        'no-scale': { type: 'boolean', default: false }, keep: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`bench-alignment: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const corpus = resolve(values.corpus ?? join(repoRoot, '..', 'shared', 'corpus', 'ntrex-news'));
  const scorer = resolve(values.scorer ?? join(corpus, '..', '..', 'tools', 'score-alignment'));
  if (!existsSync(corpus)) {
    console.error(`bench-alignment: no corpus at ${corpus} (use --corpus DIR)`);
    return 1;
  }
  if (!existsSync(scorer)) {
    console.error(`bench-alignment: no scorer at ${scorer} (use --scorer FILE)`);
    return 1;
  }
  const names = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, 'gold.tsv')))
    .map((d) => d.name)
    .sort();
  const docs = names.map((name) => loadDoc(join(corpus, name), name));
  const variants = values.only ? values.only.split(',') : Object.keys(ALIGN_VARIANTS);
  const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'mizan-bench-align-'));
  console.log(`corpus ${corpus} (${names.length} documents), scorer ${scorer}`);
  const summary: string[][] = [];
  const calibration = new Calibration();
  try {
    for (const variant of variants) {
      const make = ALIGN_VARIANTS[variant];
      if (!make) {
        console.error(`bench-alignment: unknown variant ${variant} (${Object.keys(ALIGN_VARIANTS).join(', ')})`);
        return 2;
      }
      const flat = docs.map((d) => flattenDoc(make(d)));
      const goldDir = join(work, variant, 'gold');
      for (const d of flat) {
        mkdirSync(join(goldDir, d.name), { recursive: true });
        writeFileSync(join(goldDir, d.name, 'gold.tsv'), formatBeads(d.gold.map((g) => ({ ...g, score: 1 }))));
        // The variant's sentences too, so that --keep leaves a corpus one can inspect or align again.
        writeFileSync(join(goldDir, d.name, 'ar.sents'), d.ar.map((s) => `${s.text}\n`).join(''));
        writeFileSync(join(goldDir, d.name, 'en.sents'), d.en.map((s) => `${s.text}\n`).join(''));
      }
      const results = {} as Record<Aligner, ReturnType<typeof score>>;
      const ms = {} as Record<Aligner, number>;
      for (const aligner of ALIGNERS) {
        const predDir = join(work, variant, aligner === 'mizan+¶' ? 'mizan-para' : aligner);
        mkdirSync(predDir, { recursive: true });
        const t0 = performance.now();
        for (const d of flat) {
          const pred = runAligner(aligner, d);
          if (aligner === 'mizan') calibration.add(pred, d.gold);
          writeFileSync(join(predDir, `${d.name}.tsv`), formatBeads(pred));
        }
        ms[aligner] = performance.now() - t0;
        results[aligner] = score(scorer, goldDir, predDir);
      }
      const counts = flat.map((d) => `${d.ar.length}×${d.en.length}`).join(' ');
      console.log(`\n== ${variant}  (sentences ar×en per document: ${counts})`);
      const rows = [...names, 'MICRO'].map((d) => {
        const row = [d];
        for (const a of ALIGNERS) {
          const s = d === 'MICRO' ? results[a].micro : results[a].docs[d];
          row.push(s ? fmt(s.p) : '-', s ? fmt(s.r) : '-', s ? fmt(s.f1) : '-');
        }
        return row;
      });
      printTable(['doc', ...ALIGNERS.flatMap((a) => [`${a} P`, 'R', 'F1'])], rows);
      summary.push([
        variant,
        ...ALIGNERS.flatMap((a) => [fmt(results[a].micro.f1), fmt(results[a].micro.beadAcc)]),
        ...ALIGNERS.map((a) => ms[a].toFixed(0)),
      ]);
    }
    console.log('\nSummary (micro link F1 and exact-bead accuracy, all documents; ms = total time of the aligner)');
    printTable(['variant', ...ALIGNERS.flatMap((a) => [`${a} F1`, 'bead acc']), ...ALIGNERS.map((a) => `${a} ms`)], summary);
    calibration.print();
    if (!values['no-scale']) measureScale(docs, scorer, work);
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

process.exitCode = main();
