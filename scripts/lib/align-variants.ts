// The sentence-alignment benchmarks' corpus and damage variants: the shared NTREX gold documents
// (ar.sents × en.sents → gold.tsv, paragraphs from ar.txt / en.txt) and the ways real documents go
// wrong, each deriving its gold from the original gold (scripts/bench-alignment.ts documents them).
// Plain Node; scripts only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './scale-corpus';

export interface Sent {
  text: string;
  para: number;
}
/** A document as gold beads with their sentences: variants edit this, then it is flattened. */
export interface BeadDoc {
  name: string;
  beads: { src: Sent[]; tgt: Sent[] }[];
}
export interface FlatDoc {
  name: string;
  ar: Sent[];
  en: Sent[];
  gold: { source: number[]; target: number[] }[];
}

// ---------------------------------------------------------------- corpus

function readLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8').replace(/\r\n/gu, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Paragraph (= line of the .txt) of each sentence, found by counting non-whitespace characters. */
function paragraphsOf(sents: string[], txtPath: string): number[] {
  const strip = (s: string): number => s.replace(/\s+/gu, '').length;
  if (!existsSync(txtPath)) return sents.map((_, i) => i);
  const lineEnds: number[] = [];
  let total = 0;
  for (const line of readLines(txtPath)) {
    total += strip(line);
    lineEnds.push(total);
  }
  if (total !== sents.reduce((s, x) => s + strip(x), 0)) return sents.map((_, i) => i); // layouts differ: unknown
  const out: number[] = [];
  let at = 0;
  let line = 0;
  for (const s of sents) {
    while (line < lineEnds.length - 1 && at >= lineEnds[line]!) line++;
    out.push(line);
    at += strip(s);
  }
  return out;
}

export function loadDoc(dir: string, name: string): BeadDoc {
  const ar = readLines(join(dir, 'ar.sents'));
  const en = readLines(join(dir, 'en.sents'));
  const arPara = paragraphsOf(ar, join(dir, 'ar.txt'));
  const enPara = paragraphsOf(en, join(dir, 'en.txt'));
  const beads = readLines(join(dir, 'gold.tsv')).filter((l) => l.trim() !== '').map((line) => {
    const [s = '', t = ''] = line.split('\t');
    const idx = (x: string): number[] => (x.trim() === '' ? [] : x.split(',').map(Number));
    return {
      src: idx(s).map((i) => ({ text: ar[i]!, para: arPara[i]! })),
      tgt: idx(t).map((j) => ({ text: en[j]!, para: enPara[j]! })),
    };
  });
  return { name, beads };
}

export function flattenDoc(doc: BeadDoc, name = doc.name): FlatDoc {
  const ar: Sent[] = [];
  const en: Sent[] = [];
  const gold: FlatDoc['gold'] = [];
  for (const b of doc.beads) {
    const source = b.src.map((s) => ar.push(s) - 1);
    const target = b.tgt.map((t) => en.push(t) - 1);
    if (source.length > 0 || target.length > 0) gold.push({ source, target });
  }
  return { name, ar, en, gold };
}

// ---------------------------------------------------------------- variants

type Side = 'src' | 'tgt';

/** Delete whole paragraphs on one side, from ~40 % into the document, until ≥ 10 % of its sentences are gone. */
export function deleteParagraphs(doc: BeadDoc, side: Side): BeadDoc {
  const sents = doc.beads.flatMap((b) => b[side]);
  const need = Math.max(1, Math.ceil(sents.length * 0.1));
  const start = sents[Math.floor(sents.length * 0.4)]?.para;
  if (start === undefined) return doc;
  const drop = new Set<number>();
  let count = 0;
  for (let p = start; count < need; p++) {
    const inP = sents.filter((s) => s.para === p).length;
    if (inP === 0 && p > Math.max(...sents.map((s) => s.para))) break;
    drop.add(p);
    count += inP;
  }
  const beads: BeadDoc['beads'] = [];
  for (const b of doc.beads) {
    const kept = b[side].filter((s) => !drop.has(s.para));
    const other: Side = side === 'src' ? 'tgt' : 'src';
    if (kept.length === 0 && b[side].length > 0) {
      // The bead lost its side: each sentence of the other side is now unmatched.
      for (const s of b[other]) beads.push(side === 'src' ? { src: [], tgt: [s] } : { src: [s], tgt: [] });
    } else {
      beads.push(side === 'src' ? { src: kept, tgt: b.tgt } : { src: b.src, tgt: kept });
    }
  }
  return { name: doc.name, beads };
}

