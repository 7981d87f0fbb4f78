import { describe, expect, it } from 'vitest';
import { sameWord, splitProclitics, wordStems, wordTokens } from '../../../../src/core/text/word-tokens.js';

describe('splitProclitics', () => {
  it.each([
    ['والحكومه', ['و', 'ال'], 'حكومه'],
    ['بالحكومه', ['ب', 'ال'], 'حكومه'],
    ['وبالحكومه', ['و', 'ب', 'ال'], 'حكومه'],
    ['للحكومه', ['ل', 'ال'], 'حكومه'],
    ['وللحكومه', ['و', 'ل', 'ال'], 'حكومه'],
    ['الحكومه', ['ال'], 'حكومه'],
    ['فقال', ['ف'], 'قال'],
    ['بلد', [], 'بلد'],
    ['ول', [], 'ول'],
    ['الي', [], 'الي'],
  ])('%s → %j + %s', (word, clitics, stem) => {
    expect(splitProclitics(word)).toMatchObject({ clitics, stem });
  });

  it('lists every reading from the whole word to the stem', () => {
    expect(splitProclitics('وللحكومه').readings).toEqual(['وللحكومه', 'للحكومه', 'لحكومه', 'حكومه']);
  });
});

describe('wordTokens', () => {
  it('folds and keeps offsets into the original text', () => {
    const text = 'قالَ وزيرُ الخارجيّة، إنّ ٢٠١٦ كان';
    const tokens = wordTokens(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['قالَ', 'وزيرُ', 'الخارجيّة', 'إنّ', '٢٠١٦', 'كان']);
    expect(tokens[2]).toMatchObject({ stem: 'خارجيه', clitics: ['ال'], arabic: true });
    expect(tokens[4]).toMatchObject({ folded: '2016', numeric: true, arabic: false });
  });

  it('keeps numbers with their separators and Latin words with inner apostrophes and hyphens', () => {
    expect(wordTokens("al-Assad didn't pay 1,000.5 or ١٬٠٠٠٫٥").map((t) => t.folded)).toEqual([
      'al-assad', "didn't", 'pay', '1,000.5', 'or', '1,000.5',
    ]);
  });

  it('gives the same stems to spelling variants and attached particles', () => {
    expect(wordStems('والحكومة')).toEqual(wordStems('الحكومه'));
    expect(wordStems('وأكد')).toEqual(wordStems('اكد'));
  });
});

describe('sameWord', () => {
  const word = (w: string) => wordTokens(w)[0]!;
  it.each([
    ['والحكومة', 'حكومة', true],
    ['الوزير', 'وزير', true],
    ['الكتاب', 'كتاب', true],
    ['2016', '٢٠١٦', true],
    ['Said', 'said', true],
    ['الحكومة', 'الوزير', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameWord(word(a), word(b))).toBe(same);
  });
});
