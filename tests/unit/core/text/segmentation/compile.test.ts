import { describe, expect, it } from 'vitest';
import { MizanError } from '../../../../../src/core/errors.js';
import { compileRuleSet, validateRuleSet } from '../../../../../src/core/text/segmentation/compile.js';
import { segmentText } from '../../../../../src/core/text/segmentation/segment-text.js';
import type { SegmentationRule, SegmentationRuleSet } from '../../../../../src/core/text/segmentation/types.js';

const BREAK_AT_STOP: SegmentationRule = { break: true, before: '[.!?]', after: '\\s' };

function ruleSet(rules: SegmentationRule[], extra: Partial<SegmentationRuleSet> = {}): SegmentationRuleSet {
  return { language: 'xx', rules, ...extra };
}

const split = (text: string, set: SegmentationRuleSet): string[] => segmentText(text, set).map((s) => s.text);

describe('rule semantics (SRX: the first matching rule decides)', () => {
  const exception: SegmentationRule = { break: false, before: '\\bMr\\.', after: '\\s' };

  /** [description, rules, input, expected] */
  const cases: [string, SegmentationRule[], string, string[]][] = [
    ['a break rule splits', [BREAK_AT_STOP], 'One. Two! Three', ['One.', 'Two!', 'Three']],
    ['an exception before the break rule wins', [exception, BREAK_AT_STOP], 'Ask Mr. Smith. Now.', ['Ask Mr. Smith.', 'Now.']],
    ['the same exception after the break rule never decides', [BREAK_AT_STOP, exception], 'Ask Mr. Smith. Now.', ['Ask Mr.', 'Smith.', 'Now.']],
    ['only exceptions: nothing ever breaks', [exception], 'Ask Mr. Smith. Now.', ['Ask Mr. Smith. Now.']],
    ['`after` is checked from the position', [{ break: true, before: '\\.', after: ' [A-Z]' }], 'a. b. C', ['a. b.', 'C']],
    ['empty `before` matches anywhere', [{ break: true, before: '', after: '،' }], 'أ،ب', ['أ', '،ب']],
    ['a project can make ، split', [{ break: true, before: '،', after: '\\s' }], 'قال، ثم ذهب', ['قال،', 'ثم ذهب']],
    ['^ is the start of a paragraph', [{ break: false, before: '^\\d\\.', after: '\\s' }, BREAK_AT_STOP], '1. a. b\n2. c', ['1. a.', 'b', '2. c']],
    ['$ is the end of a paragraph', [{ break: true, before: 'x', after: '$' }], 'axbx\ncx', ['axbx', 'cx']],
    ['case-sensitive', [{ break: false, before: 'mr\\.', after: '\\s' }, BREAK_AT_STOP], 'Mr. X. mr. y.', ['Mr.', 'X.', 'mr. y.']],
    ['backreferences work (rules are then tried one by one)', [{ break: false, before: '\\.', after: ' (\\p{L})\\1' }, BREAK_AT_STOP], 'a. bb c. d', ['a. bb c.', 'd']],
    ['named groups work too', [{ break: false, before: '(?<w>Dr)\\.', after: '\\s' }, BREAK_AT_STOP], 'Dr. X. Y', ['Dr. X.', 'Y']],
  ];
  it.each(cases)('%s', (_name, rules, input, expected) => {
    expect(split(input, ruleSet(rules))).toEqual(expected);
  });
});

describe('placeholders', () => {
  it('{{list}} expands to the escaped words, longest first', () => {
    const set = ruleSet([{ break: false, before: '\\b{{abbr}}\\.', after: '\\s' }, BREAK_AT_STOP], {
      lists: { abbr: ['Sen', 'Sens', 'a.m', 'C++'] },
    });
    // The words are literal: "C++" does not need escaping by the user, and "a.m" does not match "abm".
    expect(split('Sens. Kennedy at 6 a.m. today. C++. abm. Go', set)).toEqual(['Sens. Kennedy at 6 a.m. today.', 'C++. abm.', 'Go']);
  });

  it('{{pattern}} expands to a group and may use other placeholders', () => {
    const set = ruleSet([{ break: true, before: '{{end}}', after: '\\s' }], {
      lists: { marks: ['!!'] },
      patterns: { stop: '[.?]', end: '(?:{{stop}}|{{marks}})' },
    });
    expect(split('a!! b? c! d. e', set)).toEqual(['a!!', 'b?', 'c! d.', 'e']);
  });

  it('editing a rule set in place takes effect (compiled rules are cached by content)', () => {
    const set = ruleSet([BREAK_AT_STOP], { lists: { abbr: ['Mr'] } });
    expect(split('Mr. X', set)).toEqual(['Mr.', 'X']);
    set.rules.unshift({ break: false, before: '{{abbr}}\\.', after: '\\s' });
    expect(split('Mr. X', set)).toEqual(['Mr. X']);
    set.lists!['abbr'] = ['Dr'];
    expect(split('Mr. X', set)).toEqual(['Mr.', 'X']);
  });

  it('an identical rule set reuses the compiled regexes', () => {
    const a = ruleSet([BREAK_AT_STOP]);
    expect(compileRuleSet(a)).toBe(compileRuleSet(JSON.parse(JSON.stringify(a)) as SegmentationRuleSet));
  });
});