/** Merge every third pair of adjacent target sentences (same paragraph) into one sentence. */
export function mergeTargets(doc: BeadDoc): BeadDoc {
  // Work on a list of (bead id, sentence) so that merged sentences can merge their beads.
  const owner: number[] = [];
  const sents: Sent[] = [];
  doc.beads.forEach((b, k) => b.tgt.forEach((t) => {
    owner.push(k);
    sents.push(t);
  }));
  const groupOf = doc.beads.map((_, k) => k); // bead → representative (beads merged into one)
  const newTgt: { sent: Sent; bead: number }[] = [];
  let counter = 0;
  for (let j = 0; j < sents.length; j++) {
    const s = sents[j]!;
    const next = sents[j + 1];
    counter++;
    if (counter % 3 === 0 && next && next.para === s.para) {
      newTgt.push({ sent: { text: `${s.text} ${next.text}`, para: s.para }, bead: owner[j]! });
      // Beads owner[j] .. owner[j+1] become one (the ones between have no target sentence).
      for (let k = owner[j]! + 1; k <= owner[j + 1]!; k++) groupOf[k] = groupOf[owner[j]!]!;
      j++;
    } else {
      newTgt.push({ sent: s, bead: owner[j]! });
    }
  }
  const beads: BeadDoc['beads'] = [];
  const index = new Map<number, number>();
  doc.beads.forEach((b, k) => {
    const g = resolveGroup(groupOf, k);
    let at = index.get(g);
    if (at === undefined) {
      at = beads.push({ src: [], tgt: [] }) - 1;
      index.set(g, at);
    }
    beads[at]!.src.push(...b.src);
  });
  for (const t of newTgt) beads[index.get(resolveGroup(groupOf, t.bead))!]!.tgt.push(t.sent);
  return { name: doc.name, beads };
}

function resolveGroup(groupOf: number[], k: number): number {
  let g = k;
  while (groupOf[g] !== g) g = groupOf[g]!;
  return g;
}

/** Split Arabic sentences longer than 120 characters at the comma nearest their middle (30–70 %). */
export function splitSource(doc: BeadDoc): BeadDoc {
  return {
    name: doc.name,
    beads: doc.beads.map((b) => ({
      tgt: b.tgt,
      src: b.src.flatMap((s) => {
        // Only 1:1 beads: splitting a sentence that is already half of a merge would make a 2:2 gold
        // bead whose natural reading is two 1:1 beads, and score a right answer as wrong.
        if (s.text.length <= 120 || b.src.length !== 1 || b.tgt.length !== 1) return [s];
        let best = -1;
        for (const m of s.text.matchAll(/[،,]/gu)) {
          const at = m.index;
          const share = at / s.text.length;
          if (share < 0.3 || share > 0.7) continue;
          if (best < 0 || Math.abs(at - s.text.length / 2) < Math.abs(best - s.text.length / 2)) best = at;
        }
        if (best < 0) return [s];
        return [{ text: s.text.slice(0, best + 1).trim(), para: s.para }, { text: s.text.slice(best + 1).trim(), para: s.para }];
      }),
    })),
  };
}

export const ALIGN_VARIANTS: Readonly<Record<string, (d: BeadDoc) => BeadDoc>> = {
  clean: (d) => d,
  'del-ar': (d) => deleteParagraphs(d, 'src'),
  'del-en': (d) => deleteParagraphs(d, 'tgt'),
  'merge-en': mergeTargets,
  'split-ar': splitSource,
  'del+merge-ar': (d) => mergeTargets(deleteParagraphs(d, 'src')),
  'del+merge-en': (d) => mergeTargets(deleteParagraphs(d, 'tgt')),
};

/** Every document of a corpus folder (sub-folders with gold.tsv), by name. */
export function loadCorpusDocs(corpus: string = CORPUS_DIR): BeadDoc[] {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, 'gold.tsv')))
    .map((d) => d.name)
    .sort()
    .map((name) => loadDoc(join(corpus, name), name));
}
