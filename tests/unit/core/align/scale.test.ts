// The aligner on long and mixed inputs: a local length ratio where registers change, key rarity
// counted near each sentence, unmatched runs of any length, a band whose width does not grow with n,
// and the exact pruning of the DP.
import { describe, expect, it } from 'vitest';
import { alignSentencesWithStats, type AlignSentence, type Bead } from '../../../../src/core/align/index';
import { BeadCoster, DEFAULT_COST_PARAMS } from '../../../../src/core/align/cost';
import { extractFeatures, LOCAL_RADIUS } from '../../../../src/core/align/features';
import { generatedDoc } from './fixtures';


/** Deterministic pseudo-random numbers in [0, 1) (xorshift32): every run builds the same texts. */
function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const AR_WORDS = ['في', 'على', 'الذي', 'كان', 'هذا', 'بين', 'قد', 'عن', 'لكن', 'حتى'];
const EN_WORDS = ['of', 'the', 'and', 'was', 'that', 'with', 'from', 'but', 'this', 'into'];

/** Filler of about `chars` characters: no numbers, names or capitals, so only lengths can align it. */
function filler(words: readonly string[], chars: number, rand: () => number): string {
  const out: string[] = [];
  let len = 0;
  while (len < chars) {
    const w = words[Math.floor(rand() * words.length)]!;
    out.push(w);
    len += w.length + 1;
  }
  return out.join(' ');
}

interface Doc {
  ar: AlignSentence[];
  en: AlignSentence[];
  gold: string[];
}

/**
 * Blocks of `block` beads alternating between two registers: English about as long as the Arabic
 * (ratio 1) and English twice as long (ratio 0.5), like news beside vocalised scripture. One bead in
 * seven is a 2:1 merge; one in six carries a number on both sides (real text has such keys, and
 * without any the first search has nothing to hold on to).
 */
function mixedRegisterDoc(blocks: number, block: number, seed: number): Doc {
  const rand = rng(seed);
  const doc: Doc = { ar: [], en: [], gold: [] };
  for (let b = 0; b < blocks; b++) {
    const ratio = b % 2 === 0 ? 1 : 0.5;
    for (let k = 0; k < block; k++) {
      const merge = rand() < 1 / 7;
      const parts = merge ? 2 : 1;
      const from = doc.ar.length;
      let total = 0;
      for (let p = 0; p < parts; p++) {
        const chars = 20 + Math.floor(rand() * 120);
        total += chars;
        doc.ar.push({ text: filler(AR_WORDS, chars, rand) });
      }
      const number = doc.en.length % 6 === 0 ? ` ${1000 + doc.en.length}` : '';
      doc.ar[doc.ar.length - 1] = { text: `${doc.ar[doc.ar.length - 1]!.text}${number}` };
      doc.en.push({ text: `${filler(EN_WORDS, total / ratio, rand)}${number}` });
      doc.gold.push(`${Array.from({ length: parts }, (_, p) => from + p).join(',')}-${doc.en.length - 1}`);
    }
  }
  return doc;
}

const shape = (beads: Bead[]): string[] => beads.map((b) => `${b.source.join(',')}-${b.target.join(',')}`);
const wrong = (beads: Bead[], gold: readonly string[]): number => {
  const g = new Set(gold);
  return shape(beads).filter((s) => !g.has(s)).length;
};

describe('alignSentences: a text that mixes registers', () => {
  it.each([
    { blocks: 6, block: 40, seed: 1 },
    { blocks: 10, block: 25, seed: 2 },
    { blocks: 4, block: 80, seed: 3 },
  ])('$blocks blocks of $block beads: the local ratio recovers at least 40 % of the beads the global one misses', ({ blocks, block, seed }) => {
    const doc = mixedRegisterDoc(blocks, block, seed);
    const global = wrong(alignSentencesWithStats(doc.ar, doc.en, { localRatio: false }).beads, doc.gold);
    const local = wrong(alignSentencesWithStats(doc.ar, doc.en).beads, doc.gold);
    // One ratio for both registers (≈ 0.67 here) makes the true merges poor length fits and the
    // search drops sentences to make up for it.
    expect(global).toBeGreaterThan(doc.gold.length / 5);
    expect(local).toBeLessThan(global * 0.6);
  });

  it('keeps one ratio (and one search) for a text of one register', () => {
    const { ar, en } = generatedDoc(300);
    const { stats } = alignSentencesWithStats(ar, en);
    expect(stats.passes).toBe(1);
  });
});

