import { wordTokens } from '../text/word-tokens.js';
import type { TextRange } from '../model.js';
import type { ConcordanceSort } from './types.js';

// KWIC ordering: by the words after the hit (read onwards), or before it (read outwards from the
// hit, nearest word first; in Arabic these are the words to its right on screen), compared folded and with proclitics split, so والحكومة and الحكومة sort
// together. Ties keep document order (the sort is stable).

const SEPARATOR = '\u0001';

function contextKey(source: string, match: TextRange, side: 'before' | 'after'): string {
  if (side === 'after') return wordTokens(source.slice(match.end)).map((t) => t.stem).join(SEPARATOR);
  return wordTokens(source.slice(0, match.start)).map((t) => t.stem).reverse().join(SEPARATOR);
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `items` in the requested order; document order is the order given. */
export function sortHits<T extends { source: string; match: TextRange }>(items: readonly T[], sort: ConcordanceSort): T[] {
  if (sort === 'document') return [...items];
  const keyed = items.map((item) => ({ item, key: contextKey(item.source, item.match, sort) }));
  keyed.sort((a, b) => byCodePoint(a.key, b.key));
  return keyed.map((k) => k.item);
}

/**
 * The hit in a window of about `context` characters each side, cut at spaces (never inside a word,
 * so Arabic letters stay joined), with … where text was left out; `match` is moved into the window.
 */
export function kwicWindow(source: string, match: TextRange, context: number): { text: string; match: TextRange } {
  let from = Math.max(0, match.start - context);
  let to = Math.min(source.length, match.end + context);
  if (from > 0) {
    const space = source.indexOf(' ', from);
    from = space >= 0 && space < match.start ? space + 1 : match.start;
  }
  if (to < source.length) {
    const space = source.lastIndexOf(' ', to);
    to = space >= match.end ? space : match.end;
  }
  const head = from > 0 ? '… ' : '';
  const tail = to < source.length ? ' …' : '';
  return {
    text: `${head}${source.slice(from, to)}${tail}`,
    match: { start: match.start - from + head.length, end: match.end - from + head.length },
  };
}
