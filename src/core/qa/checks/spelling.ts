// Spelling of the English, with the project's dictionary (QaContext.spell). Names are left alone: words
// with a capital or a digit, acronyms, and every word of a registry speaker's or a glossary term's English.
import { englishWords } from '../text.js';
import type { QaContext, QaHit, QaSegmentCheck } from '../types.js';

/**
 * British spellings a US dictionary lacks, as rewrites to the US form (travelled → traveled, neighbouring →
 * neighboring, organise → organize, centre → center, catalogue → catalog, defence → defense).
 */
const AMERICAN: readonly (readonly [RegExp, string])[] = [
  [/ll(ed|ing|er|ers)$/u, 'l$1'], [/our/u, 'or'], [/is(e|ed|es|ing|ation|ations)$/u, 'iz$1'], [/ys(e|ed|es|ing)$/u, 'yz$1'],
  [/tre(s)?$/u, 'ter$1'], [/ogue(s)?$/u, 'og$1'], [/ence(s)?$/u, 'ense$1'], [/amme(s)?$/u, 'am$1'],
];

/** At most this many misspellings per segment: more means the dictionary does not fit the text. */
const MAX_PER_SEGMENT = 3;

// The registry's and the glossary's English words, once per context (the checks run on every segment).
const knownByContext = new WeakMap<QaContext, Set<string>>();

function knownWords(context: QaContext): Set<string> {
  let known = knownByContext.get(context);
  if (known === undefined) {
    const names = [...context.speakers.map((s) => s.nameTarget), ...context.terms.flatMap((t) => t.targets)];
    known = new Set(names.flatMap((n) => englishWords(n).map((w) => w.word)));
    knownByContext.set(context, known);
  }
  return known;
}

export const spelling: QaSegmentCheck = {
  id: 'spelling',
  label: 'Spelling',
  description: 'An English word is not in the project\'s dictionary (names, acronyms and registry or glossary words are skipped).',
  category: 'form',
  // A general dictionary does not know news vocabulary (homewear, bankable): a note, not a warning.
  defaultSeverity: 'info',
  scope: 'segment',
  run({ segment }, context) {
    const spell = context.spell;
    if (spell === undefined || segment.doNotTranslate || segment.target.trim() === '') return [];
    const known = knownWords(context);
    const hits: QaHit[] = [];
    for (const w of englishWords(segment.target)) {
      if (hits.length === MAX_PER_SEGMENT) break;
      if (/[\p{Lu}\p{Nd}]/u.test(w.text) || !/^[\p{L}'-]+$/u.test(w.text)) continue;
      const parts = w.word.replace(/'s$/u, '').split('-').filter((p) => p.length >= 3 && !known.has(p));
      const wrong = parts.find((p) => !spell(p) && !AMERICAN.some(([from, to]) => from.test(p) && spell(p.replace(from, to))));
      if (wrong === undefined || known.has(w.word)) continue;
      hits.push({ message: `"${wrong}" is not in the dictionary: check the spelling.`, range: { side: 'target', start: w.start, end: w.end } });
    }
    return hits;
  },
};
