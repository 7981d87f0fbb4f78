// npm run bench:qa:checks [-- --segments N]
// How long the QA checks take: on confirm (one segment, every segment check) and over a book-sized document
// (every check, document checks included), with a 300-speaker registry and a 1,000-term glossary. The limit
// is measured in the same run: tokenising both sides of every segment once (wordTokens), the least any
// word-level check must do; the ratio says how many such passes the whole QA costs. Prints, never fails.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { toDocumentId, toSegmentId } from '../src/core/ids';
import { runQa, type QaContext, type QaSegment } from '../src/core/qa/index';
import { wordTokens } from '../src/core/text/word-tokens';
import { scaleBeads } from './lib/scale-corpus';

const { values } = parseArgs({ options: { segments: { type: 'string' } } });
const n = Number(values.segments ?? 10_000);
const beads = scaleBeads(n);
const segments: QaSegment[] = beads.map((b, i) => ({
  segment: { id: toSegmentId(i + 1), documentId: toDocumentId(1), position: i, source: b.ar, target: b.en, status: 'draft', doNotTranslate: false },
  annotations: [],
}));
/** A made-up Arabic word for a number (three letters or more), so every registry name and term is distinct. */
const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
const arabicWord = (i: number): string => {
  let w = '';
  for (let k = i + 28 * 28; k > 0; k = Math.floor(k / 28)) w += LETTERS[k % 28];
  return w;
};
const context: QaContext = {
  speakers: Array.from({ length: 300 }, (_, i) => ({ nameSource: `${arabicWord(i)} ${arabicWord(i + 5000)}`, nameTarget: `Speaker ${i}` })),
  terms: Array.from({ length: 1000 }, (_, i) => ({ sources: [arabicWord(i + 10_000)], targets: [`term${i}`], forbidden: [`bad${i}`] })),
  spell: (w) => w.length < 15,
};

const time = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

const baseline = time(() => {
  for (const s of segments) {
    wordTokens(s.segment.source);
    wordTokens(s.segment.target);
  }
});
let findings = 0;
const onConfirm = time(() => {
  for (const s of segments) findings += runQa([s], context, { scope: 'segment' }).length;
});
const whole = time(() => {
  findings = runQa(segments, context).length;
});

console.log(`${n} segments, ${context.speakers.length} speakers, ${context.terms.length} terms; ${findings} findings`);
console.log(`tokenising both sides once (the limit): ${baseline.toFixed(0)} ms`);
console.log(`on confirm, one segment at a time:     ${(onConfirm / n).toFixed(3)} ms a segment (${(onConfirm / baseline).toFixed(1)}× the limit)`);
console.log(`whole document, every check:          ${whole.toFixed(0)} ms (${(whole / baseline).toFixed(1)}× the limit)`);
