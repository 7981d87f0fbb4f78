// Annotation logic that runs anywhere: the scheme as data and its validation, how spans follow
// edited text, and counterpart suggestions (Arabic span → English range).
export {
  ATTRIBUTE_TYPES, COMMON_ATTRIBUTES, DEFAULT_SCHEME, LAYER_PLACEMENTS, LINK_KINDS, SPEAKER_RULES, attributesOf, findLayer, findLinkRule, isLinkKind, offeredLinks, RULE_LINK_KINDS,
  validateAnnotationInput, validateScheme,
  type AnnotationInput, type AnnotationScheme, type AttributeDefinition, type AttributeType, type LabelDefinition, type LayerDefinition,
  type LayerPlacement, type LinkKind, type LinkRule, type OfferedLink, type RuleLinkKind, type SpeakerRule, type ValidateOptions,
} from './scheme.js';
export { mapSpansThroughEdit, type MappedSpan } from './reanchor.js';
export { suggestCounterparts, type CounterpartSuggestion, type SpeakerNames, type SuggestionReason } from './suggest.js';
export type {
  ActivityVia, Annotation, AnnotationEditResult, AnnotationFilter, AnnotationLink, AttributeValue, CounterpartSuggestionItem, PlacedAnnotation,
  SegmentAnnotations, Speaker, SpeakerActivityItem, SpeakerFields, SpeakerSummary, TextSelection,
} from './types.js';
