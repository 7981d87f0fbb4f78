// Names and terms: glossary terms rendered as the glossary says, forbidden variants avoided, and registry
// speakers spelt as the registry spells them.
import { sameWord, wordTokens, type WordToken } from '../../text/word-tokens.js';
import { registryNameIn, speakersInSource, transliteratedNameIn } from '../speakers.js';
import { englishWords, tokensOf } from '../text.js';
import type { QaHit, QaSegmentCheck, QaTerm } from '../types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const phrasePatterns = new Map<string, RegExp>();
const MAX_CACHED_PATTERNS = 50_000;

/** Where `phrase` occurs in `text` as whole words, case-insensitive, plural -s/-es allowed. */
export function findEnglish(text: string, phrase: string): { start: number; end: number } | undefined {
  let pattern = phrasePatterns.get(phrase);
  if (pattern === undefined) {
    const words = phrase.trim().split(/\s+/u).filter(Boolean).map(escape);
    if (words.length === 0) return undefined;
    if (phrasePatterns.size >= MAX_CACHED_PATTERNS) phrasePatterns.clear();
    pattern = new RegExp(`(?<![\\p{L}\\p{Nd}])${words.join('[\\s-]+')}(?:e?s)?(?![\\p{L}\\p{Nd}])`, 'iu');
    phrasePatterns.set(phrase, pattern);
  }
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

interface TermIndex {
  /** Arabic term words by every reading of their first word. */
  sources: Map<string, { term: QaTerm; written: string; words: WordToken[] }[]>;
  /** Forbidden English by its first word, lower case. */
  forbidden: Map<string, { term: QaTerm; phrase: string }[]>;
}

// Built once per glossary: a document runs the checks on every segment, and a termbase has thousands of entries.
const termIndexes = new WeakMap<readonly QaTerm[], TermIndex>();

function termIndex(terms: readonly QaTerm[]): TermIndex {
  let index = termIndexes.get(terms);
  if (index !== undefined) return index;
  index = { sources: new Map(), forbidden: new Map() };
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const term of terms) {
    for (const written of term.sources) {
      const entry = { term, written, words: wordTokens(written) };
      for (const r of new Set(entry.words[0]?.readings ?? [])) add(index.sources, r, entry);
    }
    for (const phrase of term.forbidden) {
      const first = englishWords(phrase)[0];
      if (first !== undefined) add(index.forbidden, first.word, { term, phrase });
    }
  }
  termIndexes.set(terms, index);
  return index;
}

/** Glossary terms whose Arabic occurs in the source, up to folding and proclitics, with where (first occurrence). */
function termsInSource(source: string, terms: readonly QaTerm[]): Map<QaTerm, { written: string; start: number; end: number }> {
  const tokens = tokensOf(source);
  const index = termIndex(terms);
  const found = new Map<QaTerm, { written: string; start: number; end: number }>();
  tokens.forEach((token, i) => {
    for (const r of token.readings) {
      for (const { term, written, words } of index.sources.get(r) ?? []) {
        if (found.has(term) || i + words.length > tokens.length) continue;
        if (words.every((w, k) => sameWord(w, tokens[i + k]!))) found.set(term, { written, start: token.start, end: tokens[i + words.length - 1]!.end });
      }
    }
  });
  return found;
}

export const termMissing: QaSegmentCheck = {
  id: 'term-missing',
  label: 'Glossary term not used',
  description: 'The Arabic has a glossary term and the English has none of its approved renderings.',
  category: 'terms',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }, context) {
    if (segment.doNotTranslate || segment.target.trim() === '') return [];
    const hits: QaHit[] = [];
    for (const [term, at] of termsInSource(segment.source, context.terms)) {
      if (term.targets.length === 0 || term.targets.some((t) => findEnglish(segment.target, t) !== undefined)) continue;
      hits.push({
        message: `The glossary renders ${at.written} as "${term.targets.join('" or "')}", which the English does not use.`,
        range: { side: 'source', start: at.start, end: at.end },
      });
    }
    return hits;
  },
};

export const termForbidden: QaSegmentCheck = {
  id: 'term-forbidden',
  label: 'Forbidden term used',
  description: 'The English uses a variant the glossary forbids.',
  category: 'terms',
  defaultSeverity: 'error',
  scope: 'segment',
  run({ segment }, context) {
    const hits: QaHit[] = [];
    if (context.terms.length === 0) return hits;
    const index = termIndex(context.terms).forbidden;
    const seen = new Set<string>();
    for (const w of englishWords(segment.target)) {
      // "truces" is found through "truce": the pattern admits a plural.
      for (const { term, phrase } of [...(index.get(w.word) ?? []), ...(index.get(w.word.replace(/e?s$/u, '')) ?? [])]) {
        if (seen.has(phrase)) continue;
        seen.add(phrase);
        const range = findEnglish(segment.target, phrase);
        if (range === undefined) continue;
        const better = term.targets.length > 0 ? `: use "${term.targets[0]}"` : '';
        hits.push({ message: `The glossary forbids "${segment.target.slice(range.start, range.end)}"${better}.`, range: { side: 'target', ...range } });
      }
    }
    return hits;
  },
};

export const speakerSpelling: QaSegmentCheck = {
  id: 'speaker-spelling',
  label: 'Speaker spelt unlike the registry',
  description: 'A registry speaker named in the Arabic is spelt differently in the English than in the registry.',
  category: 'terms',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }, context) {
    if (segment.doNotTranslate || context.speakers.length === 0) return [];
    const hits: QaHit[] = [];
    for (const mention of speakersInSource(segment.source, context.speakers)) {
      const { nameTarget } = mention.speaker;
      if (nameTarget === '' || registryNameIn(segment.target, nameTarget)) continue;
      const written = transliteratedNameIn(segment.target, mention.words);
      if (written === undefined) continue;
      hits.push({
        message: `"${written.text}" is spelt "${nameTarget}" in the speaker registry.`,
        range: { side: 'target', start: written.start, end: written.end },
      });
    }
    return hits;
  },
};
