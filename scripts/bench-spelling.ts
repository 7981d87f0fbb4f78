// npx tsx scripts/bench-spelling.ts
// The English spell-check's cost: building nspell's en-US dictionary (time, heap), then checking the
// English of every NTREX bead (median and worst ms per segment, against a 16 ms frame) and how many
// words of that professionally edited English it flags (false alarms, mostly names). Figures, not a test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { checkableWords, misspelledWords } from '../src/core/spelling/misspelled-words';
import { corpusBeads } from './lib/scale-corpus';

const folder = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
const aff = readFileSync(join(folder, 'index.aff'));
const dic = readFileSync(join(folder, 'index.dic'));
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const spell = nspell(aff, dic);
const loadMs = performance.now() - t0;
globalThis.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
console.log(`dictionary build: ${loadMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB${globalThis.gc ? '' : ' (run with --expose-gc for an exact heap figure)'}`);

const texts = corpusBeads().map((b) => b.en).filter(Boolean);
const times: number[] = [];
let words = 0;
let flagged = 0;
const flaggedWords = new Map<string, number>();
const isCorrect = (w: string) => spell.correct(w);
for (const text of texts) {
  const t = performance.now();
  const misses = misspelledWords(text, isCorrect);
  times.push(performance.now() - t);
  words += checkableWords(text).length;
  flagged += misses.length;
  for (const m of misses) flaggedWords.set(m.word, (flaggedWords.get(m.word) ?? 0) + 1);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const worst = times[times.length - 1]!;
console.log(`check: ${texts.length} segments, median ${median.toFixed(2)} ms, worst ${worst.toFixed(1)} ms per segment (${(worst / 16).toFixed(2)} × a 16 ms frame)`);
console.log(`flagged ${flagged} of ${words} words (${((100 * flagged) / words).toFixed(1)} %); most frequent: ${[...flaggedWords].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([w, n]) => `${w} ${n}`).join(', ')}`);
const s0 = performance.now();
const suggestions = spell.suggest('goverment');
console.log(`suggest("goverment"): ${suggestions.slice(0, 4).join(', ')} in ${(performance.now() - s0).toFixed(0)} ms`);
