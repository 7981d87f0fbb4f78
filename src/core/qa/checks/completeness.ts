// Completeness: is every Arabic segment translated, and translated whole?
import { DEFAULT_COST_PARAMS, lengthDeviation } from '../../align/cost.js';
import { foldForMatch } from '../../text/normalize/index.js';
import { ARABIC_LETTER, arabicShare, comparable } from '../text.js';
import type { QaSegmentCheck } from '../types.js';

export { emptyTarget } from './empty-target.js';

const hasArabic = (text: string): boolean => ARABIC_LETTER.test(text);

/** English that is still (mostly) Arabic script: pasted source, or a translation never done. */
export const untranslated: QaSegmentCheck = {
  id: 'untranslated',
  label: 'Untranslated',
  description: 'The English is mostly Arabic script.',
  category: 'completeness',
  defaultSeverity: 'error',
  scope: 'segment',
  run({ segment }) {
    if (segment.doNotTranslate || comparable(segment.target) === comparable(segment.source)) return [];
    if (arabicShare(segment.target) <= 0.5) return [];
    return [{ message: 'The English is mostly Arabic script: translate it, or mark the segment do-not-translate.' }];
  },
};

/** The English is the Arabic, character for character (bidi marks and spacing aside). */
export const identicalToSource: QaSegmentCheck = {
  id: 'identical-to-source',
  label: 'Same as the Arabic',
  description: 'The English is a copy of the Arabic.',
  category: 'completeness',
  defaultSeverity: 'error',
  scope: 'segment',
  run({ segment }) {
    // A Latin-only source (a URL, a name, a number) is rightly copied.
    if (segment.doNotTranslate || !hasArabic(segment.source)) return [];
    if (comparable(segment.target) !== comparable(segment.source)) return [];
    return [{ message: 'The English is a copy of the Arabic: translate it, or mark the segment do-not-translate.' }];
  },
};

/** A do-not-translate segment must keep its source as is. */
export const doNotTranslateChanged: QaSegmentCheck = {
  id: 'do-not-translate-changed',
  label: 'Do-not-translate segment translated',
  description: 'The segment is marked do-not-translate, but its English differs from the source.',
  category: 'completeness',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    if (!segment.doNotTranslate || segment.target.trim() === '') return [];
    if (comparable(segment.target) === comparable(segment.source)) return [];
    return [{ message: 'The segment is marked do-not-translate but its English differs from the source: copy the source, or unmark the segment.' }];
  },
};

/**
 * Source characters per English character in professional Arabic→English news (folded, spaces collapsed),
 * measured on the design documents of the ntrex corpus (dev01–dev03: 0.96; `npm run eval:qa` prints it for
 * the whole corpus). Arabic script is a little shorter than English.
 */
export const ARABIC_PER_ENGLISH_CHAR = 0.96;
/**
 * How many standard deviations shorter than the length model predicts an English may be before it is
 * reported: −2.8 is the 0.26 % tail of the normal law. The aligner's variance (4.5 per character) is tuned
 * for free translation; a clean news segment rarely falls that low (on the design documents one bead in 136
 * did, a list of viewer figures the English condensed), and dropping a third of a long sentence does.
 */
export const OMISSION_DEVIATION = -2.8;
/** Below this many Arabic characters, length says nothing (headlines, captions). */
const MIN_SOURCE_LENGTH = 40;

const lengthOf = (text: string): number => foldForMatch(text).replace(/\s+/gu, ' ').trim().length;

/** The English is far shorter than the Arabic predicts: a clause or a sentence is probably missing. */
export const omission: QaSegmentCheck = {
  id: 'omission',
  label: 'Possible omission',
  description: 'The English is far shorter than the Arabic predicts (the aligner\'s length model).',
  category: 'completeness',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    if (segment.doNotTranslate || segment.target.trim() === '') return [];
    const ls = lengthOf(segment.source);
    if (ls < MIN_SOURCE_LENGTH) return [];
    const lt = lengthOf(segment.target);
    const z = lengthDeviation(ls, lt, ARABIC_PER_ENGLISH_CHAR, DEFAULT_COST_PARAMS.variance);
    if (z > OMISSION_DEVIATION) return [];
    const expected = Math.round(ls / ARABIC_PER_ENGLISH_CHAR);
    return [{ message: `The English (${lt} characters) is far shorter than the Arabic predicts (about ${expected}): check that no clause or sentence is missing.` }];
  },
};
