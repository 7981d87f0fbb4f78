// Pure alignment-edit logic: cutting and joining text, how spans follow their text, statuses after
// an edit, and planning range replacements. The store and services apply it to the database.
export { cutText, isProperCut, joinTexts, type JoinedText, type TextCut } from './text-cut.js';
export { findNearest, placeSpan, reanchorSpan, shiftSpan, type PlacedSpan, type ReanchoredSpan, type Span } from './spans.js';
export { STATUS_PROGRESS, allowedStatus, lowerStatus, mergedStatus, statusForTarget } from './status.js';
export { firstSentenceCut, lastSentenceCut } from './sentences.js';
export { planReplace, type PlanNew, type PlanOld, type ReplacePlan } from './replace-plan.js';
export { DEFAULT_CUT_PARAMS, initialCuts, suggestCut, targetBoundaries, wordStarts, type CutParams, type CutSuggestion, type InitialCuts } from './suggest-cut.js';
