// Turns a rule set (data) into regular expressions once, and caches the result by content so that
// callers can pass plain data around without managing compiled objects themselves.
import { MizanError } from '../../errors.js';
import type { RuleSetProblem, SegmentationRule, SegmentationRuleSet } from './types.js';

/** u: \p{…} classes and code-point semantics; m: ^ and $ at paragraph (line) boundaries. */
const FLAGS = 'mu';
const PLACEHOLDER = /\{\{([A-Za-z_][\w-]*)\}\}/g;
const MAX_CACHED = 32;

export interface CompiledRuleSet {
  /**
   * Global regex whose (empty) matches are exactly the positions where some break rule matches; null
   * when there is no break rule (then only line breaks split).
   */
  readonly candidates: RegExp | null;
  /** Index of the first rule matching at a position (-1: none), i.e. the rule that decides there. */
  readonly decide: (text: string, position: number) => number;
  /** Whether each rule, by index, breaks. */
  readonly breaks: readonly boolean[];
}

/** Expanded regex sources of one rule, placeholders resolved. */
interface ExpandedRule {
  breaks: boolean;
  before: string;
  after: string;
}

const cache = new Map<string, CompiledRuleSet>();

/**
 * Compiles a rule set, or returns the cached compilation of an identical one (compared by content,
 * so editing a rule set in place never serves stale regexes). Throws MizanError('bad-input') naming
 * the first problem; use validateRuleSet to list them all.
 */
export function compileRuleSet(ruleSet: SegmentationRuleSet): CompiledRuleSet {
  const key = JSON.stringify([ruleSet.rules, ruleSet.lists ?? null, ruleSet.patterns ?? null]);
  const hit = cache.get(key);
  if (hit) return hit;
  const { expanded, problems } = expandRuleSet(ruleSet);
  const first = problems[0];
  if (first) {
    const where = first.rule === null ? first.field : `rule ${first.rule + 1} (${first.field})`;
    throw new MizanError('bad-input', `segmentation rules for "${ruleSet.language}": ${where}: ${first.message}`);
  }
  const compiled = build(expanded);
  if (cache.size >= MAX_CACHED) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, compiled);
  return compiled;
}

/** Every problem in a rule set (empty list = usable), for a rule editor to show next to the fields. */
export function validateRuleSet(ruleSet: SegmentationRuleSet): RuleSetProblem[] {
  return expandRuleSet(ruleSet).problems;
}

function expandRuleSet(ruleSet: SegmentationRuleSet): { expanded: ExpandedRule[]; problems: RuleSetProblem[] } {
  const problems: RuleSetProblem[] = [];
  const fragments = new Map<string, string>();
  // Rule sets come from project files and an editor, so the shape is checked, not trusted.
  const lists: unknown = ruleSet.lists ?? {};
  const patterns: unknown = ruleSet.patterns ?? {};
  const rules: unknown = ruleSet.rules;
  if (!isRecord(lists)) problems.push({ rule: null, field: 'lists', message: 'must be an object of word lists' });
  else {
    for (const [name, words] of Object.entries(lists)) {
      if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || w === '')) {
        problems.push({ rule: null, field: `lists.${name}`, message: 'must be a list of non-empty strings' });
      } else fragments.set(name, listToRegex(words as string[]));
    }
  }
  if (!isRecord(patterns)) problems.push({ rule: null, field: 'patterns', message: 'must be an object of regex fragments' });
  else {
    for (const [name, source] of Object.entries(patterns)) {
      if (typeof source !== 'string') problems.push({ rule: null, field: `patterns.${name}`, message: 'must be a string' });
      else if (fragments.has(name)) problems.push({ rule: null, field: `patterns.${name}`, message: `"${name}" is also a list name` });
      else fragments.set(name, source);
    }
    for (const name of Object.keys(patterns)) {
      const field = `patterns.${name}`;
      const source = fragments.get(name);
      if (source === undefined || problems.some((p) => p.field === field)) continue;
      const result = expand(source, fragments);
      if (typeof result !== 'string') problems.push({ rule: null, field, message: result.error });
      else {
        const error = regexError(result);
        if (error) problems.push({ rule: null, field, message: error });
      }
    }
  }
  const expanded: ExpandedRule[] = [];
  if (!Array.isArray(rules)) {
    problems.push({ rule: null, field: 'rules', message: 'must be a list of rules' });
    return { expanded, problems };
  }
  rules.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) {
      problems.push({ rule: index, field: 'rule', message: 'must be an object' });
      return;
    }
    if (typeof raw['break'] !== 'boolean') problems.push({ rule: index, field: 'break', message: 'must be true or false' });
    const sides: Partial<Record<'before' | 'after', string>> = {};
    for (const field of ['before', 'after'] as const) {
      const source = raw[field];
      if (typeof source !== 'string') {
        problems.push({ rule: index, field, message: 'must be a regular expression (a string)' });
        continue;
      }
      const result = expand(source, fragments);
      if (typeof result !== 'string') {
        problems.push({ rule: index, field, message: result.error });
        continue;
      }
      const wrapped = field === 'before' ? `(?<=${result})` : `(?=${result})`;
      const error = regexError(wrapped);
      if (error) problems.push({ rule: index, field, message: error });
      else sides[field] = result;
    }
    const rule = raw as unknown as SegmentationRule;
    if (sides.before !== undefined && sides.after !== undefined && typeof rule.break === 'boolean') {
      expanded.push({ breaks: rule.break, before: sides.before, after: sides.after });
    }
  });
  return { expanded, problems };
}

