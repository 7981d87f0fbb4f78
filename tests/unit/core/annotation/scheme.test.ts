import { describe, expect, it } from 'vitest';
import {
  COMMON_ATTRIBUTES, DEFAULT_SCHEME, LINK_KINDS, attributesOf, findLayer, findLinkRule, offeredLinks, validateAnnotationInput, validateScheme,
  type AnnotationInput, type AnnotationScheme,
} from '../../../../src/core/annotation/scheme.js';

const clone = (): AnnotationScheme => JSON.parse(JSON.stringify(DEFAULT_SCHEME)) as AnnotationScheme;

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('DEFAULT_SCHEME', () => {
  it('has the default layers, placements, speakers and labels', () => {
    expect(DEFAULT_SCHEME.layers.map((l) => [l.name, l.placement, l.speaker, l.labels.map((x) => x.value), l.labelRequired])).toEqual([
      ['speaker', 'span', 'required', [], false],
      ['cue', 'span', 'none', ['say', 'assert', 'claim-allege', 'deny', 'describe', 'warn', 'call-for', 'announce'], false],
      ['content', 'span', 'none', ['direct', 'indirect', 'mixed'], false],
      ['stance', 'both', 'optional', ['FAVOR', 'AGAINST', 'NONE'], true],
      ['claim', 'both', 'none', ['factual-verifiable', 'opinion', 'prediction', 'call-to-action'], false],
    ]);
    expect(findLayer(DEFAULT_SCHEME, 'cue')?.attributes).toEqual([{ name: 'commitment', title: 'Commitment', type: 'enum', values: ['neutral', 'endorsing', 'distancing'] }]);
    expect(findLayer(DEFAULT_SCHEME, 'stance')?.attributes.map((a) => [a.name, a.type])).toEqual([['target', 'text']]);
    expect(findLayer(DEFAULT_SCHEME, 'claim')?.attributes.map((a) => [a.name, a.type])).toEqual([['check_worthy', 'boolean']]);
    expect(attributesOf(findLayer(DEFAULT_SCHEME, 'speaker')!).map((a) => a.name)).toEqual(['confidence', 'note']);
    expect(COMMON_ATTRIBUTES.map((a) => a.name)).toEqual(['confidence', 'note']);
    expect(LINK_KINDS).toEqual(['translation', 'attribution', 'target']);
  });

  it('passes its own validation unchanged and is frozen', () => {
    expect(validateScheme(clone())).toEqual(DEFAULT_SCHEME);
    expect(Object.isFrozen(DEFAULT_SCHEME.layers[0]!.colour)).toBe(true);
  });

  it.each(DEFAULT_SCHEME.layers.map((l) => [l.name, l.colour.light, l.colour.dark] as const))(
    '%s colours read well: light %s under dark text, dark %s under light text (WCAG AAA)',
    (_name, light, dark) => {
      expect(contrast(light, '#1a1a1a')).toBeGreaterThanOrEqual(7);
      expect(contrast(dark, '#f0f0f0')).toBeGreaterThanOrEqual(7);
    },
  );
});

