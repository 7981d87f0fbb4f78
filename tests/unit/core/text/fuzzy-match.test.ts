import { describe, expect, it } from 'vitest';
import { fuzzyMatch } from '../../../../src/core/text/fuzzy-match.js';

const score = (q: string, t: string) => fuzzyMatch(q, t)?.score ?? null;

describe('fuzzyMatch', () => {
  it('matches the letters in order, ignoring case and spaces in the query', () => {
    expect(fuzzyMatch('MeRge', 'Merge with Next')?.positions).toEqual([0, 1, 2, 3, 4]);
    expect(fuzzyMatch('merge next', 'Merge with Next')?.positions).toEqual([0, 1, 2, 3, 4, 11, 12, 13, 14]);
  });

  it('fails when a letter is missing or out of order', () => {
    expect(fuzzyMatch('xm', 'Merge with Next')).toBeNull();
    expect(fuzzyMatch('nm', 'Merge Now')).toBeNull();
    expect(fuzzyMatch('mergee', 'Merge')).toBeNull();
  });

  it('matches anything for an empty query', () => {
    expect(fuzzyMatch('  ', 'Export…')).toEqual({ score: 0, positions: [] });
  });

  it('prefers the letters at word starts over the first occurrence', () => {
    // Greedy would take the "n" of "Confirm"; the best placement takes "Next"'s.
    expect(fuzzyMatch('cn', 'Confirm and Next')?.positions).toEqual([0, 12]);
  });

  it('ranks word-start and adjacent matches above scattered ones', () => {
    expect(score('mn', 'Merge with Next')!).toBeGreaterThan(score('mn', 'Comments Panel')!);
    expect(score('hist', 'History…')!).toBeGreaterThan(score('hist', 'Search with stats')!);
    expect(score('sp', 'Speakers…')!).toBeGreaterThan(score('sp', 'Comments Panel')!);
  });

  it('treats a camelCase capital as a word start', () => {
    expect(score('rs', 'realignSelection')!).toBeGreaterThan(score('rs', 'realigns')!);
  });
});
