import { describe, expect, it } from 'vitest';
import { wordDiff, type WordDiffPiece } from '../../../../src/core/review/word-diff.js';

/** Compact form: '=' same, '-' removed, '+' added. */
const compact = (pieces: WordDiffPiece[]) => pieces.map((p) => `${p.kind === 'same' ? '=' : p.kind === 'removed' ? '-' : '+'}${p.text}`);
const side = (pieces: WordDiffPiece[], drop: 'added' | 'removed') => pieces.filter((p) => p.kind !== drop).map((p) => p.text).join('');

describe('wordDiff', () => {
  it.each<[string, string, string, string[]]>([
    ['identical texts are one same piece', 'Kirby said.', 'Kirby said.', ['=Kirby said.']],
    ['both empty: nothing', '', '', []],
    ['from nothing: all added', '', 'Kirby said.', ['+Kirby said.']],
    ['to nothing: all removed', 'Kirby said.', '', ['-Kirby said.']],
    ['a word replaced by two', 'Kirby said the talks were suspended.', 'Kirby said the talks had been suspended.',
      ['=Kirby said the talks ', '-were', '+had been', '= suspended.']],
    ['the full stop after a replaced word stays', 'Kirby said.', 'Kirby stated.', ['=Kirby ', '-said', '+stated', '=.']],
    ['a sentence appended', 'He said it.', 'He said it. Then he left.', ['=He said it.', '+ Then he left.']],
    ['a word deleted', 'the peace talks', 'the talks', ['=the ', '-peace ', '=talks']],
    ['a word inserted', 'a c', 'a b c', ['=a ', '+b ', '=c']],
    ['words added at the start', 'talks resumed', 'Yesterday the talks resumed', ['+Yesterday the ', '=talks resumed']],
    ['every word replaced: one removal, one addition', 'one two three four', 'five six seven eight', ['-one two three four', '+five six seven eight']],
    ['line breaks are kept where they were', 'line one\nline two', 'line one\nline 2', ['=line one\nline ', '-two', '+2']],
    ['two changes keep the comma between them', 'A, B', 'C, D', ['-A', '+C', '=, ', '-B', '+D']],
    ['punctuation squeezed between changes goes with them', 'The U.S. said "no".', 'The U.S. said "yes."',
      ['=The U.S. said "', '-no".', '+yes."']],
    ['case matters', 'one two', 'One two', ['-one', '+One', '= two']],
    ['Arabic: whole words, never single letters', 'علّقت الولايات المتحدة المحادثات مع روسيا', 'علّقت واشنطن المحادثات مع موسكو',
      ['=علّقت ', '-الولايات المتحدة', '+واشنطن', '= المحادثات مع ', '-روسيا', '+موسكو']],
    ['Arabic: added diacritics replace the word, marks stay with their letters', 'قال كيربي إن المحادثات علقت.', 'قالَ كيربي إنّ المحادثات عُلّقت.',
      ['-قال', '+قالَ', '= كيربي ', '-إن', '+إنّ', '= المحادثات ', '-علقت', '+عُلّقت', '=.']],
    ['Arabic: removed diacritics', 'عُلِّقَت المحادثات', 'علقت المحادثات', ['-عُلِّقَت', '+علقت', '= المحادثات']],
    ['Arabic: a comma removed', 'قال كيربي، إن المحادثات', 'قال كيربي إن المحادثات', ['=قال كيربي', '-،', '= إن المحادثات']],
    ['Arabic: words and a comma inserted', 'وقال المتحدث باسم الخارجية الأمريكية جون كيربي', 'وقال المتحدث باسم وزارة الخارجية الأمريكية، جون كيربي',
      ['=وقال المتحدث باسم ', '+وزارة ', '=الخارجية الأمريكية', '+،', '= جون كيربي']],
    ['Arabic: a question mark for a full stop', 'هل علقت المحادثات.', 'هل علقت المحادثات؟', ['=هل علقت المحادثات', '-.', '+؟']],
    ['Arabic-Indic digits with the decimal separator are one number', 'رقم ٣٫٥ مليون', 'رقم ٤٫٥ مليون', ['=رقم ', '-٣٫٥', '+٤٫٥', '= مليون']],
    ['tatweel stays inside its word', 'قال الرئيس', 'قـــال الرئيس', ['-قال', '+قـــال', '= الرئيس']],
  ])('%s', (_name, before, after, expected) => {
    const pieces = wordDiff(before, after);
    expect(compact(pieces)).toEqual(expected);
    // Read one way the pieces give the old text, the other way the new one.
    expect(side(pieces, 'added')).toBe(before);
    expect(side(pieces, 'removed')).toBe(after);
  });

  it('a change in whitespace alone shows no word changes', () => {
    expect(wordDiff('a  b c', 'a b c').every((p) => p.kind === 'same')).toBe(true);
  });

  it('never cuts inside an Arabic word: every piece boundary is at a space or punctuation', () => {
    const before = 'وأعلنت وزارة الخارجية الأمريكية تعليق المحادثات الثنائية مع روسيا حول سوريا';
    const after = 'وأعلنَت وزارةُ الخارجيةِ الأمريكيةُ تعليقَ المحادثاتِ الثنائيةِ مع روسيا بشأن سوريا';
    const pieces = wordDiff(before, after);
    const letter = /[\p{L}\p{M}]/u;
    for (const [k, piece] of pieces.entries()) {
      const next = pieces[k + 1];
      if (!next) continue;
      // Where one piece ends and the next starts, they are never both letters (a word split across pieces).
      const joined = letter.test(piece.text.at(-1) ?? '') && letter.test(next.text[0] ?? '');
      if (joined) expect(piece.kind === 'removed' && next.kind === 'added').toBe(true);
    }
    expect(pieces.filter((p) => p.kind === 'added').map((p) => p.text)).toContain('بشأن');
  });
});
