import type { TextRange } from '../model.js';
import type { LikelyTranslation, TranslationLink } from './types.js';

// Which English words translate the phrase, per hit. Two kinds of evidence, the stronger first:
//
// 1. Alignment: an annotation on the Arabic occurrence linked ('translation') to an English span. It is
//    used when the Arabic span overlaps the occurrence and is at most twice as long (a speaker span over
//    a whole clause says little about one word in it).
// 2. Co-occurrence: English words that appear in the hits' English far more than elsewhere. For each
//    English word e, Dice(e) = 2·h(e) / (H + n(e)), with H the units holding the phrase, h(e) those of them
//    whose English has e, and n(e) all units looked at whose English has e (word types counted once per
//    unit, and repeated English counted once: englishKey); only words in at least two hit units (and a fifth of them) are scored. Dice is 1 when e appears in exactly the hit units and near 0 for words common everywhere
//    (function words, "said"). In each hit the highlight starts at its best-scoring English word and
//    widens over neighbours scoring nearly as well (a phrase of n words is rendered in at most 2n + 2),
//    across stop words between them. When no word reaches the threshold nothing is highlighted: a guess
//    is shown only when the counts back it.

/** A word's Dice score must pass this to be highlighted; a span's words together must outweigh it. */
export const DICE_THRESHOLD = 0.3;
/** A neighbour joins the highlight when it scores at least this share of the best word's score. */
const NEIGHBOUR_SHARE = 0.6;
/** With one hit every word of its English scores 1: there is no contrast to learn from. */
const MIN_HITS_FOR_COOCCURRENCE = 2;
/** A word must appear in at least this share of the hit units (and in two) to be scored. */
const MIN_HIT_SHARE = 0.2;

const STOP_WORDS = new Set(
  ('a an the of to in on at by for from with and or but as is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your him them us who whom which what there here not no so than then also ' +
    'has have had do does did will would shall should can could may might must into over about after before between').split(' '),
);

