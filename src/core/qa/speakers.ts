// Where a registry speaker is named: in the Arabic (the whole name, or its last word alone, as news
// does after the first mention), and in the English (the registry's English, any of its words, or a
// capitalised word whose consonant skeleton matches the Arabic: كيربي ~ Kirby).
import { arabicSkeletonVariants, latinSkeleton } from '../align/skeleton.js';
import { sameWord, wordTokens, type WordToken } from '../text/word-tokens.js';
import { englishWords, tokensOf } from './text.js';
import type { QaSpeakerName } from './types.js';

/** Name particles that say nothing alone. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'abd', 'the', 'de', 'van', 'von', 'mr', 'mrs', 'ms', 'dr']);

function findRun(haystack: readonly WordToken[], needle: readonly WordToken[]): WordToken | undefined {
  if (needle.length === 0) return undefined;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, k) => sameWord(w, haystack[i + k]!))) return haystack[i];
  }
  return undefined;
}

export interface SourceMention {
  speaker: QaSpeakerName;
  start: number;
  end: number;
  /** The Arabic words of the name, for the skeleton comparison. */
  words: readonly WordToken[];
}

interface RegistryName {
  speaker: QaSpeakerName;
  name: WordToken[];
}

// The registry's Arabic names as words, indexed by every reading of their last word (which any mention,
// whole or surname alone, contains); built once per registry, since a document runs the checks on every segment.
const registryIndexes = new WeakMap<readonly QaSpeakerName[], Map<string, RegistryName[]>>();

function registryIndex(speakers: readonly QaSpeakerName[]): Map<string, RegistryName[]> {
  let index = registryIndexes.get(speakers);
  if (index === undefined) {
    index = new Map();
    for (const speaker of speakers) {
      const name = wordTokens(speaker.nameSource);
      const last = name[name.length - 1];
      if (last === undefined) continue;
      const entry = { speaker, name };
      for (const r of new Set(last.readings)) index.set(r, [...(index.get(r) ?? []), entry]);
    }
    registryIndexes.set(speakers, index);
  }
  return index;
}

/** Registry names whose last word is a word of the text. */
function candidates(tokens: readonly WordToken[], speakers: readonly QaSpeakerName[]): RegistryName[] {
  const index = registryIndex(speakers);
  const found = new Set<RegistryName>();
  for (const t of tokens) for (const r of t.readings) for (const c of index.get(r) ?? []) found.add(c);
  return [...found];
}

/** Registry speakers named in the Arabic, by full name or, for a person, last name (at least 3 letters). */
export function speakersInSource(source: string, speakers: readonly QaSpeakerName[]): SourceMention[] {
  const tokens = tokensOf(source);
  const out: SourceMention[] = [];
  for (const { speaker, name } of candidates(tokens, speakers)) {
    const whole = findRun(tokens, name);
    const last = name[name.length - 1]!;
    const byLastWord = speaker.kind === undefined || speaker.kind === 'person';
    const surname = whole ?? (byLastWord && name.length > 1 && last.stem.length >= 3 ? findRun(tokens, [last]) : undefined);
    if (surname === undefined) continue;
    const span = whole ? name.length : 1;
    const at = tokens.indexOf(surname);
    out.push({ speaker, start: surname.start, end: tokens[at + span - 1]!.end, words: name });
  }
  return out;
}

/** The registry English (or one of its words) in the English, case-insensitive. */
export function registryNameIn(target: string, nameTarget: string): boolean {
  const words = new Set(englishWords(target).map((w) => w.word.replace(/'s$/u, '')));
  const name = englishWords(nameTarget).map((w) => w.word).filter((w) => w.length >= 3 && !PARTICLES.has(w));
  return name.some((w) => words.has(w) || [...words].some((t) => t.split('-').includes(w)));
}

/** Capitalised English words whose skeleton matches a word of the Arabic name (transliteration-aware). */
export function transliteratedNameIn(target: string, arabicName: readonly WordToken[]): { start: number; end: number; text: string } | undefined {
  const skeletons = new Set(arabicName.flatMap((w) => arabicSkeletonVariants(w.folded, 3)));
  if (skeletons.size === 0) return undefined;
  return englishWords(target).find((w) => /^\p{Lu}/u.test(w.text) && skeletons.has(latinSkeleton(w.text)));
}
