// Per-sentence evidence for the aligner: a length and a small set of "keys" that survive translation
// between Arabic and English without a dictionary. Two sentences that share rare keys are likely
// translations of each other; the DP adds the shared weight as a bonus to a bead.
//
// Keys (one string each, interned to an integer id shared by both sides):
//   n:<number>   digit runs after folding (Arabic-Indic ٢٠١٦ = 2016, ٣٫٥ = 3.5, 1,000 = 1000)
//   l:<word>     Latin-script words, lower-cased: "ITV" inside the Arabic meets "ITV" in the English
//   s:<skeleton> consonant skeletons (./skeleton.ts): every Arabic word (with and without clitics) and
//                every capitalised English word, so كيربي meets Kirby
//   g:<index>    an entry of the user's glossary found on its side
//   p:?  p:!  p:q  p:(   question / exclamation marks (؟ = ?), quotation marks (« » " “ ”), brackets
// A key's weight is a prior for its kind, divided by the square root of how many sentences carry it
// nearby (within LOCAL_RADIUS sentences): a number or name that occurs once in a stretch says far more
// than one that occurs in every sentence. Counted locally, not in the whole text, because the search
// only ever compares nearby sentences: a name that recurs every few pages of a book, or a formula
// repeated through a long text, still tells its neighbourhood apart.
import { DEFAULT_FOLDS, foldForMatch, type FoldOptions } from '../text/normalize/index.js';
import { arabicSkeletonVariants, latinSkeleton } from './skeleton.js';
import type { AlignSentence, GlossaryEntry } from './types.js';

/** Fold Arabic letter variants and digits, keep case (capitalisation marks English names). */
const MATCH_FOLDS: FoldOptions = { ...DEFAULT_FOLDS, caseFold: false };

