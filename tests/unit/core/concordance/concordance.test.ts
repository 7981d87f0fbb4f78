import { describe, expect, it } from 'vitest';
import { ConcordanceCollector } from '../../../../src/core/concordance/collect-hits';
import { bestEnglishSpan, DICE_THRESHOLD, EnglishFrequencies, linkedEnglish } from '../../../../src/core/concordance/english-evidence';
import { kwicWindow, sortHits } from '../../../../src/core/concordance/kwic-sort';
import { compilePhrase, findPhrase } from '../../../../src/core/concordance/phrase-match';
import { literalRuns, mayHoldRuns } from '../../../../src/core/concordance/raw-prefilter';
import type { ConcordanceUnit } from '../../../../src/core/concordance/types';
import { wordTokens } from '../../../../src/core/text/word-tokens';

const unit = (source: string, target: string, memory = 'test'): ConcordanceUnit => ({ origin: { kind: 'tm', memory }, source, target });
const slice = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

describe('phrase matching', () => {
  it('finds a word with its proclitics and folded spelling, whole inflected word', () => {
    const phrase = compilePhrase('الحكومة')!;
    const text = 'قالت والحكومة للحكومة بالحكومه وحكومة الحكم';
    const found = findPhrase(wordTokens(text), phrase).map((r) => text.slice(r.start, r.end));
    expect(found).toEqual(['والحكومة', 'للحكومة', 'بالحكومه', 'وحكومة']);
  });

  it('finds a multi-word phrase only in order and adjacent', () => {
    const phrase = compilePhrase('وزير الخارجية')!;
    const text = 'التقى وزير الخارجية ثم الخارجية وزير ووزير للخارجية';
    expect(findPhrase(wordTokens(text), phrase).map((r) => text.slice(r.start, r.end))).toEqual(['وزير الخارجية', 'ووزير للخارجية']);
  });

  it('has no phrase for punctuation only', () => {
    expect(compilePhrase(' ،. ')).toBeNull();
  });
});

describe('English evidence', () => {
  const units = [
    unit('قالت الحكومة إن', 'The government said that'),
    unit('وأعلنت الحكومة أمس', 'Yesterday the government announced'),
    unit('رفضت الحكومة السورية', 'The Syrian government refused'),
    unit('قال الوزير', 'The minister said'),
    unit('قال الرئيس', 'The president said'),
    unit('وصل الرئيس', 'The president arrived'),
  ];

  it('highlights the co-occurring English word in each hit, not the common ones', () => {
    const collector = new ConcordanceCollector(compilePhrase('الحكومة')!, 100);
    collector.add(units);
    const hits = collector.hits(() => [], 'document');
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => slice(h.target, h.english))).toEqual(['government', 'government', 'government']);
    expect(hits.every((h) => h.evidence === 'cooccurrence')).toBe(true);
    expect(collector.result(() => [], 'document', 0, 10).translations).toEqual([{ text: 'government', count: 3 }]);
  });

  it('counts repeated English once, so a repeated sentence does not make its own words look like evidence', () => {
    const repeated = Array.from({ length: 5 }, (_, k) => unit('اجتمعت الحكومة', `The cabinet met (${k})`));
    const collector = new ConcordanceCollector(compilePhrase('الحكومة')!, 100);
    collector.add([...repeated, ...units]);
    const result = collector.result(() => [], 'document', 0, 100);
    expect(result.hits).toHaveLength(8);
    // Counted five times, "cabinet" would outscore "government" (Dice 0.83 against 0.44 here).
    expect(result.hits.map((h) => slice(h.target, h.english))).toEqual([null, null, null, null, null, 'government', 'government', 'government']);
    expect(result.translations).toEqual([{ text: 'government', count: 3 }]);
  });

  it('prefers an alignment link over co-occurrence', () => {
    const collector = new ConcordanceCollector(compilePhrase('الحكومة')!, 100);
    collector.add(units);
    const hits = collector.hits((u) => (u === units[2] ? [{ source: { start: 5, end: 12 }, target: { start: 4, end: 21 } }] : []), 'document');
    expect(slice(hits[2]!.target, hits[2]!.english)).toBe('Syrian government');
    expect(hits[2]!.evidence).toBe('alignment');
  });

  it('ignores a link whose Arabic span is far longer than the occurrence', () => {
    expect(linkedEnglish({ start: 0, end: 3 }, [{ source: { start: 0, end: 40 }, target: { start: 0, end: 5 } }])).toBeNull();
  });

  it('highlights nothing when no word stands out', () => {
    const all = new EnglishFrequencies();
    all.add('the minister said');
    expect(bestEnglishSpan('the minister said', new Map([['minister', DICE_THRESHOLD - 0.01]]), 4)).toBeNull();
    expect(bestEnglishSpan('the Council of Ministers met', new Map([['council', 0.9], ['ministers', 0.9]]), 4)).toEqual({ start: 4, end: 24 });
  });

  it('stops at the cap and says so', () => {
    const collector = new ConcordanceCollector(compilePhrase('قال')!, 2);
    expect(collector.add([unit('قال قال', 'a'), unit('قال', 'b')])).toBe(false);
    expect(collector.capped).toBe(true);
    expect(collector.found).toHaveLength(2);
  });
});

