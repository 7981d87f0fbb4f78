import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../../../src/core/annotation/word-span';
import { hasLoosePunctuation } from '../../helpers/spans.js';

/** The snapped text of the first occurrence of `selected` in `text`. */
function snap(text: string, selected: string): string | null {
  const at = text.indexOf(selected);
  if (at === -1) throw new Error(`${selected} is not in ${text}`);
  const span = snapToWords(text, at, at + selected.length);
  return span && text.slice(span.start, span.end);
}

describe('snapToWords', () => {
  it.each([
    // Arabic punctuation is not part of a word (it sits in the Arabic block, but does not join).
    ['قالت الحكومة، إن', 'الحكومة،', 'الحكومة'],
    ['منذ 32 عامًا، قال', '32 عامًا،', '32 عامًا'],
    ['هل قال ذلك؟ نعم', 'ذلك؟', 'ذلك'],
    ['أولًا؛ ثانيًا', 'أولًا؛ ', 'أولًا'],
    ['قال: لا', 'قال:', 'قال'],
    // A loose drag that starts half-way through a number or a word takes the whole token.
    ['منذ 32 عامًا، قال', '2 عامًا،', '32 عامًا'],
    ['منذ ٣٢ عامًا', '٢ عام', '٣٢ عامًا'],
    ['الحكومة السورية', 'كومة السو', 'الحكومة السورية'],
    ['The government said so.', 'overnment sai', 'government said'],
    // Numbers with separators are one token.
    ['نمو بنسبة ٣٫٥ في المئة', '٫٥', '٣٫٥'],
    ['grew 3.5 percent', '.5 per', '3.5 percent'],
    ['cost 1,000 dollars', '000', '1,000'],
    // English words with apostrophes and hyphens.
    ['Russia’s decision', 'ussia', 'Russia’s'],
    ['the al-Assad government', 'Assad', 'al-Assad'],
    // Edge spaces and punctuation go, inner punctuation stays.
    [' Kirby said, ', ' Kirby said, ', 'Kirby said'],
    ['(the US), he', '(the US),', 'the US'],
    // A quotation selected with both marks keeps them, and the punctuation inside the closing mark.
    ['described its “regret,” and', '“regret,”', '“regret,”'],
    ['as “disappointing.” He', '“disappointing.” ', '“disappointing.”'],
    ['وصف القرار بأنه "مخيب للامال"، وقال', '"مخيب للامال"،', '"مخيب للامال"'],
    ['وصف «القرار» أمس', '«القرار»', '«القرار»'],
    ['described its “regret,” and', 'its “regret,”', 'its “regret,”'],
    ['“regret,” he said', '“regret,” he said', '“regret,” he said'],
    // Half a quotation loses its stray mark.
    ['as “disappointing.” He', '“disappointing', 'disappointing'],
    ['as “disappointing.” He', 'disappointing.”', 'disappointing'],
  ])('%s: %s → %s', (text, selected, expected) => {
    expect(snap(text, selected)).toBe(expected);
  });

  it('returns null for a selection of spaces and punctuation only', () => {
    expect(snapToWords('قال، ثم', 3, 5)).toBeNull();
    expect(snapToWords('abc', 2, 2)).toBeNull();
  });

  it('accepts a reversed or out-of-range selection', () => {
    expect(snapToWords('hello world', 8, 2)).toEqual({ start: 0, end: 11 });
    expect(snapToWords('hello', -5, 99)).toEqual({ start: 0, end: 5 });
  });

  it('keeps diacritics and tatweel inside the word', () => {
    const text = 'الحُكُومَـــة، ثم';
    expect(snap(text, 'كُو')).toBe('الحُكُومَـــة');
  });
});

describe('hasLoosePunctuation', () => {
  it('flags spans that end or start in punctuation, not quotations with their marks', () => {
    const text = 'قالت الحكومة، إن "الخطوة غير بناءة".';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    expect(hasLoosePunctuation(text, at('الحكومة،'))).toBe(true);
    expect(hasLoosePunctuation(text, at('الحكومة'))).toBe(false);
    expect(hasLoosePunctuation(text, at('"الخطوة غير بناءة"'))).toBe(false);
    expect(hasLoosePunctuation(text, at('بناءة".'))).toBe(true);
  });
});