const TOKEN =
  /(\d+(?:[.,]\d+)*)|([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:['’][A-Za-z]+)?)|([\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC]+)/gu;

/** Capitalised English words that are not names (sentence starts, titles, days and months stay: they are rare). */
const ENGLISH_STOP = new Set([
  'the', 'this', 'that', 'these', 'those', 'there', 'then', 'than', 'and', 'but', 'for', 'nor', 'yet', 'not',
  'his', 'her', 'its', 'our', 'their', 'they', 'them', 'she', 'him', 'you', 'your', 'who', 'what', 'when',
  'where', 'which', 'why', 'how', 'while', 'after', 'before', 'since', 'with', 'from', 'into', 'over',
  'under', 'about', 'also', 'one', 'two', 'three', 'some', 'many', 'most', 'more', 'all', 'any', 'both',
  'each', 'other', 'such', 'only', 'even', 'just', 'now', 'here', 'however', 'although', 'though', 'because',
  'if', 'in', 'on', 'at', 'as', 'by', 'of', 'to', 'an', 'it', 'is', 'was', 'are', 'were', 'be', 'has', 'have',
  'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'said', 'says', 'mr', 'mrs', 'ms', 'dr',
]);

/**
 * Latin letters as Arabic news spells them out: CNN = سي إن إن, BBC = بي بي سي, ITV = أي تي في.
 * Keys of the folded letter name (alef forms → ا); some names stand for several letters.
 */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  'ايه': 'a', 'اي': 'aie', 'بي': 'bp', 'سي': 'c', 'دي': 'd', 'اف': 'f', 'ايف': 'f', 'جي': 'gj', 'اتش': 'h', 'اتشي': 'h',
  'جاي': 'j', 'جيه': 'jg', 'كي': 'k', 'كيه': 'k', 'ال': 'l', 'ايل': 'l', 'ام': 'm', 'ايم': 'm', 'ان': 'n', 'اين': 'n',
  'او': 'o', 'كيو': 'q', 'ار': 'r', 'اس': 's', 'ايس': 's', 'تي': 't', 'يو': 'u', 'في': 'v', 'دبليو': 'w', 'اكس': 'x',
  'واي': 'y', 'زد': 'z', 'زي': 'z',
};

/**
 * Acronym keys from runs of spelled-out letters. Several letter names are also common words (في "in",
 * إن "that", أي "any"), so a run only counts from two letters on, and every sub-run is offered: the
 * wrong readings simply find nothing on the English side.
 */
function acronymKeys(words: readonly string[], keys: Set<string>): void {
  const letters = words.map((w) => LETTER_NAMES[w]);
  for (let start = 0; start < letters.length; start++) {
    let variants = [''];
    for (let end = start; end < letters.length && end - start < 6; end++) {
      const options = letters[end];
      if (!options) break;
      variants = variants.flatMap((v) => [...options].map((o) => v + o)).slice(0, 16);
      if (end > start) for (const v of variants) keys.add(`l:${v}`);
    }
  }
}

const QUOTES = /["“”«»„]|(?:^|\s)'(?=\p{L})/u;

export const KIND_NUMBER = 0;
export const KIND_LATIN = 1;
export const KIND_SKELETON = 2;
export const KIND_GLOSSARY = 3;
export const KIND_PUNCT = 4;

/** Prior weight (in cost units, ~nats) of one shared key of each kind before the rarity discount. */
export interface KeyWeights {
  number: number;
  latin: number;
  glossary: number;
  punct: number;
  /** Skeletons by length: 2 classes, 3 classes, 4 or more. Short skeletons collide by chance. */
  skeleton2: number;
  skeleton3: number;
  skeleton4: number;
}

export const DEFAULT_KEY_WEIGHTS: Readonly<KeyWeights> = Object.freeze({
  number: 3,
  latin: 2.5,
  glossary: 3,
  punct: 0.6,
  skeleton2: 0.4,
  skeleton3: 1.2,
  skeleton4: 2,
});

export interface SideData {
  n: number;
  /** lenPrefix[i] = total length of sentences 0..i-1 (folded characters, whitespace collapsed). */
  lenPrefix: Float64Array;
  /** Keys of sentence i are keys[keyStart[i] .. keyStart[i+1]). Each key at most once per sentence. */
  keyStart: Int32Array;
  keys: Int32Array;
  /** Paragraph index per sentence, or null when not known for every sentence. */
  para: Int32Array | null;
  /**
   * Per key occurrence (parallel to `keys`): in how many sentences of this side within
   * LOCAL_RADIUS sentences of this one the key occurs (itself included), and 1 / √ of that.
   */
  localDf: Int32Array;
  rarity: Float64Array;
}

export interface KeySpace {
  size: number;
  kind: Uint8Array;
  /** The prior weight of the key's kind (KeyWeights); a shared occurrence weighs prior × the smaller rarity of its two sides. */
  prior: Float64Array;
  /** Whether a shared key is strong enough to propose an anchor (not punctuation, not short skeletons). */
  anchorable: Uint8Array;
  dfSource: Int32Array;
  dfTarget: Int32Array;
}

export interface Features {
  source: SideData;
  target: SideData;
  keys: KeySpace;
}

function normalizeNumber(raw: string): string {
  let s = raw;
  if (/^\d{1,3}(?:,\d{3})+$/u.test(s)) s = s.replace(/,/gu, '');
  s = s.replace(/,/gu, '.');
  s = s.replace(/^0+(?=\d)/u, '');
  if (s.includes('.')) s = s.replace(/\.?0+$/u, '') || '0';
  return s;
}

function keyWeight(key: string, w: KeyWeights): number {
  switch (key[0]) {
    case 'n': return key.length <= 3 ? w.number * 0.5 : w.number; // "n:7" is common; "n:2016" is not
    case 'l': return w.latin;
    case 'g': return w.glossary;
    case 'p': return w.punct;
    default: {
      const len = key.length - 2;
      return len >= 4 ? w.skeleton4 : len === 3 ? w.skeleton3 : w.skeleton2;
    }
  }
}

function kindOf(key: string): number {
  switch (key[0]) {
    case 'n': return KIND_NUMBER;
    case 'l': return KIND_LATIN;
    case 'g': return KIND_GLOSSARY;
    case 'p': return KIND_PUNCT;
    default: return KIND_SKELETON;
  }
}

interface Glossary {
  terms: string[];
}

function foldedTerms(glossary: readonly GlossaryEntry[] | undefined, side: 'source' | 'target'): Glossary {
  return { terms: (glossary ?? []).map((g) => foldForMatch(g[side].trim())) };
}

/**
 * Skeleton keys of an Arabic word, remembered: a long text repeats its words, and the skeleton
 * variants (one per clitic reading) are most of the feature work. Bounded so that a huge text of
 * unique words cannot grow it without limit.
 */
const arabicKeyCache = new Map<string, readonly string[]>();
const ARABIC_KEY_CACHE_MAX = 200_000;

function arabicWordKeys(word: string): readonly string[] {
  let keys = arabicKeyCache.get(word);
  if (keys === undefined) {
    keys = arabicSkeletonVariants(word).map((sk) => `s:${sk}`);
    if (arabicKeyCache.size >= ARABIC_KEY_CACHE_MAX) arabicKeyCache.clear();
    arabicKeyCache.set(word, keys);
  }
  return keys;
}

/** The key strings of one sentence (deduplicated) and its length. */
export function sentenceKeys(text: string, glossary?: Glossary): { keys: string[]; length: number } {
  const folded = foldForMatch(text, MATCH_FOLDS);
  const keys = new Set<string>();
  const arabicWords: string[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    if (m[3] === undefined && arabicWords.length > 0) {
      acronymKeys(arabicWords, keys);
      arabicWords.length = 0;
    }
    if (m[1] !== undefined) {
      keys.add(`n:${normalizeNumber(m[1])}`);
    } else if (m[2] !== undefined) {
      const word = m[2];
      const lower = word.toLowerCase().replace(/['’]s$/u, '');
      if (lower.length >= 2) keys.add(`l:${lower}`);
      const first = word[0]!;
      if (first !== first.toLowerCase() && lower.length >= 3 && !ENGLISH_STOP.has(lower)) {
        const sk = latinSkeleton(word);
        if (sk.length >= 2) keys.add(`s:${sk}`);
      }
    } else if (m[3] !== undefined) {
      for (const key of arabicWordKeys(m[3])) keys.add(key);
      arabicWords.push(m[3]);
    }
  }
  acronymKeys(arabicWords, keys);
  if (/[?؟]/u.test(folded)) keys.add('p:?');
  if (folded.includes('!')) keys.add('p:!');
  if (QUOTES.test(folded)) keys.add('p:q');
  if (/[()]/u.test(folded)) keys.add('p:(');
  if (glossary && glossary.terms.length > 0) {
    const lower = folded.toLowerCase();
    glossary.terms.forEach((term, index) => {
      if (term !== '' && lower.includes(term)) keys.add(`g:${index}`);
    });
  }
  const length = folded.replace(/\s+/gu, ' ').trim().length;
  return { keys: [...keys], length };
}

function paragraphs(sentences: readonly AlignSentence[]): Int32Array | null {
  if (sentences.length === 0 || sentences.some((s) => s.paragraph === undefined)) return null;
  return Int32Array.from(sentences, (s) => s.paragraph ?? 0);
}

export function extractFeatures(
  source: readonly AlignSentence[],
  target: readonly AlignSentence[],
  glossary: readonly GlossaryEntry[] | undefined,
  weights: KeyWeights = DEFAULT_KEY_WEIGHTS,
): Features {
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  // `seenOnly`: keep only keys the other side (built first) has, and numbers. A key on one side only
  // can never be shared, and most keys are like that (every skeleton of every Arabic word):
  // interning them all was most of the feature work on a long text.
  const build = (sentences: readonly AlignSentence[], g: Glossary, seenOnly: boolean): SideData => {
    const n = sentences.length;
    const lenPrefix = new Float64Array(n + 1);
    const keyStart = new Int32Array(n + 1);
    const flat: number[] = [];
    sentences.forEach((s, i) => {
      const { keys, length } = sentenceKeys(s.text, g);
      lenPrefix[i + 1] = lenPrefix[i]! + length;
      for (const k of keys) {
        if (!seenOnly || k.startsWith('n:')) flat.push(idOf(k));
        else {
          const id = ids.get(k);
          if (id !== undefined) flat.push(id);
        }
      }
      keyStart[i + 1] = flat.length;
    });
    return { n, lenPrefix, keyStart, keys: Int32Array.from(flat), para: paragraphs(sentences), localDf: new Int32Array(0), rarity: new Float64Array(0) };
  };
  const tgt = build(target, { terms: foldedTerms(glossary, 'target').terms.map((t) => t.toLowerCase()) }, false);
  const src = build(source, foldedTerms(glossary, 'source'), true);

  const size = ids.size;
  const dfSource = new Int32Array(size);
  const dfTarget = new Int32Array(size);
  for (const k of src.keys) dfSource[k]!++;
  for (const k of tgt.keys) dfTarget[k]!++;
  const kind = new Uint8Array(size);
  const prior = new Float64Array(size);
  const anchorable = new Uint8Array(size);
  for (const [key, id] of ids) {
    const k = kindOf(key);
    kind[id] = k;
    prior[id] = keyWeight(key, weights);
    anchorable[id] = k === KIND_PUNCT || (k === KIND_SKELETON && key.length - 2 < 3) ? 0 : 1;
  }
  // Keep only keys that can matter: a key absent from the other side can never be shared, and most
  // keys are like that (every Arabic word's skeleton, every English word). Numbers stay because an
  // unmatched number is evidence against a bead. This cuts the DP's per-bead work several times over.
  const keep = (side: SideData, dfOther: Int32Array): SideData => {
    const keyStart = new Int32Array(side.n + 1);
    const flat: number[] = [];
    for (let i = 0; i < side.n; i++) {
      for (let p = side.keyStart[i]!; p < side.keyStart[i + 1]!; p++) {
        const k = side.keys[p]!;
        if (dfOther[k]! > 0 || kind[k] === KIND_NUMBER) flat.push(k);
      }
      keyStart[i + 1] = flat.length;
    }
    const keys = Int32Array.from(flat);
    const localDf = localFrequencies(keyStart, keys, size);
    return { ...side, keyStart, keys, localDf, rarity: Float64Array.from(localDf, (d) => 1 / Math.sqrt(d)) };
  };
  return {
    source: keep(src, dfTarget),
    target: keep(tgt, dfSource),
    keys: { size, kind, prior, anchorable, dfSource, dfTarget },
  };
}

/** Sentences on each side of a key occurrence whose occurrences count towards its local frequency. */
export const LOCAL_RADIUS = 50;

/** For each key occurrence, the number of sentences within LOCAL_RADIUS that carry the same key. */
function localFrequencies(keyStart: Int32Array, keys: Int32Array, size: number): Int32Array {
  const n = keyStart.length - 1;
  // Occurrences grouped by key, in sentence order (counting sort): start offsets + occurrence indexes.
  const start = new Int32Array(size + 1);
  for (const k of keys) start[k + 1]!++;
  for (let k = 0; k < size; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, size);
  const byKey = new Int32Array(keys.length);
  const sentenceOf = new Int32Array(keys.length);
  for (let i = 0; i < n; i++) {
    for (let p = keyStart[i]!; p < keyStart[i + 1]!; p++) {
      sentenceOf[p] = i;
      byKey[fill[keys[p]!]!++] = p;
    }
  }
  const out = new Int32Array(keys.length);
  for (let k = 0; k < size; k++) {
    let lo = start[k]!;
    let hi = start[k]!;
    for (let q = start[k]!; q < start[k + 1]!; q++) {
      const i = sentenceOf[byKey[q]!]!;
      while (sentenceOf[byKey[lo]!]! < i - LOCAL_RADIUS) lo++;
      while (hi < start[k + 1]! && sentenceOf[byKey[hi]!]! <= i + LOCAL_RADIUS) hi++;
      out[byKey[q]!] = hi - lo;
    }
  }
  return out;
}