describe('KWIC sorting', () => {
  const items = [
    { source: 'ب الحكومة د', match: { start: 2, end: 9 }, id: 1 },
    { source: 'أ الحكومة ج', match: { start: 2, end: 9 }, id: 2 },
    { source: 'ج الحكومة أ', match: { start: 2, end: 9 }, id: 3 },
  ];
  it('sorts by the words before the hit, after it, or keeps document order', () => {
    expect(sortHits(items, 'before').map((i) => i.id)).toEqual([2, 1, 3]);
    expect(sortHits(items, 'after').map((i) => i.id)).toEqual([3, 2, 1]);
    expect(sortHits(items, 'document').map((i) => i.id)).toEqual([1, 2, 3]);
  });
});

describe('KWIC window', () => {
  it('cuts the context at spaces and keeps the hit marked', () => {
    const source = 'ونقلت وكالات انباء عن المتحدث باسم وزارة الخارجية الأمريكية جون كيربي ان القرار';
    const start = source.indexOf('الخارجية');
    const { text, match } = kwicWindow(source, { start, end: start + 'الخارجية'.length }, 12);
    expect(text.slice(match.start, match.end)).toBe('الخارجية');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    // Only whole words: every word of the window is a word of the source.
    const words = new Set(source.split(' '));
    expect(text.replace(/…/g, '').trim().split(' ').every((w) => words.has(w))).toBe(true);
  });

  it('leaves a short text whole', () => {
    expect(kwicWindow('قال الوزير', { start: 4, end: 10 }, 40)).toEqual({ text: 'قال الوزير', match: { start: 4, end: 10 } });
  });
});

describe('raw prefilter', () => {
  it('never skips a text that folds to a match: harakat inside the word, Persian kaf, ta marbuta as heh', () => {
    const collector = new ConcordanceCollector(compilePhrase('الحكومة')!, 100);
    collector.add([unit('قالت الحُكومَة', 'x'), unit('قالت الحکومه', 'y'), unit('قالت الحكومة', 'z'), unit('قال الوزير', 'w')]);
    expect(collector.found.map((f) => f.unit.target)).toEqual(['x', 'y', 'z']);
  });

  it('asks for the letters only one written form folds into', () => {
    // ح و م fold only from themselves; ك (from ک) and ه (from ة) do not qualify.
    expect(literalRuns(['حكومه'])).toEqual(['ح', 'وم']);
    expect(mayHoldRuns('قال الوزير', ['ح', 'وم'])).toBe(false);
    expect(mayHoldRuns('قال الوزيرُ', ['ح', 'وم'])).toBe(true);
  });
});
