// npm run bench:terms [-- --terms 10000]
// Term recognition at glossary scale: a glossary of N terms (the NTREX evaluation glossary plus words and
// word pairs of the corpus, so most candidates really are looked up), compiled once, then every corpus
// sentence recognised. Prints compile time, the median and p95 time per sentence, and the ratio of p95 to
// a budget measured in the same run (folding and tokenising the sentence alone, which every aid pays).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseGlossary } from '../src/core/glossary/formats/index';
import { compileGlossary, recogniseTerms } from '../src/core/glossary/recognise';
import type { TermConcept } from '../src/core/glossary/types';
import { wordTokens } from '../src/core/text/word-tokens';

const { values } = parseArgs({ options: { terms: { type: 'string', default: '10000' } } });
const size = Number(values.terms);
const corpus = resolve(import.meta.dirname, '../../shared/corpus/ntrex-news');
const sentences = readdirSync(corpus).filter((d) => d.startsWith('dev')).sort()
  .flatMap((d) => readFileSync(join(corpus, d, 'ar.sents'), 'utf8').split('\n').filter(Boolean));

const concept = (key: string, ar: string): TermConcept => ({ key, entryId: null, speakerId: null, sources: [{ text: ar, status: 'preferred' }], targets: [{ text: key, status: 'preferred' }], note: '' });
const { entries } = parseGlossary('ntrex-glossary.tbx', readFileSync(resolve(import.meta.dirname, 'data/ntrex-glossary.tbx'), 'utf8'));
const concepts: TermConcept[] = entries.map((e, i) => ({ ...concept(`e${i}`, ''), sources: e.sources }));
const seen = new Set<string>();
outer: for (const s of sentences) {
  const words = s.split(/\s+/).filter((w) => /^[\u0621-\u064A]{3,}$/u.test(w));
  for (let i = 0; i < words.length; i++) {
    for (const term of [words[i]!, `${words[i]} ${words[i + 1] ?? ''}`.trim()]) {
      if (concepts.length >= size) break outer;
      if (seen.has(term)) continue;
      seen.add(term);
      concepts.push(concept(`c${concepts.length}`, term));
    }
  }
}
// Past the corpus's own words: synthetic terms, so N is reached whatever the corpus size.
for (let i = 0; concepts.length < size; i++) concepts.push(concept(`s${i}`, `مصطلح${String.fromCharCode(0x0628 + (i % 20))}${i}`));

const t0 = performance.now();
const glossary = compileGlossary(concepts);
const compileMs = performance.now() - t0;

function timeEach(fn: (s: string) => unknown): number[] {
  for (const s of sentences.slice(0, 50)) fn(s); // warm up
  // The best of 5 runs per sentence: the machine is shared, and a neighbour's burst is not our cost.
  return sentences.map((s) => {
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      fn(s);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }).sort((a, b) => a - b);
}
const pick = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const found = sentences.reduce((n, s) => n + recogniseTerms(s, glossary).length, 0);
const recognise = timeEach((s) => recogniseTerms(s, glossary));
const tokenise = timeEach((s) => wordTokens(s));
console.log(`glossary: ${glossary.termCount} terms, compiled in ${compileMs.toFixed(0)} ms; ${sentences.length} sentences, ${found} matches`);
console.log(`recognise per sentence: median ${pick(recognise, 0.5).toFixed(3)} ms, p95 ${pick(recognise, 0.95).toFixed(3)} ms, max ${pick(recognise, 1).toFixed(3)} ms`);
console.log(`budget (wordTokens alone): median ${pick(tokenise, 0.5).toFixed(3)} ms, p95 ${pick(tokenise, 0.95).toFixed(3)} ms; recognise/tokenise p95 ratio ${(pick(recognise, 0.95) / pick(tokenise, 0.95)).toFixed(1)}`);