// English words: Latin letters and digits with inner apostrophes (hyphens split, as in Hunspell).
// A plain regular expression rather than wordTokens: every unit's English is counted, and the Arabic
// folds and clitic splitting would cost five times as much for nothing.
const ENGLISH_WORD = /[\p{Script=Latin}\p{M}\p{Nd}]+(?:['’][\p{Script=Latin}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

/** How a word is counted: lower case, a possessive 's dropped (Washington's counts as Washington). */
const typeOf = (word: string) => word.replace(POSSESSIVE, '');

/** The English word types of one unit, as counted for n(e) and h(e). */
export function englishTypes(target: string): Set<string> {
  const types = new Set<string>();
  for (const m of target.toLowerCase().matchAll(ENGLISH_WORD)) types.add(typeOf(m[0]));
  return types;
}

interface EnglishWord {
  start: number;
  end: number;
  type: string;
}

function englishWords(target: string): EnglishWord[] {
  return [...target.matchAll(ENGLISH_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: typeOf(m[0].toLowerCase()) }));
}

/**
 * Repeated English (a boilerplate line, the same sentence in two documents, a TM's duplicates) is one
 * piece of evidence, not many: units count once per distinct English, compared in lower case without
 * digits (so "… (2)" repeats the same line). A 32-bit FNV-1a hash stands for the text, to keep memory
 * flat on large projects; a collision merely drops one unit from the counts.
 */
export function englishKey(target: string): number {
  const text = target.toLowerCase().replace(/[\p{Nd}\s()]/gu, '');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** n(e): in how many distinct English texts each word appears, over everything a search looked at. */
export class EnglishFrequencies {
  readonly counts = new Map<string, number>();
  private readonly seen = new Set<number>();
  units = 0;

  add(target: string): void {
    const key = englishKey(target);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.units++;
    for (const type of englishTypes(target)) this.counts.set(type, (this.counts.get(type) ?? 0) + 1);
  }

  of(type: string): number {
    return this.counts.get(type) ?? 0;
  }

  /** Adds counts made elsewhere (an earlier scan of the same, unchanged units). */
  merge(other: EnglishFrequencies): void {
    this.units += other.units;
    for (const key of other.seen) this.seen.add(key);
    for (const [type, n] of other.counts) this.counts.set(type, (this.counts.get(type) ?? 0) + n);
  }
}

/** Dice(e) for every English word of the hit units (the hit units must have been counted in `all`). */
export function diceScores(unitTargets: readonly string[], all: EnglishFrequencies): Map<string, number> {
  const hitTargets = distinctEnglish(unitTargets);
  const inHits = new Map<string, number>();
  for (const target of hitTargets) for (const type of englishTypes(target)) inHits.set(type, (inHits.get(type) ?? 0) + 1);
  const hits = hitTargets.length;
  // A word seen in one hit scores 2/(H+1) however rare it is: chance, not evidence.
  const minHits = Math.max(2, Math.ceil(hits * MIN_HIT_SHARE));
  const scores = new Map<string, number>();
  for (const [type, h] of inHits) {
    if (STOP_WORDS.has(type) || h < minHits) continue;
    scores.set(type, (2 * h) / (hits + Math.max(all.of(type), h)));
  }
  return scores;
}

const isStop = (type: string) => STOP_WORDS.has(type);

/** One of each distinct English (englishKey). */
function distinctEnglish(targets: readonly string[]): string[] {
  const seen = new Set<number>();
  return targets.filter((t) => {
    const key = englishKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The highlight in one hit's English: its best-scoring word (at least the threshold), widened over
 * neighbours that score nearly as well (NEIGHBOUR_SHARE of it), through stop words between two such
 * words ("Council of Ministers"), to at most `maxWords`. Null when no word passes the threshold.
 */
export function bestEnglishSpan(target: string, scores: ReadonlyMap<string, number>, maxWords: number, near = 0): TextRange | null {
  const words = englishWords(target);
  const score = words.map((w) => scores.get(w.type) ?? 0);
  // Between equal scores (the word twice in one sentence), the one whose place in the English is
  // nearest the occurrence's place in the Arabic (`near`, 0 = start, 1 = end).
  const distance = (i: number) => Math.abs(words[i]!.start / Math.max(1, target.length) - near);
  let anchor = -1;
  for (let i = 0; i < words.length; i++) {
    if (score[i]! < DICE_THRESHOLD) continue;
    if (anchor < 0 || score[i]! > score[anchor]! || (score[i] === score[anchor] && distance(i) < distance(anchor))) anchor = i;
  }
  if (anchor < 0) return null;
  const strong = (i: number) => score[i]! >= Math.max(DICE_THRESHOLD, NEIGHBOUR_SHARE * score[anchor]!);
  let from = anchor;
  let to = anchor;
  /** The next strong word in direction `step`, across stop words, or -1. */
  const reach = (at: number, step: 1 | -1): number => {
    for (let i = at + step; i >= 0 && i < words.length; i += step) {
      if (strong(i)) return i;
      if (!isStop(words[i]!.type)) return -1;
    }
    return -1;
  };
  for (let grew = true; grew; ) {
    grew = false;
    const right = reach(to, 1);
    if (right >= 0 && right - from < maxWords) [to, grew] = [right, true];
    const left = reach(from, -1);
    if (left >= 0 && to - left < maxWords) [from, grew] = [left, true];
  }
  return { start: words[from]!.start, end: words[to]!.end };
}

/** The English span linked to an Arabic span over the occurrence, if the alignment says so. */
export function linkedEnglish(match: TextRange, links: readonly TranslationLink[]): TextRange | null {
  const length = match.end - match.start;
  for (const link of links) {
    const overlaps = link.source.start < match.end && match.start < link.source.end;
    if (overlaps && link.source.end - link.source.start <= 2 * length && link.target.end > link.target.start) return link.target;
  }
  return null;
}

export interface EvidenceInput {
  /** The Arabic, to place the occurrence relative to its length. */
  source: string;
  target: string;
  match: TextRange;
  links: readonly TranslationLink[];
}

export interface Evidence {
  english: TextRange | null;
  evidence: 'alignment' | 'cooccurrence' | null;
}

/**
 * The English highlight of each hit (alignment first, then co-occurrence), in the order given.
 * `unitTargets` is the English of each distinct unit holding the phrase (a unit with two occurrences
 * counts once in H and h(e)).
 */
export function englishEvidence(hits: readonly EvidenceInput[], all: EnglishFrequencies, phraseWords: number, unitTargets: readonly string[]): Evidence[] {
  const scores = distinctEnglish(unitTargets).length >= MIN_HITS_FOR_COOCCURRENCE ? diceScores(unitTargets, all) : new Map<string, number>();
  const maxWords = 2 * phraseWords + 2;
  return hits.map((hit) => {
    const linked = linkedEnglish(hit.match, hit.links);
    if (linked) return { english: linked, evidence: 'alignment' };
    const span = bestEnglishSpan(hit.target, scores, maxWords, hit.match.start / Math.max(1, hit.source.length));
    return span ? { english: span, evidence: 'cooccurrence' } : { english: null, evidence: null };
  });
}

/** The highlighted English across the hits, counted case-insensitively and without a possessive 's, most frequent first. */
export function likelyTranslations(hits: readonly { target: string; english: TextRange | null }[], max = 5): LikelyTranslation[] {
  const counts = new Map<string, LikelyTranslation>();
  for (const hit of hits) {
    if (!hit.english) continue;
    const text = hit.target.slice(hit.english.start, hit.english.end);
    const key = typeOf(text.toLowerCase());
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { text, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, max);
}
