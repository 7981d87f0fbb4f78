import { describe, expect, it } from 'vitest';
import { suggestCounterparts, type SpeakerNames } from '../../../../src/core/annotation/suggest.js';

const REGISTRY: SpeakerNames[] = [
  { nameSource: 'جون كيربي', nameTarget: 'John Kirby' },
  { nameSource: 'وزارة الخارجية الأمريكية', nameTarget: 'US State Department' },
  { nameSource: 'سيرغي لافروف', nameTarget: 'Sergei Lavrov' },
];

/** Each suggestion as [the English it covers, reason]. */
function suggest(span: string, english: string, speakers: SpeakerNames[] = REGISTRY): [string, string][] {
  return suggestCounterparts(span, english, speakers).map((s) => [english.slice(s.start, s.end), s.reason]);
}

describe('suggestCounterparts', () => {
  const cases: [string, string, string, [string, string][], SpeakerNames[]?][] = [
    ['a registry name, spelled with diacritics', 'جُون كِيرْبِي', 'Pentagon spokesman John Kirby said.', [['John Kirby', 'registry']]],
    ['a registry name inside a longer span', 'المتحدث جون كيربي', 'Spokesman John Kirby said.', [['John Kirby', 'registry']]],
    ['a registry surname when the English uses it alone', 'كيربي', 'Kirby said on Monday.', [['Kirby', 'registry']]],
    ['every occurrence of the registry name', 'لافروف', 'Lavrov met Kerry; Sergei Lavrov said…', [['Lavrov', 'registry'], ['Sergei Lavrov', 'registry']]],
    ['a registry name matched whatever the case', 'وزارة الخارجية الأمريكية', 'the us state department said', [['us state department', 'registry']]],
    ['Arabic-Indic digits', 'في عام ٢٠١٦', 'In 2016, not in 12016 or 2016.5.', [['2016', 'digits']]],
    ['a decimal with the Arabic separator', 'نسبة ٣٫٥ بالمئة', 'a rate of 3.5 percent', [['3.5', 'digits']]],
    ['thousands separators', '٢٠٠٠ جندي', 'some 2,000 soldiers', [['2,000', 'digits']]],
    ['a transliterated name', 'كيربي', 'Pentagon spokesman John Kirby said.', [['Kirby', 'transliteration']], []],
    ['a two-word name joined into one range', 'مارك تونر', 'spokesman Mark Toner said', [['Mark Toner', 'transliteration']]],
    ['a place', 'موسكو', 'talks with Moscow on Syria', [['Moscow', 'transliteration']]],
    ['a name with a clitic', 'لتونر', "according to Toner's office", [['Toner', 'transliteration']]],
    ['only capitalised words', 'كيربي', 'the kirby vacuum', [], []],
    ['nothing that fits', 'قال', 'He said.', []],
    ['a name the English does not have', 'كيربي', 'The spokesman said.', []],
  ];
  it.each(cases)('%s', (_name, span, english, expected, speakers = REGISTRY) => {
    expect(suggest(span, english, speakers)).toEqual(expected);
  });

  it('registry first, then digits, then transliteration; a range is listed once', () => {
    const english = 'On 3 October 2016 John Kirby said Kirby would travel to Moscow.';
    expect(suggest('جون كيربي في ٢٠١٦ إلى موسكو', english)).toEqual([
      ['John Kirby', 'registry'],
      ['Kirby', 'registry'],
      ['2016', 'digits'],
      ['Moscow', 'transliteration'],
    ]);
  });

  it('offsets are UTF-16 code units into the English text', () => {
    const english = '👍 Kirby';
    expect(suggestCounterparts('كيربي', english, [])).toEqual([{ start: 3, end: 8, reason: 'transliteration' }]);
  });
});
