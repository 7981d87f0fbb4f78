// Sentence segmentation: rule sets are data (SRX-style ordered before/after regex pairs), compiled once.
export type { RuleSetProblem, SegmentationDecision, SegmentationRule, SegmentationRuleSet, SentenceSpan } from './types.js';
export { DEFAULT_RULE_LANGUAGES, defaultRuleSet, type DefaultRuleLanguage } from './default-rules.js';
export { compileRuleSet, validateRuleSet, type CompiledRuleSet } from './compile.js';
export { explainSegmentation, segmentText } from './segment-text.js';