describe('validateScheme', () => {
  const broken: [string, (s: AnnotationScheme & Record<string, unknown>) => unknown, RegExp][] = [
    ['not an object', () => 'scheme', /must be an object/],
    ['an unknown version', (s) => ({ ...s, version: 2 }), /version 2 is not supported/],
    ['no layers', (s) => ({ ...s, layers: [] }), /has no layers/],
    ['a layer name with spaces', (s) => (s.layers[0]!.name = 'my layer', s), /layer 1\.name "my layer"/],
    ['two layers of one name', (s) => (s.layers[1]!.name = 'speaker', s), /two layers are named "speaker"/],
    ['two layers on one key', (s) => (s.layers[1]!.key = 's', s), /layers "speaker" and "cue" both use the key "s"/],
    ['a key of two letters', (s) => (s.layers[0]!.key = 'sp', s), /layer "speaker"\.key "sp" must be one lower-case letter/],
    ['an unknown placement', (s) => (Object.assign(s.layers[2]!, { placement: 'word' }), s), /layer "content"\.placement must be one of span, segment, both/],
    ['an unknown speaker rule', (s) => (Object.assign(s.layers[3]!, { speaker: 'maybe' }), s), /layer "stance"\.speaker must be one of required, optional, none/],
    ['a label twice', (s) => (s.layers[3]!.labels.push({ value: 'FAVOR', title: 'again' }), s), /layer "stance"\.labels has a value twice/],
    ['a required label without labels', (s) => (s.layers[0]!.labelRequired = true, s), /layer "speaker" requires a label but has no labels/],
    ['an empty label title', (s) => (s.layers[2]!.labels[0]!.title = ' ', s), /layer "content"\.labels\[0\]\.title must be a non-empty text/],
    ['a colour that is not hex', (s) => (s.layers[4]!.colour.dark = 'red', s), /layer "claim"\.colour\.dark "red" must be a hex colour/],
    ['an enum without values', (s) => (s.layers[1]!.attributes[0]!.values = [], s), /layer "cue"\.attributes\[0\] \("commitment"\) is an enum without values/],
    ['an unknown attribute type', (s) => (Object.assign(s.layers[4]!.attributes[0]!, { type: 'date' }), s), /\("check_worthy"\)\.type must be one of enum, boolean, number, text/],
    ['bounds on a text attribute', (s) => (s.layers[3]!.attributes[0]!.min = 0, s), /\("target"\)\.min is only for number attributes/],
    ['a link rule to a layer that does not exist', (s) => (s.layers[1]!.links[0]!.to = 'source', s), /layer "cue" has a link rule to "source", which is not a layer of the scheme/],
    ['a link rule of an unknown kind', (s) => (Object.assign(s.layers[1]!.links[0]!, { kind: 'quotes' }), s), /layer "cue"\.links\[0\] \(to "speaker"\)\.kind must be one of attribution, target/],
    ['a rule for translation links', (s) => (Object.assign(s.layers[1]!.links[0]!, { kind: 'translation' }), s), /translation links need no rule/],
    ['a link rule without a title', (s) => (s.layers[3]!.links[0]!.title = '', s), /layer "stance"\.links\[0\] \(to "content"\)\.title must be a non-empty text/],
    ['the same link rule twice', (s) => (s.layers[3]!.links.push({ to: 'claim', kind: 'target', title: 'Again' }), s), /layer "stance" has the link rule claim \(target\) twice/],
    ['links that are not a list', (s) => (Object.assign(s.layers[0]!, { links: 'cue' }), s), /layer "speaker"\.links must be a list/],
    ['a layer redefining a common attribute', (s) => (s.layers[0]!.attributes.push({ name: 'note', title: 'Note', type: 'text' }), s), /layer "speaker" has the attribute "note" twice/],
  ];
  it.each(broken)('refuses %s, naming the layer and field', (_name, breakIt, message) => {
    let error: unknown;
    try {
      validateScheme(breakIt(clone() as AnnotationScheme & Record<string, unknown>));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'bad-input', message: expect.stringMatching(message) });
  });

  it('accepts a custom layer and drops keys it does not know', () => {
    const s = clone() as AnnotationScheme & { layers: (AnnotationScheme['layers'][number] & { extra?: number })[] };
    s.layers.push({
      name: 'emotion', title: 'Emotion', placement: 'segment', speaker: 'optional', labels: [{ value: 'anger', title: 'Anger' }], labelRequired: true,
      attributes: [{ name: 'intensity', title: 'Intensity', type: 'number', min: 1, max: 5 }], colour: { light: '#eeeeee', dark: '#333333' }, key: 'e', links: [], extra: 1,
    });
    const valid = validateScheme(s);
    expect(valid.layers.at(-1)).not.toHaveProperty('extra');
    expect(valid.layers.at(-1)?.attributes).toEqual([{ name: 'intensity', title: 'Intensity', type: 'number', min: 1, max: 5 }]);
  });
});

