// npm run eval:terms
// Precision and recall of Mizan's term recognition on the NTREX news documents in ../shared/corpus,
// against a raw-substring baseline (what a tool that matches strings sees), with the glossary in
// scripts/data/ntrex-glossary.tbx and the hand-checked occurrences in scripts/data/ntrex-terms-gold.tsv
// (how they were made: scripts/data/README.md). A prediction counts when it overlaps a gold occurrence of
// the same term (each gold occurrence counted once); "whole word" is the share of those whose offsets are
// exactly the gold's, i.e. cover the whole written word(s) and nothing more.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseGlossary } from '../src/core/glossary/formats/index';
import { compileGlossary, recogniseTerms } from '../src/core/glossary/recognise';
import type { MatchKind, TermConcept } from '../src/core/glossary/types';

const DATA = resolve(import.meta.dirname, 'data');
const CORPUS = resolve(import.meta.dirname, '../../shared/corpus/ntrex-news');

interface Span {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  term: string;
  kind?: MatchKind | 'substring';
}

const termIds = new Map(readFileSync(join(DATA, 'ntrex-terms.tsv'), 'utf8').trim().split('\n').map((l) => {
  const [id = '', ar = ''] = l.split('\t');
  return [ar, id] as const;
}));
const gold: Span[] = readFileSync(join(DATA, 'ntrex-terms-gold.tsv'), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => {
  const [doc = '', sentence = '', start = '', end = '', term = ''] = l.split('\t');
  return { doc, sentence: Number(sentence), start: Number(start), end: Number(end), term };
});

const { entries } = parseGlossary('ntrex-glossary.tbx', readFileSync(join(DATA, 'ntrex-glossary.tbx'), 'utf8'));
const concepts: TermConcept[] = entries.map((e, i) => ({ key: String(i), entryId: null, speakerId: null, sources: e.sources, targets: e.targets, note: '' }));
const compiled = compileGlossary(concepts);
const idOf = (arabic: string): string => {
  const id = termIds.get(arabic);
  if (id === undefined) throw new Error(`no id for ${arabic}`);
  return id;
};

const mizan: Span[] = [];
const substring: Span[] = [];
let sentences = 0;
let recogniseMs = 0;
for (const doc of readdirSync(CORPUS).filter((d) => d.startsWith('dev')).sort()) {
  readFileSync(join(CORPUS, doc, 'ar.sents'), 'utf8').split('\n').forEach((text, sentence) => {
    sentences++;
    const t0 = performance.now();
    const found = recogniseTerms(text, compiled);
    recogniseMs += performance.now() - t0;
    for (const m of found) mizan.push({ doc, sentence, start: m.start, end: m.end, term: idOf(m.term), kind: m.kind });
    for (const e of entries) {
      for (const source of e.sources) {
        for (let at = text.indexOf(source.text); at >= 0; at = text.indexOf(source.text, at + 1)) {
          substring.push({ doc, sentence, start: at, end: at + source.text.length, term: idOf(source.text), kind: 'substring' });
        }
      }
    }
  });
}

function score(predicted: readonly Span[]) {
  const used = new Set<Span>();
  let tp = 0;
  let exact = 0;
  for (const p of predicted) {
    const g = gold.find((x) => !used.has(x) && x.doc === p.doc && x.sentence === p.sentence && x.term === p.term && p.start < x.end && x.start < p.end);
    if (!g) continue;
    used.add(g);
    tp++;
    if (g.start === p.start && g.end === p.end) exact++;
  }
  const precision = predicted.length === 0 ? 0 : tp / predicted.length;
  const recall = tp / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted: predicted.length, tp, precision, recall, f1, wholeWord: tp === 0 ? 0 : exact / tp, missed: gold.filter((g) => !used.has(g)) };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const rows = [['raw substring', score(substring)], ['Mizan', score(mizan)]] as const;
console.log(`glossary: ${entries.length} entries; corpus: ${sentences} sentences; gold: ${gold.length} occurrences`);
console.log('recogniser       predicted  correct  precision  recall   F1       whole-word spans');
for (const [name, s] of rows) {
  console.log(`${name.padEnd(16)} ${String(s.predicted).padStart(9)}  ${String(s.tp).padStart(7)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(7)}  ${pct(s.f1).padStart(7)}  ${pct(s.wholeWord).padStart(8)}`);
}
const kinds = new Map<string, number>();
for (const m of mizan) kinds.set(m.kind ?? '', (kinds.get(m.kind ?? '') ?? 0) + 1);
console.log(`Mizan matches by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`recognition time: ${(recogniseMs / sentences).toFixed(3)} ms per sentence (${recogniseMs.toFixed(1)} ms in all)`);
const wrong = mizan.filter((p) => !gold.some((x) => x.doc === p.doc && x.sentence === p.sentence && x.term === p.term && p.start < x.end && x.start < p.end));
if (process.argv.includes('--verbose')) {
  const text = (s: Span) => readFileSync(join(CORPUS, s.doc, 'ar.sents'), 'utf8').split('\n')[s.sentence]!.slice(s.start, s.end);
  console.log('\nMizan missed:');
  for (const g of rows[1][1].missed) console.log(`  ${g.doc}:${g.sentence} ${g.term} ${text(g)}`);
  console.log('\nMizan found, not in the gold:');
  for (const p of wrong) console.log(`  ${p.doc}:${p.sentence} ${p.term} ${text(p)} (${p.kind})`);
}
