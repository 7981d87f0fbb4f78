import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fuzzyScore, tokenise } from '../../../src/core/tm/fuzzy-score.js';
import { matchText } from '../../../src/services/tm-service.js';
import { createMemoryProject } from '../../../src/store/open-database.js';
import { insertMemory, insertUnits } from '../../../src/store/tm.js';

// The indexed lookup (prefix filter, length window, terms read in batches, branch and bound) must give the
// scores scoring every unit gives. Memories of many near-variants make hundreds of candidates share the
// query's rare terms, so several batches are read and the bounds cut inside them. (A generous timeout: the
// brute force scores every unit, and the machine running the suite may be busy.)

let db: Database;
beforeEach(() => {
  db = createMemoryProject();
});
afterEach(() => db.close());

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['قال', 'الوزير', 'اجتماع', 'مدينة', 'حكومة', 'نتائج', 'سلام', 'كتاب', 'مدرسة', 'شمس', 'بحر', 'جبل', 'طريق', 'سوق'];

function variant(rand: () => number, base: string[]): string {
  const words = [...base];
  const edits = Math.floor(rand() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * words.length);
    const kind = rand();
    if (kind < 0.4) words[at] = WORDS[Math.floor(rand() * WORDS.length)]!;
    else if (kind < 0.6 && words.length > 3) words.splice(at, 1);
    else if (kind < 0.8) words.splice(at, 0, WORDS[Math.floor(rand() * WORDS.length)]!);
    else words[at] = words[at]!.startsWith('و') ? words[at]!.slice(1) : `و${words[at]}`;
  }
  return words.join(' ');
}

function bruteForce(sources: readonly string[], query: string, min: number, max: number): number[] {
  const q = tokenise(query);
  return sources.map((s) => fuzzyScore(q, tokenise(s)).score).filter((s) => s >= min).sort((a, b) => b - a).slice(0, max);
}

describe('indexed lookup against brute force', () => {
  it.each([1, 2, 3, 4])('gives the brute-force top scores on a random memory (seed %i)', (seed) => {
    const rand = seeded(seed);
    const bases = Array.from({ length: 4 }, () => Array.from({ length: 5 + Math.floor(rand() * 8) }, () => WORDS[Math.floor(rand() * WORDS.length)]!));
    const sources = Array.from({ length: 400 }, () => variant(rand, bases[Math.floor(rand() * bases.length)]!));
    const memoryId = insertMemory(db, { name: 'm', fileName: 'm.tmx', sourceLang: 'ar', targetLang: 'en', importedAt: 0 });
    insertUnits(db, memoryId, sources.map((source, i) => ({ source, target: `t${i}`, changedAt: null, author: null, note: null })));
    let compared = 0;
    for (let k = 0; k < 15; k++) {
      const query = variant(rand, bases[Math.floor(rand() * bases.length)]!);
      for (const [min, max] of [[50, 5], [75, 3], [90, 1]] as const) {
        const indexed = matchText(db, { source: query }, { min, max }).map((m) => m.score);
        expect(indexed, `${query} (min ${min}, max ${max})`).toEqual(bruteForce(sources, query, min, max));
        compared += indexed.length;
      }
    }
    expect(compared).toBeGreaterThan(60);
  }, 30_000);
});
