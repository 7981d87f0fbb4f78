import { describe, expect, it } from 'vitest';
import { adaptTarget } from '../../../../src/core/tm/adapt.js';
import { fuzzyScore, tokenise } from '../../../../src/core/tm/fuzzy-score.js';
import { matchDiff } from '../../../../src/core/tm/match-diff.js';
import { planLookup } from '../../../../src/core/tm/lookup-plan.js';
import { CONTEXT_MATCH, rankMatches } from '../../../../src/core/tm/rank-matches.js';
import { indexTerms } from '../../../../src/core/tm/tm-tokens.js';

const score = (a: string, b: string): number => fuzzyScore(tokenise(a), tokenise(b)).score;

describe('fuzzyScore', () => {
  it.each([
    ['identical text', 'قالت الحكومة إن الاجتماع انتهى', 'قالت الحكومة إن الاجتماع انتهى', 100],
    ['folded spelling only (alef, ta marbuta) is 99, not 100', 'قالت الحكومة ان الاجتماع انتهى', 'قالت الحكومه إن الاجتماع انتهى', 99],
    ['one word of five replaced', 'قالت الحكومة إن الاجتماع انتهى', 'قالت الوزارة إن الاجتماع انتهى', 80],
    ['an attached conjunction costs a quarter word', 'قالت الحكومة إن الاجتماع انتهى', 'قالت والحكومة إن الاجتماع انتهى', 95],
    ['Arabic-Indic digits equal Western digits', 'في عام ٢٠١٦ وقع الاتفاق', 'في عام 2016 وقع الاتفاق', 99],
    ['a differing number is a replaced word', 'في عام ٢٠١٦ وقع الاتفاق', 'في عام ٢٠١٧ وقع الاتفاق', 80],
    ['punctuation differing takes a point', 'انتهى الاجتماع.', 'انتهى الاجتماع!', 99],
    ['one word more of four', 'انتهى الاجتماع في دمشق', 'انتهى الاجتماع اليوم في دمشق', 80],
    ['nothing in common', 'انتهى الاجتماع', 'The meeting ended', 0],
  ])('%s', (_name, query, match, expected) => {
    expect(score(query, match)).toBe(expected);
  });

  it('is symmetric in length for insertions and deletions', () => {
    expect(score('انتهى الاجتماع في دمشق', 'انتهى الاجتماع اليوم في دمشق')).toBe(score('انتهى الاجتماع اليوم في دمشق', 'انتهى الاجتماع في دمشق'));
  });
});

describe('matchDiff', () => {
  it('marks the replaced and extra words of the match with offsets into the match text', () => {
    const q = tokenise('قالت الحكومة إن الاجتماع انتهى');
    const m = tokenise('قالت الوزارة إن الاجتماع انتهى أمس');
    const { steps } = fuzzyScore(q, m);
    const diff = matchDiff(q, m, steps);
    expect(diff.ranges.map((r) => [m.text.slice(r.start, r.end), r.kind])).toEqual([['الوزارة', 'changed'], ['أمس', 'extra']]);
    expect(diff.missing).toEqual([]);
  });

  it('lists the words of the current source the match lacks', () => {
    const q = tokenise('انتهى الاجتماع اليوم في دمشق');
    const m = tokenise('انتهى الاجتماع في دمشق');
    const diff = matchDiff(q, m, fuzzyScore(q, m).steps);
    expect(diff.missing).toEqual(['اليوم']);
    expect(diff.ranges).toEqual([]);
  });
});

