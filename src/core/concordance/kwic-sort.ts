import { wordTokens } from '../text/word-tokens.js';
import type { TextRange } from '../model.js';
import type { ConcordanceSort } from './types.js';

// KWIC ordering: by the words right of the hit (read onwards), or left of it (read outwards from the
// hit, nearest word first), compared folded and with proclitics split, so والحكومة and الحكومة sort
// together. Ties keep document order (the sort is stable).

const SEPARATOR = '\u0001';

function contextKey(source: string, match: TextRange, side: 'left' | 'right'): string {
  if (side === 'right') return wordTokens(source.slice(match.end)).map((t) => t.stem).join(SEPARATOR);
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