describe('alignSentences: long inputs', () => {
  it('aligns a run of 30 unmatched sentences (longer than any single step) as 30 null beads', () => {
    const { ar, en } = generatedDoc(200);
    const target = [...en.slice(0, 80), ...en.slice(110)];
    const beads = alignSentencesWithStats(ar, target).beads;
    const expected = [
      ...Array.from({ length: 80 }, (_, k) => `${k}-${k}`),
      ...Array.from({ length: 30 }, (_, k) => `${80 + k}-`),
      ...Array.from({ length: 90 }, (_, k) => `${110 + k}-${80 + k}`),
    ];
    expect(shape(beads)).toEqual(expected);
  });

  it('searches a band whose width per row does not grow with the length', () => {
    const perRow = [250, 1000, 4000].map((n) => {
      const doc = mixedRegisterDoc(n / 50, 50, 7);
      const { stats } = alignSentencesWithStats(doc.ar, doc.en);
      return stats.bandCells / (doc.ar.length + 1);
    });
    expect(Math.max(...perRow) / Math.min(...perRow)).toBeLessThan(1.25);
    expect(Math.max(...perRow)).toBeLessThan(80);
  });
});

describe('key rarity is counted near each sentence', () => {
  it.each([
    // Sentences (source side) carrying the year 2016, and the local count of each occurrence.
    { at: [0, 10, 200], counts: [2, 2, 1] },
    { at: [0, LOCAL_RADIUS, LOCAL_RADIUS + 1], counts: [2, 3, 2] },
    { at: [5], counts: [1] },
  ])('occurrences at $at → $counts', ({ at, counts }) => {
    const n = Math.max(...at) + 1;
    const source = Array.from({ length: n }, (_, i) => ({ text: at.includes(i) ? 'عام ٢٠١٦' : 'كلام' }));
    const f = extractFeatures(source, [{ text: 'year 2016' }], undefined);
    const local: number[] = [];
    for (const i of at) {
      for (let p = f.source.keyStart[i]!; p < f.source.keyStart[i + 1]!; p++) local.push(f.source.localDf[p]!);
    }
    expect(local).toEqual(counts);
  });

  it('a name that recurs far away still anchors its own stretch', () => {
    // The same name in sentence 10 and sentence 400 of a 500-sentence text: counted over the whole
    // text it would be common; counted locally it pins both places down.
    const { ar, en } = generatedDoc(500);
    const withName = (s: AlignSentence[], i: number, name: string): AlignSentence[] => s.map((x, k) => (k === i ? { text: `${x.text} ${name}` } : x));
    let a = ar;
    let e = en;
    for (const i of [10, 120, 230, 340, 450, 60, 170, 280, 390]) {
      a = withName(a, i, 'كيربي');
      e = withName(e, i, 'Kirby');
    }
    const f = extractFeatures(a, e, undefined);
    const name = (side: typeof f.source, i: number): number[] => {
      const out: number[] = [];
      for (let p = side.keyStart[i]!; p < side.keyStart[i + 1]!; p++) if (side.localDf[p]! <= 2 && f.keys.dfSource[side.keys[p]!]! === 9) out.push(side.localDf[p]!);
      return out;
    };
    expect(name(f.source, 450)).toEqual([1]);
    expect(name(f.target, 10)).toEqual([2]);
  });
});

describe('BeadCoster.costBelow prunes exactly', () => {
  it('returns the cost when it is below the limit, Infinity only when the cost is not', () => {
    const { ar, en } = generatedDoc(60);
    const f = extractFeatures(ar, en, undefined);
    const coster = new BeadCoster(f, DEFAULT_COST_PARAMS);
    const rand = rng(11);
    let pruned = 0;
    for (let k = 0; k < 2000; k++) {
      const i0 = Math.floor(rand() * 55);
      const j0 = Math.max(0, i0 + Math.floor(rand() * 7) - 3);
      const i1 = i0 + 1 + Math.floor(rand() * 3);
      const j1 = Math.min(60, j0 + 1 + Math.floor(rand() * 3));
      const full = coster.cost(i0, i1, j0, j1);
      const limit = full + (rand() - 0.5) * 6;
      const got = coster.costBelow(i0, i1, j0, j1, limit);
      if (got === Infinity) {
        pruned++;
        expect(full).toBeGreaterThanOrEqual(limit);
      } else {
        expect(got).toBeCloseTo(full, 12);
      }
    }
    expect(pruned).toBeGreaterThan(0);
  });
});
