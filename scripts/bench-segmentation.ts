// npx tsx scripts/bench-segmentation.ts [--corpus DIR] [--errors] [--size MB]
// Scores the default segmentation rules against gold sentence splits (sentence-boundary precision,
// recall and F1 per document and micro-averaged per language, next to a naive regex baseline), then
// times the segmentation of a large generated text. A benchmark, not a test: it prints, never fails.
//
// How boundaries are compared. The gold `xx.sents` has one sentence per line and `xx.txt` is the same
// text with the sentences joined by spaces or line breaks. A boundary is identified by the number of
// NON-WHITESPACE characters before the sentence that starts there. Whitespace is the only thing that
// differs between the two files (and between a trimmed segmenter output and the text), so this
// position is comparable across gold, system and baseline without any alignment step; the script
// checks that every output keeps all non-whitespace characters in order before scoring it.
// The text start is not a boundary (it is trivially right); every other sentence start is.
// "all" counts every boundary; "in-paragraph" leaves out those at line breaks (headlines, paragraph
// starts), which every splitter gets for free, and so shows the sentence-internal decisions alone.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultRuleSet } from '../src/core/text/segmentation/default-rules';
import { segmentText } from '../src/core/text/segmentation/segment-text';
import type { SegmentationRuleSet } from '../src/core/text/segmentation/types';

