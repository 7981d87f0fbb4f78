// A first, deliberately small sentence splitter. The text-engine work replaces it with
// rule sets that are data; until then it covers the cases the built-in sample needs.

export interface SentenceSpan {
  text: string;
  /** Index of the non-empty line (paragraph) the sentence came from. */
  paragraph: number;
}

const CLOSERS = `"'»”’)]}`;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep']);

/** Splits plain text: every non-empty line is a paragraph; sentences end at . ! ? ؟ followed by space. */
export function splitSentences(text: string): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let paragraph = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    for (const sentence of splitLine(line)) result.push({ text: sentence, paragraph });
    paragraph++;
  }
  return result;
}

function splitLine(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (!isTerminator(ch)) {
      i++;
      continue;
    }
    let end = i;
    while (end < line.length && isTerminator(line[end]!)) end++;
    while (end < line.length && CLOSERS.includes(line[end]!)) end++;
    const run = line.slice(i, end);
    const atEnd = end >= line.length;
    const followedBySpace = atEnd || /\s/.test(line[end]!);
    if (followedBySpace && !atEnd && shouldBreak(line, start, i, run, end)) {
      const sentence = line.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = end;
    }
    i = end;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function isTerminator(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '؟' || ch === '…';
}

function shouldBreak(line: string, start: number, at: number, run: string, end: number): boolean {
  const next = line.slice(end).trimStart();
  const isEllipsis = run.startsWith('…') || run.startsWith('..');
  // An ellipsis mid-line usually continues the sentence; only a capital after it starts a new one.
  if (isEllipsis) return /^[A-Z]/.test(next);
  if (run[0] !== '.') return true;
  const word = /([\p{L}\p{N}]+)$/u.exec(line.slice(start, at))?.[1] ?? '';
  if (/^\p{L}$/u.test(word)) return false; // initials: "J. Kirby", "د." (a lone digit is a number, not an initial)
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (word.toLowerCase() === 'no' && /^\d/.test(next)) return false; // "No. 5", but "He said no. Then…" ends a sentence
  if (/^\p{Ll}/u.test(next)) return false; // "U.S. officials" style continuation
  return true;
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}
