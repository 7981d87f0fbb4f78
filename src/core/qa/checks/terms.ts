// Names and terms: glossary terms rendered as the glossary says, forbidden variants avoided, and registry
// speakers spelt as the registry spells them.
import { sameWord, wordTokens } from '../../text/word-tokens.js';
import { registryNameIn, speakersInSource, transliteratedNameIn } from '../speakers.js';
import type { QaHit, QaSegmentCheck } from '../types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Where `phrase` occurs in `text` as whole words, case-insensitive, plural -s/-es allowed. */
export function findEnglish(text: string, phrase: string): { start: number; end: number } | undefined {
  const words = phrase.trim().split(/\s+/u).filter(Boolean).map(escape);
  if (words.length === 0) return undefined;
  const m = new RegExp(`(?<![\\p{L}\\p{Nd}])${words.join('[\\s-]+')}(?:e?s)?(?![\\p{L}\\p{Nd}])`, 'iu').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Where the Arabic term occurs in the source, up to folding and proclitics. */
function findArabicTerm(source: string, term: string): { start: number; end: number } | undefined {
  const tokens = wordTokens(source);
  const needle = wordTokens(term);
  if (needle.length === 0) return undefined;
  for (let i = 0; i + needle.length <= tokens.length; i++) {
    if (needle.every((w, k) => sameWord(w, tokens[i + k]!))) return { start: tokens[i]!.start, end: tokens[i + needle.length - 1]!.end };
  }
  return undefined;
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
    for (const term of context.terms) {
      if (term.targets.length === 0) continue;
      const at = term.sources.map((s) => [s, findArabicTerm(segment.source, s)] as const).find(([, r]) => r !== undefined);
      if (at === undefined || term.targets.some((t) => findEnglish(segment.target, t) !== undefined)) continue;
      const [word, range] = at;
      hits.push({
        message: `The glossary renders ${word} as "${term.targets.join('" or "')}", which the English does not use.`,
        ...(range && { range: { side: 'source' as const, ...range } }),
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
    for (const term of context.terms) {
      for (const bad of term.forbidden) {
        const range = findEnglish(segment.target, bad);
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