type Lang = 'ar' | 'en';
const LANGS: Lang[] = ['ar', 'en'];
const USAGE = 'usage: npx tsx scripts/bench-segmentation.ts [--corpus DIR] [--errors] [--size MB]';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
interface Score {
  all: Counts;
  inParagraph: Counts;
}
interface ErrorReport {
  kind: 'FP' | 'FN';
  context: string;
}

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: { corpus: { type: 'string' }, errors: { type: 'boolean', default: false }, size: { type: 'string', default: '50' } },
    }));
  } catch (error) {
    console.error(`bench-segmentation: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const corpus = resolve(values.corpus ?? join(repoRoot, '..', 'shared', 'corpus', 'ntrex-news'));
  if (!existsSync(corpus)) {
    console.error(`bench-segmentation: no corpus at ${corpus} (use --corpus DIR)`);
    return 1;
  }
  const docs = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory() && LANGS.some((l) => existsSync(join(corpus, d.name, `${l}.sents`))))
    .map((d) => d.name)
    .sort();
  console.log(`corpus: ${corpus} (${docs.length} documents)\n`);

  const rules: Record<Lang, SegmentationRuleSet> = { ar: defaultRuleSet('ar'), en: defaultRuleSet('en') };
  const totals = new Map<string, Score>();
  const errors: string[] = [];
  const row = (cells: string[]): string => cells.map((c, i) => (i < 3 ? c.padEnd(i === 0 ? 8 : 6) : c.padStart(22))).join(' ');
  console.log(row(['doc', 'lang', 'gold', 'mizan all (P/R/F1)', 'mizan in-paragraph', 'naive all']));
  for (const lang of LANGS) {
    for (const doc of docs) {
      const textFile = join(corpus, doc, `${lang}.txt`);
      const goldFile = join(corpus, doc, `${lang}.sents`);
      if (!existsSync(textFile) || !existsSync(goldFile)) continue;
      const text = readFileSync(textFile, 'utf8');
      const gold = readFileSync(goldFile, 'utf8').split('\n').filter((s) => s.trim() !== '');
      const lineStarts = boundaries(text.split(/\r\n|[\n\r\u2028\u2029]/));
      const goldB = boundaries(gold);
      const mizan = segmentText(text, rules[lang]).map((s) => s.text);
      const naive = naiveSplit(text);
      const scores = { mizan: score(goldB, checked(text, mizan, doc), lineStarts), naive: score(goldB, checked(text, naive, doc), lineStarts) };
      for (const [system, s] of Object.entries(scores)) add(totals, `${system}:${lang}`, s);
      console.log(row([doc, lang, String(gold.length), prf(scores.mizan.all), prf(scores.mizan.inParagraph), prf(scores.naive.all)]));
      for (const e of listErrors(text, goldB, boundaries(mizan))) errors.push(`${doc} ${lang} ${e.kind}  ${e.context}`);
    }
  }
  console.log('\nmicro-averaged over all documents (P / R / F1, tp fp fn)');
  for (const lang of LANGS) {
    for (const system of ['mizan', 'naive']) {
      const t = totals.get(`${system}:${lang}`);
      if (!t) continue;
      console.log(
        `  ${lang} ${system.padEnd(6)} all ${prf(t.all)}  (${counts(t.all)})   in-paragraph ${prf(t.inParagraph)}  (${counts(t.inParagraph)})`,
      );
    }
  }
  if (values.errors) {
    console.log(`\nerrors of the Mizan rules (FP = split the gold does not have, FN = gold split missed); ‖ marks the place`);
    for (const e of errors) console.log(`  ${e}`);
  } else console.log(`\n${errors.length} boundary errors in total; --errors lists them with their context`);

  const megabytes = Number(values.size);
  if (Number.isFinite(megabytes) && megabytes > 0) throughput(corpus, docs, rules, megabytes);
  return 0;
}

/** Non-whitespace offsets of every sentence start but the first. */
function boundaries(sentences: string[]): Set<number> {
  const out = new Set<number>();
  let offset = 0;
  for (const s of sentences) {
    const length = nonSpaceLength(s);
    if (length === 0) continue;
    if (offset > 0) out.add(offset);
    offset += length;
  }
  return out;
}

function nonSpaceLength(s: string): number {
  return s.replace(/\s+/gu, '').length;
}

/** Scoring by offsets is only sound if the output is the text re-cut; stop loudly if it is not. */
function checked(text: string, sentences: string[], doc: string): Set<number> {
  if (sentences.join('').replace(/\s+/gu, '') !== text.replace(/\s+/gu, '')) {
    throw new Error(`${doc}: the segmentation lost, added or reordered characters`);
  }
  return boundaries(sentences);
}

function score(gold: Set<number>, system: Set<number>, lineStarts: Set<number>): Score {
  const count = (keep: (b: number) => boolean): Counts => {
    const g = [...gold].filter(keep);
    const s = [...system].filter(keep);
    const tp = s.filter((b) => gold.has(b)).length;
    return { tp, fp: s.length - tp, fn: g.length - tp };
  };
  return { all: count(() => true), inParagraph: count((b) => !lineStarts.has(b)) };
}

function add(totals: Map<string, Score>, key: string, s: Score): void {
  const t = totals.get(key) ?? { all: { tp: 0, fp: 0, fn: 0 }, inParagraph: { tp: 0, fp: 0, fn: 0 } };
  for (const part of ['all', 'inParagraph'] as const) {
    t[part].tp += s[part].tp;
    t[part].fp += s[part].fp;
    t[part].fn += s[part].fn;
  }
  totals.set(key, t);
}

function prf({ tp, fp, fn }: Counts): string {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = 2 * tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return `${p.toFixed(3)}/${r.toFixed(3)}/${f.toFixed(4)}`;
}

function counts({ tp, fp, fn }: Counts): string {
  return `${tp} ${fp} ${fn}`;
}

/** The baseline of the issue: paragraphs at line breaks, sentences after [.!?؟] and a space. */
function naiveSplit(text: string): string[] {
  return text
    .split(/\r\n|[\n\r]/)
    .flatMap((line) => line.trim().split(/(?<=[.!?\u061F])\s+/u))
    .filter((s) => s.trim() !== '');
}

function listErrors(text: string, gold: Set<number>, system: Set<number>): ErrorReport[] {
  // Map non-whitespace offsets back to text positions to show each error in context.
  const position: number[] = [];
  for (let i = 0; i < text.length; i++) if (!/\s/u.test(text[i]!)) position.push(i);
  const at = (b: number): string => {
    const i = position[b] ?? text.length;
    const show = (s: string): string => s.replace(/\n/g, '⏎');
    return `…${show(text.slice(Math.max(0, i - 60), i))} ‖ ${show(text.slice(i, i + 40))}…`;
  };
  const out: ErrorReport[] = [];
  for (const b of [...system].filter((x) => !gold.has(x)).sort((a, c) => a - c)) out.push({ kind: 'FP', context: at(b) });
  for (const b of [...gold].filter((x) => !system.has(x)).sort((a, c) => a - c)) out.push({ kind: 'FN', context: at(b) });
  return out;
}

/** Segments a text of about `megabytes` million UTF-16 units made of the corpus texts, several times. */
function throughput(corpus: string, docs: string[], rules: Record<Lang, SegmentationRuleSet>, megabytes: number): void {
  console.log(`\nthroughput on ~${megabytes} M characters (the corpus texts repeated; best of 3 runs)`);
  for (const lang of LANGS) {
    const parts = docs.map((d) => join(corpus, d, `${lang}.txt`)).filter(existsSync).map((f) => readFileSync(f, 'utf8'));
    const unit = parts.join('\n\n');
    if (unit.length === 0) continue;
    const big = unit.repeat(Math.ceil((megabytes * 1e6) / unit.length));
    let best = Infinity;
    let sentences = 0;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      sentences = segmentText(big, rules[lang]).length;
      best = Math.min(best, performance.now() - t0);
    }
    const rate = big.length / (best / 1000);
    console.log(
      `  ${lang}: ${(big.length / 1e6).toFixed(1)} M chars → ${sentences} sentences in ${(best / 1000).toFixed(2)} s  ` +
        `(${(rate / 1e6).toFixed(1)} M chars/s)`,
    );
  }
}

process.exitCode = main();
