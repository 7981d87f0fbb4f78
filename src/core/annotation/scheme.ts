// The annotation scheme as data: which layers exist, where they go (a span, the whole segment or
// either), whether they name a speaker, their labels and attributes, colours, shortcut keys, and
// which layer's annotations may link to which (LinkRule).
// A project stores its own copy (editable); DEFAULT_SCHEME is the first design's attribution / stance /
// claim scheme. Validation is by hand (core has no schema library) so messages can name the layer
// and field a person has to fix.
import { MizanError } from '../errors.js';
import type { AnnotationSide } from '../model.js';
import type { AttributeValue } from './types.js';

export const LAYER_PLACEMENTS = ['span', 'segment', 'both'] as const;
export type LayerPlacement = (typeof LAYER_PLACEMENTS)[number];

export const SPEAKER_RULES = ['required', 'optional', 'none'] as const;
export type SpeakerRule = (typeof SPEAKER_RULES)[number];

export const ATTRIBUTE_TYPES = ['enum', 'boolean', 'number', 'text'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export interface AttributeDefinition {
  name: string;
  title: string;
  type: AttributeType;
  /** enum: the allowed values. */
  values?: string[];
  /** number: inclusive bounds. */
  min?: number;
  max?: number;
}

export interface LabelDefinition {
  value: string;
  title: string;
}

export interface LayerDefinition {
  name: string;
  title: string;
  /** span: on source/target text; segment: on the whole segment; both: either. */
  placement: LayerPlacement;
  /** Whether an annotation names a registry speaker (for stance, optional: the holder). */
  speaker: SpeakerRule;
  labels: LabelDefinition[];
  labelRequired: boolean;
  /** Layer-specific attributes; COMMON_ATTRIBUTES are accepted on every layer as well. */
  attributes: AttributeDefinition[];
  /** Highlight backgrounds: light is read with dark text (light theme), dark with light text (dark theme). */
  colour: { light: string; dark: string };
  /** One letter: the shortcut that applies this layer to the selection. */
  key: string;
  /** The links an annotation of this layer may start (see LinkRule); translation links need none. */
  links: LinkRule[];
}

/**
 * One kind of link an annotation of a layer may start: to an annotation of layer `to`, of kind
 * `kind`. Translation links are not listed: they always join two spans of one layer, one in each
 * language, whatever the layer.
 */
export interface LinkRule {
  to: string;
  kind: RuleLinkKind;
  /** How the annotation form of this layer asks for the link ("Said by"). */
  title: string;
  /** How the form of layer `to` asks for it ("Introduced by"); without it only this layer's form offers the link. */
  reverseTitle?: string;
}

export interface AnnotationScheme {
  version: 1;
  layers: LayerDefinition[];
}

/** What every annotation may carry whatever its layer (the first design: "a confidence and a note"). */
export const COMMON_ATTRIBUTES: readonly AttributeDefinition[] = Object.freeze([
  { name: 'confidence', title: 'Confidence', type: 'number', min: 0, max: 1 },
  { name: 'note', title: 'Note', type: 'text' },
]);

/**
 * How annotations relate:
 *   translation  an Arabic span ↔ its English counterpart (same layer, opposite sides)
 *   attribution  cue → the speaker span, and cue → the content span it introduces
 *   target       stance → the span its stance is about
 */
export const LINK_KINDS = ['translation', 'attribution', 'target'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** The kinds a scheme's link rules allow (translation links are structural, see LinkRule). */
export const RULE_LINK_KINDS = ['attribution', 'target'] as const satisfies readonly LinkKind[];
export type RuleLinkKind = (typeof RULE_LINK_KINDS)[number];

export function isLinkKind(value: unknown): value is LinkKind {
  return typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value);
}

const labels = (...values: string[]): LabelDefinition[] => values.map((value) => ({ value, title: value }));

/**
 * The default scheme (docs/architecture.md, "Data model"). Only stance requires its label (a stance without polarity says nothing);
 * cues, contents and claims may be marked first and classified later.
 */
export const DEFAULT_SCHEME: AnnotationScheme = deepFreeze({
  version: 1,
  layers: [
    {
      name: 'speaker', title: 'Speaker', placement: 'span', speaker: 'required', labels: [], labelRequired: false, attributes: [],
      colour: { light: '#cfe2ff', dark: '#1d3f73' }, key: 's', links: [],
    },
    {
      name: 'cue', title: 'Reporting cue', placement: 'span', speaker: 'none',
      labels: labels('say', 'assert', 'claim-allege', 'deny', 'describe', 'warn', 'call-for', 'announce'), labelRequired: false,
      attributes: [{ name: 'commitment', title: 'Commitment', type: 'enum', values: ['neutral', 'endorsing', 'distancing'] }],
      colour: { light: '#ffe2b8', dark: '#6b4206' }, key: 'v',
      links: [
        { to: 'speaker', kind: 'attribution', title: 'Said by' },
        { to: 'content', kind: 'attribution', title: 'Introduces', reverseTitle: 'Introduced by' },
      ],
    },
    {
      name: 'content', title: 'Reported content', placement: 'span', speaker: 'none',
      labels: labels('direct', 'indirect', 'mixed'), labelRequired: false, attributes: [],
      colour: { light: '#d3f0cf', dark: '#24522a' }, key: 'q', links: [],
    },
    {
      name: 'stance', title: 'Stance', placement: 'both', speaker: 'optional',
      labels: labels('FAVOR', 'AGAINST', 'NONE'), labelRequired: true,
      attributes: [{ name: 'target', title: 'Target', type: 'text' }],
      colour: { light: '#f0d4f5', dark: '#5c2866' }, key: 't',
      links: [
        { to: 'content', kind: 'target', title: 'About' },
        { to: 'claim', kind: 'target', title: 'About' },
      ],
    },
    {
      name: 'claim', title: 'Claim', placement: 'both', speaker: 'none',
      labels: labels('factual-verifiable', 'opinion', 'prediction', 'call-to-action'), labelRequired: false,
      attributes: [{ name: 'check_worthy', title: 'Check-worthy', type: 'boolean' }],
      colour: { light: '#ffd5d1', dark: '#6e2620' }, key: 'c', links: [],
    },
  ],
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export function findLayer(scheme: AnnotationScheme, name: string): LayerDefinition | undefined {
  return scheme.layers.find((l) => l.name === name);
}

/** The rule that lets an annotation of layer `from` link to one of layer `to` with `kind`, if the scheme has one. */
export function findLinkRule(scheme: AnnotationScheme, from: string, to: string, kind?: string): LinkRule | undefined {
  return findLayer(scheme, from)?.links.find((r) => r.to === to && (kind === undefined || r.kind === kind));
}

/** A link the annotation form offers for a new annotation of a layer, in either direction. */
export interface OfferedLink {
  rule: LinkRule;
  /** 'this': the new annotation starts the link; 'other': the chosen annotation of `layer` does. */
  from: 'this' | 'other';
  /** The layer of the annotation to choose. */
  layer: string;
  /** What the form shows: "Said by (speaker)". */
  title: string;
}

/** The links the form of layer `name` offers: its own rules, then other layers' rules that have a reverse title. */
export function offeredLinks(scheme: AnnotationScheme, name: string): OfferedLink[] {
  const titleOf = (layer: string) => (findLayer(scheme, layer)?.title ?? layer).toLowerCase();
  const own = findLayer(scheme, name)?.links ?? [];
  const outgoing = own.map((rule): OfferedLink => ({ rule, from: 'this', layer: rule.to, title: `${rule.title} (${titleOf(rule.to)})` }));
  const incoming = scheme.layers.flatMap((l) =>
    l.links
      .filter((rule) => rule.to === name && rule.reverseTitle !== undefined)
      .map((rule): OfferedLink => ({ rule, from: 'other', layer: l.name, title: `${rule.reverseTitle} (${titleOf(l.name)})` })),
  );
  return [...outgoing, ...incoming];
}

/** A layer's own attributes followed by the common ones. */
export function attributesOf(layer: LayerDefinition): AttributeDefinition[] {
  return [...layer.attributes, ...COMMON_ATTRIBUTES];
}

// ---------------------------------------------------------------------------------------------
// Scheme validation

const NAME = /^[a-z][a-z0-9_-]{0,39}$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9_]{0,39}$/;
const HEX = /^#[0-9a-fA-F]{6}$/;

function bad(message: string): MizanError {
  return new MizanError('bad-input', `annotation scheme: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw bad(`${where} must be a non-empty text`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw bad(`${where} must be one of ${allowed.join(', ')} (it is ${JSON.stringify(value)})`);
  }
  return value as T;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw bad(`${where} must be a list`);
  return value;
}

function checkAttribute(value: unknown, where: string): AttributeDefinition {
  if (!isRecord(value)) throw bad(`${where} must be an object`);
  const name = text(value.name, `${where}.name`);
  if (!ATTRIBUTE_NAME.test(name)) throw bad(`${where}.name "${name}" must be lower-case letters, digits and _ (starting with a letter)`);
  const at = `${where} ("${name}")`;
  const attribute: AttributeDefinition = { name, title: text(value.title, `${at}.title`), type: oneOf(value.type, ATTRIBUTE_TYPES, `${at}.type`) };
  if (attribute.type === 'enum') {
    const values = list(value.values, `${at}.values`).map((v, k) => text(v, `${at}.values[${k}]`));
    if (values.length === 0) throw bad(`${at} is an enum without values`);
    if (new Set(values).size !== values.length) throw bad(`${at}.values has a value twice`);
    attribute.values = values;
  } else if (value.values !== undefined) {
    throw bad(`${at}.values is only for enum attributes`);
  }
  for (const bound of ['min', 'max'] as const) {
    const b = value[bound];
    if (b === undefined) continue;
    if (attribute.type !== 'number') throw bad(`${at}.${bound} is only for number attributes`);
    if (typeof b !== 'number' || !Number.isFinite(b)) throw bad(`${at}.${bound} must be a number`);
    attribute[bound] = b;
  }
  if (attribute.min !== undefined && attribute.max !== undefined && attribute.min > attribute.max) throw bad(`${at}.min is above its max`);
  return attribute;
}

/** A rule as written; whether `to` names a layer is checked once every layer is known. */
function checkLinkRule(value: unknown, where: string): LinkRule {
  if (!isRecord(value)) throw bad(`${where} must be an object {to, kind, title}`);
  const to = text(value.to, `${where}.to`);
  const at = `${where} (to "${to}")`;
  if (value.kind === 'translation') throw bad(`${at}.kind: translation links need no rule (they join two spans of one layer, one in each language)`);
  const rule: LinkRule = { to, kind: oneOf(value.kind, RULE_LINK_KINDS, `${at}.kind`), title: text(value.title, `${at}.title`) };
  if (value.reverseTitle !== undefined) rule.reverseTitle = text(value.reverseTitle, `${at}.reverseTitle`);
  return rule;
}

/**
 * A layer stored before schemes had link rules (or written without `links`) gets the default
 * scheme's rules for the layer of its name, keeping those whose target layer exists: projects and
 * files from before keep today's behaviour. `links: []` means no links.
 */
function defaultLinks(name: string, layerNames: ReadonlySet<string>): LinkRule[] {
  return (findLayer(DEFAULT_SCHEME, name)?.links ?? []).filter((r) => layerNames.has(r.to)).map((r) => ({ ...r }));
}

function checkLayer(value: unknown, index: number): Omit<LayerDefinition, 'links'> & { links: LinkRule[] | null } {
  const where0 = `layer ${index + 1}`;
  if (!isRecord(value)) throw bad(`${where0} must be an object`);
  const name = text(value.name, `${where0}.name`);
  if (!NAME.test(name)) throw bad(`${where0}.name "${name}" must be lower-case letters, digits, - and _ (starting with a letter, at most 40)`);
  const where = `layer "${name}"`;
  const labelList = list(value.labels, `${where}.labels`).map((l, k) => {
    if (!isRecord(l)) throw bad(`${where}.labels[${k}] must be an object {value, title}`);
    return { value: text(l.value, `${where}.labels[${k}].value`), title: text(l.title, `${where}.labels[${k}].title`) };
  });
  if (new Set(labelList.map((l) => l.value)).size !== labelList.length) throw bad(`${where}.labels has a value twice`);
  if (typeof value.labelRequired !== 'boolean') throw bad(`${where}.labelRequired must be true or false`);
  if (value.labelRequired && labelList.length === 0) throw bad(`${where} requires a label but has no labels`);
  const attributes = list(value.attributes, `${where}.attributes`).map((a, k) => checkAttribute(a, `${where}.attributes[${k}]`));
  const names = [...attributes, ...COMMON_ATTRIBUTES].map((a) => a.name);
  const twice = names.find((n, k) => names.indexOf(n) !== k);
  if (twice !== undefined) throw bad(`${where} has the attribute "${twice}" twice (confidence and note are on every layer already)`);
  if (!isRecord(value.colour)) throw bad(`${where}.colour must be {light, dark}`);
  const colour = { light: text(value.colour.light, `${where}.colour.light`), dark: text(value.colour.dark, `${where}.colour.dark`) };
  for (const theme of ['light', 'dark'] as const) {
    if (!HEX.test(colour[theme])) throw bad(`${where}.colour.${theme} "${colour[theme]}" must be a hex colour like #a1b2c3`);
  }
  const key = text(value.key, `${where}.key`);
  if (!/^[a-z]$/.test(key)) throw bad(`${where}.key "${key}" must be one lower-case letter`);
  return {
    name,
    title: text(value.title, `${where}.title`),
    placement: oneOf(value.placement, LAYER_PLACEMENTS, `${where}.placement`),
    speaker: oneOf(value.speaker, SPEAKER_RULES, `${where}.speaker`),
    labels: labelList,
    labelRequired: value.labelRequired,
    attributes,
    colour,
    key,
    links: value.links === undefined ? null : list(value.links, `${where}.links`).map((r, k) => checkLinkRule(r, `${where}.links[${k}]`)),
  };
}

/** Checks a scheme read from a file, the database or the renderer; returns a clean copy (unknown keys dropped). */
export function validateScheme(value: unknown): AnnotationScheme {
  if (!isRecord(value)) throw bad('must be an object {version, layers}');
  if (value.version !== 1) throw bad(`version ${JSON.stringify(value.version)} is not supported (this Mizan reads version 1)`);
  const checked = list(value.layers, 'layers').map(checkLayer);
  if (checked.length === 0) throw bad('has no layers');
  const names = new Set(checked.map((l) => l.name));
  const layers = checked.map((l): LayerDefinition => {
    const links = l.links ?? defaultLinks(l.name, names);
    for (const rule of links) {
      if (!names.has(rule.to)) throw bad(`layer "${l.name}" has a link rule to "${rule.to}", which is not a layer of the scheme; remove the rule or add the layer`);
    }
    const pairs = links.map((r) => `${r.to} ${r.kind}`);
    const twice = pairs.find((p, k) => pairs.indexOf(p) !== k);
    if (twice !== undefined) throw bad(`layer "${l.name}" has the link rule ${twice.replace(' ', ' (')}) twice`);
    return { ...l, links };
  });
  const seen = new Map<string, string>();
  for (const layer of layers) {
    if (seen.has(`name:${layer.name}`)) throw bad(`two layers are named "${layer.name}"`);
    const other = seen.get(`key:${layer.key}`);
    if (other !== undefined) throw bad(`layers "${other}" and "${layer.name}" both use the key "${layer.key}"`);
    seen.set(`name:${layer.name}`, layer.name);
    seen.set(`key:${layer.key}`, layer.name);
  }
  return { version: 1, layers };
}

// ---------------------------------------------------------------------------------------------
// Annotation validation

export interface AnnotationInput {
  layer: string;
  side: AnnotationSide;
  start: number | null;
  end: number | null;
  label: string | null;
  speakerId: number | null;
  attrs: Record<string, unknown>;
}

function refuse(message: string): MizanError {
  return new MizanError('bad-input', message);
}

function checkAttributeValue(def: AttributeDefinition, value: unknown, layer: string): AttributeValue {
  const where = `${layer} attribute "${def.name}"`;
  switch (def.type) {
    case 'enum':
      if (typeof value !== 'string' || !(def.values ?? []).includes(value)) {
        throw refuse(`${where} must be one of ${(def.values ?? []).join(', ')} (it is ${JSON.stringify(value)})`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw refuse(`${where} must be true or false (it is ${JSON.stringify(value)})`);
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw refuse(`${where} must be a number (it is ${JSON.stringify(value)})`);
      if ((def.min !== undefined && value < def.min) || (def.max !== undefined && value > def.max)) {
        throw refuse(`${where} must be between ${def.min ?? '−∞'} and ${def.max ?? '∞'} (it is ${value})`);
      }
      return value;
    case 'text':
      if (typeof value !== 'string') throw refuse(`${where} must be text (it is ${JSON.stringify(value)})`);
      return value;
  }
}

export interface ValidateOptions {
  /**
   * Accept a zero-width span: re-anchoring collapses a span whose text was deleted, and such an
   * annotation must still take a new label or note without being moved first.
   */
  allowEmptySpan?: boolean;
}

/**
 * Checks an annotation against the scheme and the length of the text it is on (ignored for side
 * 'segment'); throws MizanError('bad-input') saying what is wrong. A new span must cover at least
 * one character (see ValidateOptions).
 */
export function validateAnnotationInput(scheme: AnnotationScheme, input: AnnotationInput, textLength: number, options: ValidateOptions = {}): LayerDefinition {
  const layer = findLayer(scheme, input.layer);
  if (!layer) throw refuse(`there is no annotation layer "${input.layer}" in this project's scheme (${scheme.layers.map((l) => l.name).join(', ')})`);
  const name = layer.title;
  if (input.side === 'segment') {
    if (layer.placement === 'span') throw refuse(`a ${name} annotation goes on a span of text, not on the whole segment`);
    if (input.start !== null || input.end !== null) throw refuse(`a ${name} annotation on the whole segment has no start and end`);
  } else {
    if (layer.placement === 'segment') throw refuse(`a ${name} annotation goes on the whole segment, not on a span`);
    const { start, end } = input;
    if (start === null || end === null || !Number.isInteger(start) || !Number.isInteger(end)) {
      throw refuse(`a ${name} span needs whole-number start and end offsets`);
    }
    if (start < 0 || end > textLength || start > end) {
      throw refuse(`the span ${start}..${end} is outside the ${input.side} text (0..${textLength})`);
    }
    if (start === end && !options.allowEmptySpan) throw refuse(`the span ${start}..${end} is empty; select some text first`);
  }
  if (input.label === null || input.label === '') {
    if (layer.labelRequired) throw refuse(`a ${name} annotation needs a label: ${layer.labels.map((l) => l.value).join(', ')}`);
  } else if (!layer.labels.some((l) => l.value === input.label)) {
    throw refuse(
      layer.labels.length === 0
        ? `a ${name} annotation takes no label (it was given "${input.label}")`
        : `"${input.label}" is not a ${name} label; use one of ${layer.labels.map((l) => l.value).join(', ')}`,
    );
  }
  if (layer.speaker === 'required' && input.speakerId === null) throw refuse(`a ${name} annotation needs a speaker from the registry`);
  if (layer.speaker === 'none' && input.speakerId !== null) throw refuse(`a ${name} annotation takes no speaker`);
  if (!isRecord(input.attrs)) throw refuse('attributes must be an object');
  const defs = attributesOf(layer);
  for (const [key, value] of Object.entries(input.attrs)) {
    const def = defs.find((d) => d.name === key);
    if (!def) throw refuse(`a ${name} annotation has no attribute "${key}" (it has ${defs.map((d) => d.name).join(', ')})`);
    checkAttributeValue(def, value, name);
  }
  return layer;
}