describe('validateAnnotationInput', () => {
  const base: AnnotationInput = { layer: 'stance', side: 'source', start: 0, end: 5, label: 'FAVOR', speakerId: null, attrs: {} };
  const ok: [string, Partial<AnnotationInput>][] = [
    ['a stance span with a label', {}],
    ['a stance on the whole segment with a holder', { side: 'segment', start: null, end: null, speakerId: 7 }],
    ['a speaker span with its speaker', { layer: 'speaker', label: null, speakerId: 3 }],
    ['a cue without a label yet', { layer: 'cue', label: null, attrs: { commitment: 'distancing' } }],
    ['a claim with every attribute', { layer: 'claim', label: 'opinion', attrs: { check_worthy: false, confidence: 0.5, note: 'hedged' } }],
    ['a span up to the end of the text', { start: 3, end: 10 }],
  ];
  it.each(ok)('accepts %s', (_name, change) => {
    expect(validateAnnotationInput(DEFAULT_SCHEME, { ...base, ...change }, 10).name).toBe(change.layer ?? 'stance');
  });

  const wrong: [string, Partial<AnnotationInput>, RegExp][] = [
    ['an unknown layer', { layer: 'emotion' }, /no annotation layer "emotion".*speaker, cue, content, stance, claim/],
    ['a label outside the set', { label: 'PRO' }, /"PRO" is not a Stance label; use one of FAVOR, AGAINST, NONE/],
    ['a missing required label', { label: null }, /needs a label: FAVOR, AGAINST, NONE/],
    ['a label on a layer without labels', { layer: 'speaker', label: 'x', speakerId: 1 }, /takes no label/],
    ['a span-only layer on the whole segment', { layer: 'content', label: null, side: 'segment', start: null, end: null }, /goes on a span of text, not on the whole segment/],
    ['offsets on a whole-segment annotation', { side: 'segment' }, /on the whole segment has no start and end/],
    ['a span past the end', { start: 4, end: 11 }, /span 4\.\.11 is outside the source text \(0\.\.10\)/],
    ['a reversed span', { start: 5, end: 4 }, /outside the source text/],
    ['an empty span', { start: 4, end: 4 }, /span 4\.\.4 is empty/],
    ['fractional offsets', { start: 0.5 }, /whole-number start and end/],
    ['a speaker span without a speaker', { layer: 'speaker', label: null }, /needs a speaker from the registry/],
    ['a speaker on a claim', { layer: 'claim', label: null, speakerId: 2 }, /takes no speaker/],
    ['an unknown attribute', { attrs: { polarity: 'x' } }, /no attribute "polarity" \(it has target, confidence, note\)/],
    ['a text attribute given a number', { attrs: { target: 3 } }, /attribute "target" must be text/],
    ['a confidence above 1', { attrs: { confidence: 1.5 } }, /"confidence" must be between 0 and 1 \(it is 1\.5\)/],
    ['a confidence that is not a number', { attrs: { confidence: 'high' } }, /"confidence" must be a number/],
    ['a boolean given as text', { layer: 'claim', label: null, attrs: { check_worthy: 'yes' } }, /"check_worthy" must be true or false/],
    ['an enum value outside its values', { layer: 'cue', label: null, attrs: { commitment: 'strong' } }, /"commitment" must be one of neutral, endorsing, distancing/],
  ];
  it.each(wrong)('refuses %s with a clear message', (_name, change, message) => {
    expect(() => validateAnnotationInput(DEFAULT_SCHEME, { ...base, ...change }, 10)).toThrow(message);
    expect(() => validateAnnotationInput(DEFAULT_SCHEME, { ...base, ...change }, 10)).toThrow(expect.objectContaining({ code: 'bad-input' }));
  });
});

describe('link rules in the scheme', () => {
  const rules = (scheme: AnnotationScheme) => Object.fromEntries(scheme.layers.map((l) => [l.name, l.links.map((r) => `${r.kind}→${r.to}`)]));

  it('the default scheme allows today\'s links: cue → speaker and content (attribution), stance → content and claim (target)', () => {
    expect(rules(DEFAULT_SCHEME)).toEqual({
      speaker: [], cue: ['attribution→speaker', 'attribution→content'], content: [], stance: ['target→content', 'target→claim'], claim: [],
    });
  });

  it('a stored layer without `links` (a project from before) gets the default rules whose target layer exists', () => {
    const old = clone();
    for (const layer of old.layers) delete (layer as Partial<typeof layer>).links;
    expect(rules(validateScheme(old))).toEqual(rules(DEFAULT_SCHEME));
    const withoutClaim = { version: 1, layers: old.layers.filter((l) => l.name !== 'claim') };
    expect(rules(validateScheme(withoutClaim)).stance).toEqual(['target→content']);
  });

  it('an explicit empty list means no links, and a custom layer may have its own rules', () => {
    const s = clone();
    s.layers[1]!.links = [];
    s.layers[0]!.links = [{ to: 'cue', kind: 'attribution', title: 'Speaks with', reverseTitle: 'Spoken by' }];
    expect(rules(validateScheme(s))).toMatchObject({ speaker: ['attribution→cue'], cue: [] });
  });

  it.each([
    ['cue', 'speaker', 'attribution', true],
    ['cue', 'content', 'attribution', true],
    ['cue', 'content', 'target', false],
    ['content', 'cue', 'attribution', false],
    ['stance', 'claim', 'target', true],
    ['claim', 'stance', 'target', false],
  ] as const)('findLinkRule: %s → %s (%s) is %s', (from, to, kind, allowed) => {
    expect(findLinkRule(DEFAULT_SCHEME, from, to, kind) !== undefined).toBe(allowed);
  });

  it.each([
    ['cue', ['Said by (speaker)', 'Introduces (reported content)']],
    ['content', ['Introduced by (reporting cue)']],
    ['stance', ['About (reported content)', 'About (claim)']],
    ['speaker', []],
  ] as const)('the %s form offers %j', (layer, titles) => {
    expect(offeredLinks(DEFAULT_SCHEME, layer).map((o) => o.title)).toEqual(titles);
  });

  it('an offered reverse link starts at the other annotation', () => {
    expect(offeredLinks(DEFAULT_SCHEME, 'content')[0]).toMatchObject({ from: 'other', layer: 'cue', rule: { kind: 'attribution', to: 'content' } });
  });
});
