// Long inputs of mixed register for the alignment benchmarks: news paragraphs from the NTREX gold
// (../shared/corpus) interleaved with runs of Quran verses and their English (the npm package
// quran-json, CC-BY-4.0), with the gold beads known from the construction. News keeps Arabic and
// English lengths close (ratio ≈ 0.93); the Quran's vocalised Arabic is about half its English
// (≈ 0.52), so one global length ratio fits neither register.
//
// Held-out splits: "tune" uses news documents dev01–dev03 and the odd-numbered surahs, "test" uses
// dev04–dev05 and the even-numbered surahs; rules are tuned on one and reported on the other.
// Plain Node; scripts only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mulberry32 } from './bench-print';
import { CORPUS_DIR } from './scale-corpus';

export type Split = 'tune' | 'test';

/** A bead of sentences with their paragraph numbers (news: the document's line; verses: one per run). */
export interface SentBead {
  src: string[];
  tgt: string[];
}

export interface MixedDoc {
  ar: string[];
  en: string[];
  gold: { source: number[]; target: number[] }[];
  /** Share of sentences (per side) that are verses. */
  verseShare: number;
}

interface QuranChapter {
  id: number;
  verses: { id: number; text: string; translation: string }[];
}

const QURAN_PACKAGE = 'quran-json@3.1.2'; // CC-BY-4.0; fetched for the benchmark only (23 MB), not a dependency
const QURAN_CACHE = resolve(import.meta.dirname, '../../node_modules/.cache/mizan-bench/quran-json');

/**
 * Where quran-json's dist/quran_en.json is: $QURAN_JSON, or a copy the benchmark fetched once with `npm pack`
 * from the registry into node_modules/.cache (it is too big to install for every clean CI run).
 */
export function quranJsonPath(): string {
  const fromEnv = process.env['QURAN_JSON'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`QURAN_JSON points at ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const cached = join(QURAN_CACHE, 'package/dist/quran_en.json');
  if (!existsSync(cached)) {
    mkdirSync(QURAN_CACHE, { recursive: true });
    try {
      const tarball = execFileSync('npm', ['pack', QURAN_PACKAGE, '--silent', '--pack-destination', QURAN_CACHE], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
      execFileSync('tar', ['xzf', join(QURAN_CACHE, tarball), '-C', QURAN_CACHE]);
    } catch (error) {
      throw new Error(`could not fetch ${QURAN_PACKAGE} with npm pack (${String(error)}); set QURAN_JSON to its dist/quran_en.json`);
    }
  }
  return cached;
}

function readLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8').replace(/\r\n/gu, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The gold beads of the news documents of a split, one list per document. */
export function newsDocs(split: Split): SentBead[][] {
  const names = readdirSync(CORPUS_DIR).filter((d) => d.startsWith('dev')).sort();
  const chosen = names.filter((_, k) => (split === 'tune' ? k < 3 : k >= 3));
  return chosen.map((dir) => {
    const ar = readLines(join(CORPUS_DIR, dir, 'ar.sents'));
    const en = readLines(join(CORPUS_DIR, dir, 'en.sents'));
    return readLines(join(CORPUS_DIR, dir, 'gold.tsv')).filter((l) => l.trim() !== '').map((line) => {
      const [s = '', t = ''] = line.split('\t');
      const pick = (list: string[], ids: string): string[] => ids.split(',').filter(Boolean).map((i) => list[Number(i)] ?? '');
      return { src: pick(ar, s), tgt: pick(en, t) };
    });
  });
}

/** Verses of a split as 1:1 beads, in order. */
export function verses(split: Split): SentBead[] {
  const chapters = JSON.parse(readFileSync(quranJsonPath(), 'utf8')) as QuranChapter[];
  return chapters
    .filter((c) => (split === 'tune' ? c.id % 2 === 1 : c.id % 2 === 0))
    .flatMap((c) => c.verses.map((v) => ({ src: [v.text.trim()], tgt: [v.translation.trim()] })));
}


/**
 * About `size` sentences per side: runs of 5–60 news beads (taken in order through the split's
 * documents) alternate with runs of 10–300 verses, long enough that the length ratio of a stretch is
 * the ratio of one register, and the global ratio lies between them and fits neither. When a source runs out it starts again, each new
 * cycle marked by its number in parentheses on both sides (as a book repeats a formula, the text is
 * not byte-identical but its keys recur).
 */
export function mixedRegister(size: number, split: Split, seed = 1): MixedDoc {
  const rand = mulberry32(seed);
  const news = newsDocs(split).flat();
  const quran = verses(split);
  const out: MixedDoc = { ar: [], en: [], gold: [], verseShare: 0 };
  let newsAt = 0;
  let quranAt = 0;
  let verseSents = 0;
  const take = (list: SentBead[], at: number): SentBead => {
    const b = list[at % list.length]!;
    const cycle = Math.floor(at / list.length);
    if (cycle === 0) return b;
    const mark = (s: string): string => `${s} (${cycle})`;
    return { src: b.src.map(mark), tgt: b.tgt.map(mark) };
  };
  const push = (b: SentBead): void => {
    const source = b.src.map((s) => out.ar.push(s) - 1);
    const target = b.tgt.map((t) => out.en.push(t) - 1);
    out.gold.push({ source, target });
  };
  while (out.ar.length < size && out.en.length < size) {
    const newsRun = 5 + Math.floor(rand() * 56);
    for (let k = 0; k < newsRun; k++) push(take(news, newsAt++));
    const verseRun = 10 + Math.floor(rand() * 291);
    for (let k = 0; k < verseRun; k++) {
      push(take(quran, quranAt++));
      verseSents++;
    }
  }
  out.verseShare = verseSents / out.ar.length;
  return out;
}
