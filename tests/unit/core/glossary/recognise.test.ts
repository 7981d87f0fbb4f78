import { describe, expect, it } from 'vitest';
import { compileGlossary, recogniseTerms } from '../../../../src/core/glossary/recognise';
import type { TermConcept } from '../../../../src/core/glossary/types';

function concept(key: string, ar: string | string[], en: string): TermConcept {
  const sources = (Array.isArray(ar) ? ar : [ar]).map((text) => ({ text, status: 'preferred' as const }));
  return { key, entryId: null, speakerId: null, sources, targets: [{ text: en, status: 'preferred' }], note: '' };
}

const GLOSSARY = compileGlossary([
  concept('gov', 'الحكومة', 'government'),
  concept('mofa', 'وزارة الخارجية', 'Ministry of Foreign Affairs'),
  concept('ministry', 'وزارة', 'ministry'),
  concept('year', '2016', '2016'),
  concept('fire', 'نار', 'fire'),
  concept('qatar', 'قطر', 'Qatar'),
  concept('un', 'الأمم المتحدة', 'United Nations'),
  concept('negotiations', 'مفاوضات', 'negotiations'),
  concept('president', 'رئيس', 'president'),
  concept('migrant', 'مهاجر', 'migrant'),
  concept('player', 'لاعب', 'player'),
  concept('pig', 'خنزير', 'pig'),
  concept('chile', 'تشيلي', 'Chile'),
]);

/** The matched text, its term and kind, in order. */
function found(source: string): [string, string, string][] {
  return recogniseTerms(source, GLOSSARY).map((m) => {
    expect(source.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.term, m.kind];
  });
}

describe('recogniseTerms', () => {
  it.each([
    ['الحكومة', [['الحكومة', 'الحكومة', 'exact']]],
    ['قالت الحكومه', [['الحكومه', 'الحكومة', 'exact']]], // ta marbuta folded
    ['والحكومة', [['والحكومة', 'الحكومة', 'clitic']]],
    ['للحكومة', [['للحكومة', 'الحكومة', 'clitic']]],
    ['بالحكومة', [['بالحكومة', 'الحكومة', 'clitic']]],
    ['حكومة', [['حكومة', 'الحكومة', 'clitic']]], // the article dropped
    ['الحكومات', [['الحكومات', 'الحكومة', 'stem']]],
    ['حكومتها', [['حكومتها', 'الحكومة', 'stem']]],
    ['الحُكُومَة', [['الحُكُومَة', 'الحكومة', 'exact']]], // harakat
    ['الحكـــومة', [['الحكـــومة', 'الحكومة', 'exact']]], // tatweel
    ['في عام ٢٠١٦', [['٢٠١٦', '2016', 'exact']]],
    ['وزارة الخارجية', [['وزارة الخارجية', 'وزارة الخارجية', 'exact']]],
    ['وبوزارة الخارجية', [['وبوزارة الخارجية', 'وزارة الخارجية', 'clitic']]],
    ['وزارة الخارجيه', [['وزارة الخارجيه', 'وزارة الخارجية', 'exact']]],
    ['وزارة الدفاع', [['وزارة', 'وزارة', 'exact']]], // the shorter term when the longer does not fit
    ['وزارة. الخارجية', [['وزارة', 'وزارة', 'exact']]], // a term does not run across punctuation
    ['الامم المتحده', [['الامم المتحده', 'الأمم المتحدة', 'exact']]], // alef forms
    ['المفاوضات', [['المفاوضات', 'مفاوضات', 'clitic']]],
    ['مفاوضة', [['مفاوضة', 'مفاوضات', 'stem']]],
    ['الرئيس', [['الرئيس', 'رئيس', 'clitic']]],
    ['المهاجرين', [['المهاجرين', 'مهاجر', 'stem']]], // a term long enough to be a stem
    ['للمهاجرين', [['للمهاجرين', 'مهاجر', 'stem']]],
    ['للاعبين', [['للاعبين', 'لاعب', 'stem']]], // ل + ال + لاعبين, the article's lam merged
    ['لاعبيه', [['لاعبيه', 'لاعب', 'stem']]],
    ['خنزيرًا', [['خنزيرًا', 'خنزير', 'stem']]], // the tanween alif
  ] as [string, [string, string, string][]][])('%s', (source, expected) => {
    expect(found(source)).toEqual(expected);
  });

  it.each([
    ['دينار', 'نار inside a longer unrelated word'],
    ['قطرات المطر', 'قطر is not a stem of قطرات (drops)'],
    ['زارها الوزير', 'زار (visited) is not وزارة without its first letter'],
    ['الحكم', 'a shorter word sharing letters'],
    ['20160', 'a longer number'],
  ])('does not match %s (%s)', (source) => {
    expect(found(source)).toEqual([]);
  });

  it('returns UTF-16 offsets covering the whole inflected word, in order, without overlaps', () => {
    const source = 'أعلنت وبوزارة الخارجية أن الحكومات وافقت في ٢٠١٦.';
    const matches = recogniseTerms(source, GLOSSARY);
    expect(matches.map((m) => [m.start, m.end])).toEqual([
      [source.indexOf('وبوزارة'), source.indexOf(' أن')],
      [source.indexOf('الحكومات'), source.indexOf(' وافقت')],
      [source.indexOf('٢٠١٦'), source.indexOf('.')],
    ]);
    expect(matches[0]!.concept.targets[0]!.text).toBe('Ministry of Foreign Affairs');
  });

  it('prefers the earlier entry when two terms tie', () => {
    const glossary = compileGlossary([concept('a', 'سوريا', 'Syria'), concept('b', 'سوريا', 'Syrian Arab Republic')]);
    expect(recogniseTerms('في سوريا', glossary).map((m) => m.concept.key)).toEqual(['a']);
  });

  it('finds nothing with an empty glossary', () => {
    expect(recogniseTerms('الحكومة', compileGlossary([]))).toEqual([]);
  });
});
