// Book-sized inputs for the scale benchmarks, from the NTREX news in ../shared/corpus: the gold beads
// (Arabic sentence(s) ↔ English sentence(s)) repeated until N, each repeat told apart by a number so that
// search, the index and the TM see distinct rows. Plain Node; scripts only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus/ntrex-news');

export interface BeadPair {
  ar: string;
  en: string;
}

/** The gold beads of every corpus document, in order (sentences of one bead joined by a space). */
export function corpusBeads(): BeadPair[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`the corpus is not at ${CORPUS_DIR}`);
  const beads: BeadPair[] = [];
  for (const dir of readdirSync(CORPUS_DIR).filter((d) => d.startsWith('dev')).sort()) {
    const ar = readFileSync(join(CORPUS_DIR, dir, 'ar.sents'), 'utf8').split('\n');
    const en = readFileSync(join(CORPUS_DIR, dir, 'en.sents'), 'utf8').split('\n');
    for (const line of readFileSync(join(CORPUS_DIR, dir, 'gold.tsv'), 'utf8').split('\n').filter(Boolean)) {
      const [a = '', e = ''] = line.split('\t');
      const pick = (list: string[], ids: string) => ids.split(',').filter(Boolean).map((i) => list[Number(i)] ?? '').join(' ');
      beads.push({ ar: pick(ar, a), en: pick(en, e) });
    }
  }
  return beads;
}

/** N bead pairs: the corpus beads in a cycle; from the second cycle on, each carries its cycle number. */
export function scaleBeads(n: number): BeadPair[] {
  const beads = corpusBeads().filter((b) => b.ar !== '' && b.en !== '');
  const out: BeadPair[] = [];
  for (let i = 0; i < n; i++) {
    const b = beads[i % beads.length]!;
    const cycle = Math.floor(i / beads.length);
    out.push(cycle === 0 ? b : { ar: `${b.ar} (${cycle})`, en: `${b.en} (${cycle})` });
  }
  return out;
}

/** The Arabic and English of N beads as two plain texts, a paragraph (blank line) every `perParagraph` beads. */
export function scaleTexts(n: number, perParagraph = 5): { arabic: string; english: string } {
  const beads = scaleBeads(n);
  const join = (side: 'ar' | 'en') => {
    const paragraphs: string[] = [];
    for (let i = 0; i < beads.length; i += perParagraph) paragraphs.push(beads.slice(i, i + perParagraph).map((b) => b[side]).join(' '));
    return `${paragraphs.join('\n\n')}\n`;
  };
  return { arabic: join('ar'), english: join('en') };
}