describe('validateRuleSet', () => {
  /** [description, rule set, expected problems as [rule, field, message fragment]] */
  const cases: [string, unknown, [number | null, string, string][]][] = [
    ['a valid set', ruleSet([BREAK_AT_STOP]), []],
    ['no break rule is valid: only paragraphs split', ruleSet([{ break: false, before: 'x', after: 'y' }]), []],
    ['no rules at all is valid too', ruleSet([]), []],
    ['rules is not a list', { language: 'xx', rules: 'nope' }, [[null, 'rules', 'must be a list']]],
    ['a bad regex in before', ruleSet([BREAK_AT_STOP, { break: false, before: '[a-', after: '' }]), [[1, 'before', 'Invalid regular expression']]],
    ['a bad regex in after', ruleSet([{ break: true, before: '', after: '(' }]), [[0, 'after', 'Invalid regular expression']]],
    ['break is not a boolean', ruleSet([BREAK_AT_STOP, { break: 'yes', before: '', after: '' } as unknown as SegmentationRule]), [[1, 'break', 'true or false']]],
    ['before is missing', ruleSet([BREAK_AT_STOP, { break: false, after: '' } as unknown as SegmentationRule]), [[1, 'before', 'must be a regular expression']]],
    ['a rule is not an object', ruleSet([BREAK_AT_STOP, 3 as unknown as SegmentationRule]), [[1, 'rule', 'must be an object']]],
    ['an unknown placeholder', ruleSet([{ break: true, before: '{{nope}}', after: '' }]), [[0, 'before', 'unknown placeholder {{nope}}']]],
    ['a placeholder cycle', ruleSet([BREAK_AT_STOP], { patterns: { a: '{{b}}', b: '{{a}}' } }), [[null, 'patterns.a', 'cycle'], [null, 'patterns.b', 'cycle']]],
    ['a bad pattern', ruleSet([BREAK_AT_STOP], { patterns: { p: '(' } }), [[null, 'patterns.p', 'Invalid regular expression']]],
    ['a list with a non-string', ruleSet([BREAK_AT_STOP], { lists: { l: ['a', 2] as unknown as string[] } }), [[null, 'lists.l', 'non-empty strings']]],
    ['a list with an empty word', ruleSet([BREAK_AT_STOP], { lists: { l: [''] } }), [[null, 'lists.l', 'non-empty strings']]],
    ['a name used as list and pattern', ruleSet([BREAK_AT_STOP], { lists: { x: ['a'] }, patterns: { x: 'b' } }), [[null, 'patterns.x', 'also a list name']]],
    ['lists is not an object', { language: 'xx', rules: [BREAK_AT_STOP], lists: [] }, [[null, 'lists', 'must be an object']]],
  ];
  it.each(cases)('%s', (_name, set, expected) => {
    const problems = validateRuleSet(set as SegmentationRuleSet);
    expect(problems.map((p) => [p.rule, p.field])).toEqual(expected.map(([rule, field]) => [rule, field]));
    problems.forEach((p, i) => expect(p.message).toContain(expected[i]![2]));
  });

  it('compileRuleSet throws a bad-input MizanError naming the first problem', () => {
    const bad = ruleSet([BREAK_AT_STOP, { break: false, before: '[a-', after: '' }]);
    expect(() => compileRuleSet(bad)).toThrow(MizanError);
    expect(() => compileRuleSet(bad)).toThrow(/rule 2 \(before\)/);
    try {
      compileRuleSet(bad);
    } catch (e) {
      expect((e as MizanError).code).toBe('bad-input');
    }
  });

  it('segmentText refuses an invalid rule set instead of guessing', () => {
    expect(() => segmentText('a. b', ruleSet([{ break: true, before: '(', after: '' }]))).toThrow(MizanError);
  });

  it('without break rules only line breaks split', () => {
    expect(split('a. b\nc! d', ruleSet([]))).toEqual(['a. b', 'c! d']);
  });
});
