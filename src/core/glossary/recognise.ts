import { wordTokens, type WordToken } from '../text/word-tokens.js';
import { foldForMatch } from '../text/normalize/index.js';
import { MIN_STEM_KEY, termStemKeys, textStemKeys } from './stem.js';
import type { MatchKind, TermConcept, TermMatch } from './types.js';

// Arabic-aware term recognition. A glossary is compiled once (every term split into folded words, each
// with its readings and suffix-stem keys, indexed by the keys of its first word); recognising a segment
// is then one pass over its words with a few map lookups per word, whatever the glossary's size.
//
// A word of a term matches a word of the text, best first:
//   exact  — the same folded word (alef forms, hamza seats, ta marbuta, yeh, harakat, tatweel, digits);
//   clitic — the same after splitting proclitics and the article (والحكومة, للحكومة for الحكومة);
//   stem   — the same after light suffix stemming as well (الحكومات, حكومتها for حكومة).
// A term of several words matches consecutive words separated by spaces only. At each position the
// longest term wins, then the best kind; matches never overlap and cover whole written words, so the
// offsets underline والحكومة entire, not حكومة inside it.
//
// Terms are written in citation form: only the article is split off a term's own words (a glossary's
// وزارة is not و + زارة), while the text's words get every proclitic split.

const KIND_RANK: Record<MatchKind, number> = { exact: 0, clitic: 1, stem: 2 };
const KINDS: readonly MatchKind[] = ['exact', 'clitic', 'stem'];
/** What may stand between two words of one term: spaces (and invisible direction marks), or a hyphen. */
const WORD_GAP = /^[\s\u200c\u200e\u200f-]*$/u;

interface TermWord {
  folded: string;
  readings: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

interface CompiledTerm {
  term: string;
  words: readonly TermWord[];
  concept: TermConcept;
  /** Order in the glossary: the earlier entry wins a tie. */
  order: number;
}

export interface CompiledGlossary {
  /** Terms by every key of their first word (folded form, readings, stem keys). */
  readonly byKey: ReadonlyMap<string, readonly CompiledTerm[]>;
  readonly termCount: number;
}

function termWord(token: WordToken): TermWord {
  const readings = [token.folded];
  if (token.arabic && token.folded.startsWith('ال') && token.folded.length - 2 >= 2) readings.push(token.folded.slice(2));
  return { folded: token.folded, readings: new Set(readings), stems: new Set(token.arabic ? readings.flatMap(termStemKeys) : []) };
}

/** Compiles concepts for recognition: do it once per glossary change, not per segment. */
export function compileGlossary(concepts: readonly TermConcept[]): CompiledGlossary {
  const byKey = new Map<string, CompiledTerm[]>();
  let order = 0;
  let termCount = 0;
  for (const concept of concepts) {
    for (const source of concept.sources) {
      const words = wordTokens(source.text).map(termWord);
      const first = words[0];
      if (first === undefined) continue;
      const compiled: CompiledTerm = { term: source.text, words, concept, order: order++ };
      termCount++;
      for (const key of new Set([first.folded, ...first.readings, ...first.stems])) {
        const list = byKey.get(key);
        if (list) list.push(compiled);
        else byKey.set(key, [compiled]);
      }
    }
  }
  return { byKey, termCount };
}

/** A text word with its stem keys worked out when first needed (most words never need them). */
class TextWord {
  /**
   * The token's readings, and for a word written لل + ل… (للاعبين: ل + ال + لاعبين, the article's lam
   * merged with the word's) the reading word-tokens.ts cannot give: لاعبين.
   */
  readonly readings: readonly string[];
  private stemSet: Set<string> | null = null;
  constructor(readonly token: WordToken) {
    const inner = token.readings.find((r) => r.startsWith('لل') && r.length - 1 >= 4);
    this.readings = inner === undefined ? token.readings : [...token.readings, inner.slice(1)];
  }
  get stems(): ReadonlySet<string> {
    this.stemSet ??= new Set(this.token.arabic ? this.readings.flatMap(textStemKeys) : []);
    return this.stemSet;
  }
}

function wordKind(text: TextWord, word: TermWord): MatchKind | null {
  if (text.token.folded === word.folded) return 'exact';
  if (text.readings.some((r) => word.readings.has(r))) return 'clitic';
  for (const key of text.stems) if (word.stems.has(key)) return 'stem';
  return null;
}

/** The kind of match of `term` at word `at`, or null. The worst word decides. */
function termKind(source: string, words: readonly TextWord[], at: number, term: CompiledTerm): MatchKind | null {
  if (at + term.words.length > words.length) return null;
  let rank = 0;
  for (let j = 0; j < term.words.length; j++) {
    const word = words[at + j]!;
    if (j > 0 && !WORD_GAP.test(source.slice(words[at + j - 1]!.token.end, word.token.start))) return null;
    const kind = wordKind(word, term.words[j]!);
    if (kind === null) return null;
    rank = Math.max(rank, KIND_RANK[kind]);
  }
  return KINDS[rank]!;
}

/** Every glossary term in `source`, in text order, non-overlapping, longest first at each word. */
export function recogniseTerms(source: string, glossary: CompiledGlossary): TermMatch[] {
  if (glossary.termCount === 0) return [];
  const words = wordTokens(source).map((t) => new TextWord(t));
  const matches: TermMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const candidates = new Set<CompiledTerm>();
    for (const key of word.readings) for (const term of glossary.byKey.get(key) ?? []) candidates.add(term);
    // Stemming costs more than everything else together, so a word is stemmed only when the start of one
    // of its readings is the key of some term: most words of a text are no term's stem.
    if (word.token.arabic && word.readings.some((r) => hasKeyPrefix(r, glossary.byKey))) {
      for (const key of word.stems) for (const term of glossary.byKey.get(key) ?? []) candidates.add(term);
    }
    let best: { term: CompiledTerm; kind: MatchKind } | null = null;
    for (const term of candidates) {
      const kind = termKind(source, words, i, term);
      if (kind === null) continue;
      if (best === null || isBetter(term, kind, best.term, best.kind)) best = { term, kind };
    }
    if (best === null) {
      i++;
      continue;
    }
    const start = words[i]!.token.start;
    const end = words[i + best.term.words.length - 1]!.token.end;
    matches.push({ start, end, text: source.slice(start, end), term: best.term.term, kind: best.kind, concept: best.term.concept });
    i += best.term.words.length;
  }
  return matches;
}

/** True when some proper prefix of `reading` (of a stem key's length) is a key of the index. */
function hasKeyPrefix(reading: string, byKey: ReadonlyMap<string, unknown>): boolean {
  for (let length = MIN_STEM_KEY; length < reading.length; length++) if (byKey.has(reading.slice(0, length))) return true;
  return false;
}

function isBetter(term: CompiledTerm, kind: MatchKind, than: CompiledTerm, thanKind: MatchKind): boolean {
  if (term.words.length !== than.words.length) return term.words.length > than.words.length;
  if (kind !== thanKind) return KIND_RANK[kind] < KIND_RANK[thanKind];
  return term.order < than.order;
}

/** Folded form of a term, for finding duplicates on import and add. */
export function termKey(text: string): string {
  return foldForMatch(text.normalize('NFC').trim()).replace(/\s+/gu, ' ');
}