/** Resolves {{name}} placeholders recursively; a cycle or an unknown name is an error. */
function expand(source: string, fragments: Map<string, string>, seen: string[] = []): string | { error: string } {
  let error: string | null = null;
  const out = source.replace(PLACEHOLDER, (_whole, name: string) => {
    if (error !== null) return '';
    const fragment = fragments.get(name);
    if (fragment === undefined) {
      error = `unknown placeholder {{${name}}} (define it in lists or patterns)`;
      return '';
    }
    if (seen.includes(name)) {
      error = `placeholder cycle: ${[...seen, name].join(' → ')}`;
      return '';
    }
    const inner = expand(fragment, fragments, [...seen, name]);
    if (typeof inner !== 'string') {
      error = inner.error;
      return '';
    }
    return `(?:${inner})`;
  });
  return error === null ? out : { error };
}

function listToRegex(words: string[]): string {
  // Longest first: inside a lookbehind an alternation is still tried left to right, and "Sens"
  // must not lose to "Sen" when both could end at the same dot.
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return sorted.map(escapeRegex).join('|');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function regexError(source: string): string | null {
  try {
    new RegExp(source, FLAGS);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function build(rules: ExpandedRule[]): CompiledRuleSet {
  // The lookahead goes first: most positions fail it at once (no space after them), so the lookbehind,
  // which may walk back over a run such as "……))))", runs only where a break is plausible. Run
  // the other way round, every position inside a long run would re-walk it: quadratic time.
  const test = (r: ExpandedRule): string => `(?=${r.after})(?<=${r.before})`;
  const breakRules = rules.filter((r) => r.breaks);
  const candidates = breakRules.length === 0 ? null : new RegExp(breakRules.map(test).join('|'), `g${FLAGS}`);
  return { candidates, decide: buildDecider(rules, test), breaks: rules.map((r) => r.breaks) };
}

/**
 * One sticky regex with the rules as alternatives in order: the regex engine tries them left to right,
 * which is exactly "the first matching rule decides", in one call per candidate instead of one per rule.
 * An empty named group after each alternative tells which rule matched. User patterns with
 * backreferences or named groups would be renumbered/clash when joined, so those fall back to
 * testing the rules one by one.
 */
function buildDecider(rules: ExpandedRule[], test: (r: ExpandedRule) => string): CompiledRuleSet['decide'] {
  const joinable = rules.every((r) => !/\\[1-9]|\\k<|\(\?<[A-Za-z_]/.test(r.before + r.after));
  if (joinable) {
    const source = rules.map((r, i) => `${test(r)}(?<r${i}>)`).join('|');
    const combined = new RegExp(source, `y${FLAGS}`);
    const names = rules.map((_r, i) => `r${i}`);
    return (text, position) => {
      combined.lastIndex = position;
      const groups = combined.exec(text)?.groups;
      return groups ? names.findIndex((name) => groups[name] !== undefined) : -1;
    };
  }
  const separate = rules.map((r) => new RegExp(test(r), `y${FLAGS}`));
  return (text, position) =>
    separate.findIndex((regex) => {
      regex.lastIndex = position;
      return regex.test(text);
    });
}
