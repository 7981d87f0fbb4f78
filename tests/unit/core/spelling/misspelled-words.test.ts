import { describe, expect, it } from 'vitest';
import { checkableWords, misspelledWords } from '../../../../src/core/spelling/misspelled-words';
import { withProjectWords, wordsOfNames } from '../../../../src/core/spelling/project-words';

const KNOWN = new Set(['the', 'minister', 'said', 'in', "don't", 'visit', 'al', 'Assad']);
const dictionary = (word: string) => KNOWN.has(word) || KNOWN.has(word.toLowerCase());

describe('misspelledWords', () => {
  it('reports unknown words with offsets into the text', () => {
    const text = 'The minster said';
    expect(misspelledWords(text, dictionary)).toEqual([{ start: 4, end: 11, word: 'minster' }]);
  });

  it('skips Arabic, numbers, words with digits, acronyms, single letters, URLs and e-mail addresses', () => {
    const text = 'The وزير said in 2016 COVID-19 3rd UN OPEC a https://example.org/xyzzy qwrt@example.com www.foo.bar/baz';
    expect(misspelledWords(text, dictionary)).toEqual([]);
  });

  it('checks hyphenated words part by part and reads a curly apostrophe as straight', () => {
    expect(misspelledWords('al-Assad don’t vissit', dictionary).map((m) => m.word)).toEqual(['vissit']);
    const words = checkableWords('don’t');
    expect(words).toEqual([{ start: 0, end: 5, word: "don't" }]);
  });
});

describe('project words', () => {
  it('learns the words of names and accepts them on top of the dictionary, lower-case too', () => {
    expect(wordsOfNames(['Bashar al-Assad', 'John Kirby', 'وزارة الخارجية'])).toEqual(['Assad', 'Bashar', 'John', 'Kirby', 'al']);
    const isCorrect = withProjectWords(dictionary, { added: ['blog'], learned: ['Kirby'] });
    expect(isCorrect('Kirby')).toBe(true);
    expect(isCorrect('Blog')).toBe(true);
    expect(isCorrect('Kerby')).toBe(false);
    expect(isCorrect('minister')).toBe(true);
  });
});
