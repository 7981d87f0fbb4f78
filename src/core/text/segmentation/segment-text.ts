// Splits a text into paragraphs (lines) and sentences with a rule set. Linear in the text: the break
// rules are run once over the whole text as one regex to find candidate positions, and the full rule
// list is consulted only at those candidates (about one per sentence).
import { compileRuleSet, type CompiledRuleSet } from './compile.js';
import type { SegmentationDecision, SegmentationRuleSet, SentenceSpan } from './types.js';

/** The line terminators of a regex's `^`/`$` in multiline mode, so rules and paragraphs agree. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
/** Anything a reader can see: a piece made only of spaces and bidi/format marks is not a sentence. */
const VISIBLE = /[^\s\p{Cf}]/u;

/**
 * Splits `text` into sentences: every line break starts a paragraph (blank lines are skipped and not
 * counted), and inside a paragraph the rules decide where sentences end. Each span is trimmed of
 * whitespace and carries UTF-16 offsets into `text` itself (CRLF and all), end exclusive.
 */
export function segmentText(text: string, ruleSet: SegmentationRuleSet): SentenceSpan[] {
  const breaks = findBreaks(text, compileRuleSet(ruleSet));
  const spans: SentenceSpan[] = [];
  let paragraph = 0;
  let next = 0; // index into breaks
  let lineStart = 0;
  const visitLine = (lineEnd: number): void => {
    while (next < breaks.length && breaks[next]! <= lineStart) next++;
    const before = spans.length;
    let pieceStart = lineStart;
    const cut = (pieceEnd: number): void => {
      if (!hasVisible(text, pieceStart, pieceEnd)) {
        const last = spans.length > before ? spans[spans.length - 1] : undefined;
        // A mark left alone after a break (". \u200F") belongs to the sentence it follows; with no
        // such sentence it stays pending and joins the next piece.
        if (last && pieceEnd > pieceStart) extendTo(last, text, trimEnd(text, pieceStart, pieceEnd));
        else return;
      } else {
        const start = trimStart(text, pieceStart, pieceEnd);
        const end = trimEnd(text, start, pieceEnd);
        spans.push({ text: text.slice(start, end), paragraph, start, end });
      }
      pieceStart = pieceEnd;
    };
    for (; next < breaks.length && breaks[next]! < lineEnd; next++) cut(breaks[next]!);
    cut(lineEnd);
    if (spans.length > before) paragraph++;
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    visitLine(m.index);
    lineStart = m.index + m[0].length;
  }
  visitLine(text.length);
  return spans;
}

/**
 * Every position where some break rule matches, with the rule that decided there: what a rule editor
 * shows to explain a split (or a split that did not happen). Positions are ascending.
 */
export function explainSegmentation(text: string, ruleSet: SegmentationRuleSet): SegmentationDecision[] {
  const compiled = compileRuleSet(ruleSet);
  const out: SegmentationDecision[] = [];
  forEachCandidate(text, compiled, (position, rule) => {
    out.push({ position, rule, break: compiled.breaks[rule] ?? false });
  });
  return out;
}

/** Positions (ascending) where the rules say a sentence ends. */
function findBreaks(text: string, compiled: CompiledRuleSet): number[] {
  const breaks: number[] = [];
  forEachCandidate(text, compiled, (position, rule) => {
    if (compiled.breaks[rule]) breaks.push(position);
  });
  return breaks;
}

function forEachCandidate(text: string, { candidates, decide }: CompiledRuleSet, visit: (position: number, rule: number) => void): void {
  if (!candidates) return;
  candidates.lastIndex = 0;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const position = m.index;
    visit(position, decide(text, position));
    if (position >= text.length) break;
    // The candidate regex matches the empty string; step over one code point to move on.
    candidates.lastIndex = position + (isSurrogatePair(text, position) ? 2 : 1);
  }
}

function extendTo(span: SentenceSpan, text: string, end: number): void {
  if (end <= span.end) return;
  span.end = end;
  span.text = text.slice(span.start, end);
}

function hasVisible(text: string, from: number, to: number): boolean {
  // On a slice, not from `from` in the whole text: a search that ran on past `to` would re-walk the
  // same blank stretch for every blank line in it (a million empty lines: quadratic).
  return from < to && VISIBLE.test(text.slice(from, to));
}

function trimStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isWhitespace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Exactly the set of String.prototype.trim and the regex class \s. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isSurrogatePair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff) return false;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff;
}
