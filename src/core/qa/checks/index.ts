import type { QaCheck } from '../types.js';
import { quoteForm, reportingVerb, speakerMissing } from './attribution.js';
import { doNotTranslateChanged, emptyTarget, identicalToSource, omission, untranslated } from './completeness.js';
import { inconsistentSource, inconsistentTranslation } from './consistency.js';
import {
  arabicPunctuation, bidiControls, doubleSpace, doubledWord, endPunctuation, latinNotCarried, missingSpace, placeholders, unbalancedPairs,
} from './form.js';
import { negationMismatch } from './negation.js';
import { numberMismatch } from './numbers.js';
import { spelling } from './spelling.js';
import { stanceFlip } from './stance.js';
import { speakerSpelling, termForbidden, termMissing } from './terms.js';

/** Every QA check, in the order the panel and the report list them. A new check is one module and one line. */
export const QA_CHECKS: readonly QaCheck[] = [
  // Completeness
  emptyTarget, untranslated, identicalToSource, omission, doNotTranslateChanged,
  // Numbers and polarity
  numberMismatch, negationMismatch,
  // Attribution and stance: what Mizan is for
  reportingVerb, quoteForm, speakerMissing, stanceFlip,
  // Names and terms
  termMissing, termForbidden, speakerSpelling,
  // Form
  arabicPunctuation, bidiControls, unbalancedPairs, doubledWord, doubleSpace, missingSpace, endPunctuation, latinNotCarried, placeholders, spelling,
  // Across the document
  inconsistentTranslation, inconsistentSource,
];
