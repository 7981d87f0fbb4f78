import type { Database } from 'better-sqlite3';
import { searchKey } from '../../../src/core/text/search-key.js';

// The search index keeps no text (contentless, detail=none: store/search-index.ts), so tests read
// what it holds through fts5vocab: the trigrams each segment is indexed under.

function trigramsOf(text: string): string[] {
  const chars = Array.from(text);
  return chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join(''));
}

/** Every indexed segment with the set of trigrams the index holds for it, by rowid. */
export function indexedTrigrams(db: Database): { id: number; trigrams: string }[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.segment_search_terms USING fts5vocab(main, 'segment_search', 'instance')");
  const rows = db.prepare('SELECT doc AS id, term FROM temp.segment_search_terms').all() as { id: number; term: string }[];
  const byId = new Map<number, Set<string>>();
  for (const r of rows) byId.set(r.id, (byId.get(r.id) ?? new Set()).add(r.term));
  return [...byId].sort(([a], [b]) => a - b).map(([id, terms]) => ({ id, trigrams: [...terms].sort().join('|') }));
}

/** What the index should hold for these segments: the trigrams of their folded source and target (none for text under three characters). */
export function expectedTrigrams(segments: readonly { id: number; source: string; target: string }[]): { id: number; trigrams: string }[] {
  return segments
    .map((s) => ({ id: s.id, trigrams: [...new Set([...trigramsOf(searchKey(s.source)), ...trigramsOf(searchKey(s.target))])].sort().join('|') }))
    .filter((s) => s.trigrams !== '')
    .sort((a, b) => a.id - b.id);
}
