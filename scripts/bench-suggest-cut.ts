// npx tsx scripts/bench-suggest-cut.ts [--corpus DIR]
// How often the suggested Arabic cut (src/core/align/edit/suggest-cut.ts) is right, on the shared gold
// corpus: each document's ar.txt / en.txt is split with the default rules and aligned as Import
// translation does; every bead of one Arabic segment and two English sentences is a place where the
// English shows a boundary the Arabic lacks. The gold Arabic sentence boundaries (ar.sents located in
// ar.txt) say whether a cut belongs there and where. A benchmark, not a test: it prints, never fails.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignSentences } from '../src/core/align/index';
import { suggestCut, type CutParams } from '../src/core/align/edit/suggest-cut';
import { splitSentences } from '../src/core/text/split-sentences';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
const corpus = resolve(values.corpus ?? join(here, '../../shared/corpus/ntrex-news'));

/** Offsets in `text` where each gold sentence (after the first) starts. */
function goldStarts(text: string, sentences: readonly string[]): Set<number> {
  const out = new Set<number>();
  let from = 0;
  for (const s of sentences) {
    const at = text.indexOf(s.trim(), from);
    if (at < 0) continue;
    out.add(at);
    from = at + s.trim().length;
  }
  return out;
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').normalize('NFC').split('\n').filter((l) => l.trim() !== '');
}

function goldBeads(path: string): { source: number[]; target: number[] }[] {
  const idx = (f: string) => (f.trim() === '' ? [] : f.split(',').map(Number));
  return lines(path).map((l) => {
    const [s = '', t = ''] = l.split('\t');
    return { source: idx(s), target: idx(t) };
  });
}

/** Offsets after "، " where the rest starts with و: where a synthetic merge-ar joined two sentences. */
function joinPoints(text: string): number[] {
  return [...text.matchAll(/، (?=و)/gu)].map((m) => m.index + 2);
}

const params = process.env['CUT_PARAMS'] ? (JSON.parse(process.env['CUT_PARAMS']) as Partial<CutParams>) : {};
const real = { candidates: 0, shouldCut: 0, suggestedRight: 0, fired: 0, firedRight: 0, firedAmbiguous: 0, firedWrong: 0 };
const synthetic = { pairs: 0, suggestedRight: 0, fired: 0, firedRight: 0 };
for (const name of readdirSync(corpus).filter((d) => d.startsWith('dev') || d.startsWith('test')).sort()) {
  const dir = join(corpus, name);
  const ar = readFileSync(join(dir, 'ar.txt'), 'utf8').normalize('NFC');
  const en = readFileSync(join(dir, 'en.txt'), 'utf8').normalize('NFC');
  const arSents = lines(join(dir, 'ar.sents'));
  const enSents = lines(join(dir, 'en.sents'));
  const gold = goldBeads(join(dir, 'gold.tsv'));
  const starts = goldStarts(ar, arSents);
  // Arabic gold sentences that are a synthetic merge: a cut belongs at their join.
  const merged = new Set(gold.filter((b) => b.source.length === 1 && b.target.length === 2).map((b) => arSents[b.source[0]!]!.trim()));

  // 1. The corpus as a user imports it: split with the default rules, aligned, then the one-Arabic/two-English beads.
  const arS = splitSentences(ar, 'ar');
  const enS = splitSentences(en, 'en');
  const beads = alignSentences(arS.map((s) => ({ text: s.text, paragraph: s.paragraph })), enS.map((s) => ({ text: s.text, paragraph: s.paragraph })));
  for (const b of beads) {
    if (b.source.length !== 1 || b.target.length !== 2) continue;
    const seg = arS[b.source[0]!]!;
    const [t1 = '', t2 = ''] = b.target.map((j) => enS[j]!.text);
    const suggestion = suggestCut(seg.text, `${t1} ${t2}`, { target: t1.length + 1, params });
    real.candidates++;
    const inside = [...starts].filter((g) => g > seg.start && g < seg.end);
    const joins = merged.has(seg.text) ? joinPoints(seg.text) : [];
    if (inside.length > 0 || joins.length > 0) real.shouldCut++;
    if (!suggestion) continue;
    const right = starts.has(seg.start + suggestion.source) || (joins.length === 1 && joins[0] === suggestion.source);
    const ambiguous = !right && joins.length > 1 && joins.includes(suggestion.source);
    if (right) real.suggestedRight++;
    if (suggestion.sure) {
      real.fired++;
      if (right) real.firedRight++;
      else if (ambiguous) real.firedAmbiguous++;
      else real.firedWrong++;
    }
    if (process.env['VERBOSE']) {
      console.log(`${name} ${right ? 'RIGHT' : ambiguous ? 'join?' : 'wrong'} sure=${suggestion.sure} m=${suggestion.margin.toFixed(2)}\n  ${seg.text.slice(0, suggestion.source)} ‖ ${seg.text.slice(suggestion.source)}`);
    }
  }

  // 2. Made-up boundaries without punctuation: two consecutive 1-1 gold beads, the Arabic joined
  //    with its final punctuation removed, the English kept as two sentences; the cut is known.
  for (let k = 0; k + 1 < gold.length; k += 2) {
    const [b1, b2] = [gold[k]!, gold[k + 1]!];
    if (b1.source.length !== 1 || b1.target.length !== 1 || b2.source.length !== 1 || b2.target.length !== 1) continue;
    const a1 = arSents[b1.source[0]!]!.trim().replace(/[.!?؟]+$/u, '');
    const a2 = arSents[b2.source[0]!]!.trim();
    const e1 = enSents[b1.target[0]!]!.trim();
    const e2 = enSents[b2.target[0]!]!.trim();
    const suggestion = suggestCut(`${a1} ${a2}`, `${e1} ${e2}`, { target: e1.length + 1, params });
    synthetic.pairs++;
    if (!suggestion) continue;
    const right = suggestion.source === a1.length + 1;
    if (process.env['VERBOSE'] === '2' && !right) {
      const t = `${a1} ${a2}`;
      console.log(`miss sure=${suggestion.sure} m=${suggestion.margin.toFixed(2)} off=${suggestion.source - a1.length - 1}\n  ${t.slice(0, suggestion.source)} ‖ ${t.slice(suggestion.source)}\n  ${e1} ‖ ${e2}`);
    }
    if (right) synthetic.suggestedRight++;
    if (suggestion.sure) {
      synthetic.fired++;
      if (right) synthetic.firedRight++;
    }
  }
}
const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)} %`);
console.log(
  `corpus as imported: ${real.candidates} beads of one Arabic segment and two English sentences, ${real.shouldCut} where a cut belongs; ` +
    `top suggestion right ${real.suggestedRight}; auto-cut ${real.fired} times: right ${real.firedRight}, at one of several joins ${real.firedAmbiguous}, wrong ${real.firedWrong}`,
);
console.log(
  `unpunctuated boundaries (gold pairs joined): ${synthetic.pairs}; top suggestion right ${synthetic.suggestedRight} (${pct(synthetic.suggestedRight, synthetic.pairs)}); ` +
    `auto-cut ${synthetic.fired} (${pct(synthetic.fired, synthetic.pairs)}), right ${synthetic.firedRight} (precision ${pct(synthetic.firedRight, synthetic.fired)})`,
);
