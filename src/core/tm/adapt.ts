import type { WordToken } from '../text/word-tokens.js';
import type { AlignedStep, TokenisedText } from './fuzzy-score.js';

// Auto-adaptation: when a match differs from the current source only in numbers (in either script:
// ٢٠١٦ ↔ 2016) or in names whose English is known (the speaker registry, the glossary), its English can be
// fixed for the current source — the match's number or name replaced by the current one in the target.
// Anything else that differs (another word, a word more or less) means the English cannot be adapted
// mechanically, and the match is offered as it is.

/** Arabic name (folded stem, as `wordTokens` gives it) → its English. */
export type NameMap = ReadonlyMap<string, string>;

export interface Replacement {
  kind: 'number' | 'name';
  /** In the match's English. */
  from: string;
  /** In the adapted English. */
  to: string;
}

export interface Adaptation {
  target: string;
  replacements: Replacement[];
}

/** The digits of a folded number, separators dropped (١٬٠٠٠ → 1000). */
function digitsOf(token: WordToken): string {
  return token.folded.replace(/[^0-9]/g, '');
}

/** Numbers written in English text, with their offsets (1,000 and 2.5 stay one number). */
function englishNumbers(text: string): { start: number; end: number; digits: string }[] {
  const out: { start: number; end: number; digits: string }[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) out.push({ start: m.index, end: m.index + m[0].length, digits: m[0].replace(/[^0-9]/g, '') });
  return out;
}

function nameOf(token: WordToken, names: NameMap): string | undefined {
  for (const reading of [token.stem, ...token.readings]) {
    const english = names.get(reading);
    if (english !== undefined) return english;
  }
  return undefined;
}

/** Word-boundary occurrences of `needle` in `text` (case-sensitive: names are written as the registry has them). */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + needle.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}

/**
 * The match's English adapted to the current source, or null when the match differs in anything but
 * numbers and known names, when nothing needs adapting, or when a number or name to replace is not found
 * exactly once in the English (a guess would be worse than no adaptation).
 */
export function adaptTarget(
  query: TokenisedText,
  match: TokenisedText,
  steps: readonly AlignedStep[],
  target: string,
  names: NameMap = new Map(),
): Adaptation | null {
  const edits: { start: number; end: number; to: string; replacement: Replacement }[] = [];
  const numbers = englishNumbers(target);
  for (const step of steps) {
    if (step.kind === 'same' || step.kind === 'clitic') continue;
    if (step.kind !== 'replaced') return null;
    const q = query.tokens[step.query]!;
    const m = match.tokens[step.match]!;
    if (q.numeric && m.numeric) {
      const hits = numbers.filter((n) => n.digits === digitsOf(m));
      if (hits.length !== 1) return null;
      const hit = hits[0]!;
      const from = target.slice(hit.start, hit.end);
      const to = digitsOf(q);
      edits.push({ start: hit.start, end: hit.end, to, replacement: { kind: 'number', from, to } });
      continue;
    }
    const fromName = nameOf(m, names);
    const toName = nameOf(q, names);
    if (fromName === undefined || toName === undefined) return null;
    const hits = occurrences(target, fromName);
    if (hits.length !== 1) return null;
    const at = hits[0]!;
    edits.push({ start: at, end: at + fromName.length, to: toName, replacement: { kind: 'name', from: fromName, to: toName } });
  }
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.start - b.start);
  for (let k = 1; k < edits.length; k++) if (edits[k]!.start < edits[k - 1]!.end) return null;
  let out = target;
  for (const edit of [...edits].reverse()) out = out.slice(0, edit.start) + edit.to + out.slice(edit.end);
  return { target: out, replacements: edits.map((e) => e.replacement) };
}