describe('adaptTarget', () => {
  const adapt = (query: string, match: string, target: string, names = new Map<string, string>()) => {
    const q = tokenise(query);
    const m = tokenise(match);
    return adaptTarget(q, m, fuzzyScore(q, m).steps, target, names);
  };

  it.each([
    ['a year in Arabic-Indic digits', 'وقع الاتفاق في عام ٢٠١٧', 'وقع الاتفاق في عام ٢٠١٦', 'The agreement was signed in 2016.', 'The agreement was signed in 2017.'],
    ['a year in Western digits in the match', 'وقع الاتفاق في عام ٢٠١٧', 'وقع الاتفاق في عام 2016', 'The agreement was signed in 2016.', 'The agreement was signed in 2017.'],
    ['a grouped number', 'قتل ١٬٢٠٠ شخص', 'قتل ١٬٠٠٠ شخص', '1,000 people were killed', '1200 people were killed'],
  ])('%s', (_name, query, match, target, expected) => {
    expect(adapt(query, match, target)?.target).toBe(expected);
  });

  it('replaces a name whose English the registry knows, and says so', () => {
    const names = new Map([['اسد', 'al-Assad'], ['حريري', 'Hariri']]);
    const result = adapt('قال الحريري إن الحكومة مستعدة', 'قال الأسد إن الحكومة مستعدة', 'al-Assad said the government was ready', names);
    expect(result).toEqual({ target: 'Hariri said the government was ready', replacements: [{ kind: 'name', from: 'al-Assad', to: 'Hariri' }] });
  });

  it.each([
    ['another word differs', 'وقع الاتفاق في عام ٢٠١٧ في دمشق', 'وقع الاتفاق في عام ٢٠١٦ في بيروت', 'Signed in 2016 in Beirut'],
    ['the number is not in the English', 'وقع الاتفاق في عام ٢٠١٧', 'وقع الاتفاق في عام ٢٠١٦', 'The agreement was signed that year'],
    ['the number is twice in the English', 'وقع الاتفاق في عام ٢٠١٧', 'وقع الاتفاق في عام ٢٠١٦', 'In 2016, the 2016 agreement'],
    ['an unknown name', 'قال زيد', 'قال عمرو', 'Amr said'],
  ])('gives nothing when %s', (_name, query, match, target) => {
    expect(adapt(query, match, target)).toBeNull();
  });
});

describe('planLookup', () => {
  it('asks for the rarest terms, enough that a match above the threshold must share one', () => {
    const rows = new Map([['a', 900], ['b', 5], ['c', 50_000], ['d', 12], ['e', 40_000]]);
    const plan = planLookup(['a', 'b', 'c', 'd', 'e'], 70, (t) => rows.get(t) ?? 0);
    // 5 words at 70 %: up to 7 words long, so up to 2 words differ: 3 terms, plus rare spares.
    expect(plan?.terms.slice(0, 3)).toEqual(['b', 'd', 'a']);
    expect(plan?.terms).not.toContain('c');
    expect(plan?.minWords).toBe(4);
    expect(plan?.maxWords).toBe(7);
  });

  it('has nothing to ask for an empty text', () => {
    expect(planLookup([], 70, () => 0)).toBeNull();
  });
});

describe('rankMatches', () => {
  const cand = (source: string, target: string, changedAt = 0, prevSource?: string, nextSource?: string) => ({ source, target, changedAt, origin: source, prevSource, nextSource });

  it('orders best first, drops those under the minimum and the untranslated, and keeps the maximum', () => {
    const out = rankMatches({ source: 'قالت الحكومة إن الاجتماع انتهى' }, [
      cand('قالت الوزارة إن الاجتماع انتهى', 'The ministry said the meeting was over'),
      cand('قالت الحكومة إن الاجتماع انتهى', 'The government said the meeting was over'),
      cand('انتهى', 'Over'),
      cand('قالت الحكومة إن الاجتماع انتهى أمس', ''),
    ], { min: 50, max: 5 });
    expect(out.map((m) => m.score)).toEqual([100, 80]);
  });

  it('gives 101 when the neighbours match too', () => {
    const out = rankMatches({ source: 'انتهى الاجتماع', prevSource: 'بدأ', nextSource: 'ثم غادر' }, [cand('انتهى الاجتماع', 'It ended', 0, 'بدأ', 'ثم غادر')], { min: 50, max: 5 });
    expect(out[0]?.score).toBe(CONTEXT_MATCH);
  });

  it('offers a repeated pair once', () => {
    const out = rankMatches({ source: 'انتهى الاجتماع' }, [cand('انتهى الاجتماع', 'It ended'), cand('انتهى الاجتماع', 'It ended', 5)], { min: 50, max: 5 });
    expect(out).toHaveLength(1);
  });
});

describe('indexTerms', () => {
  it('indexes stems, so cliticised and plain forms share a term, and digits in any script', () => {
    expect(indexTerms('والحكومة ٢٠١٦')).toEqual(indexTerms('الحكومة 2016'));
  });
});
