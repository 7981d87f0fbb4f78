// Normalisation for matching (search, glossary, TM, QA); stored text is never changed.
export {
  DEFAULT_FOLDS, FOLD_NAMES, NO_FOLDS, foldForMatch, foldWithMap, foldedIncludes, type FoldName, type FoldOptions, type FoldedText,
} from './folds.js';
