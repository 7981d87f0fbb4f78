import { afterEach, describe, expect, it } from 'vitest';
import { misspelledWords } from '../../../src/core/spelling/misspelled-words';
import { projectSpellCheck } from '../../../src/services/spelling-service';
import { openSampleApi, type SampleApi } from '../helpers/sample-api';

let sample: SampleApi | null = null;
afterEach(() => {
  sample?.close();
  sample = null;
});

describe('the project dictionary', () => {
  it('learns the English names of the registry, and adds and removes words in the project', async () => {
    sample = await openSampleApi();
    const words = await sample.api.call('spelling.words', {});
    expect(words.added).toEqual([]);
    expect(words.learned).toEqual(expect.arrayContaining(['Kirby', 'Toner', 'SyriaNews']));

    expect((await sample.api.call('spelling.addWord', { word: ' Kremlinn ' })).added).toEqual(['Kremlinn']);
    expect((await sample.api.call('spelling.addWord', { word: 'Aleppan' })).added).toEqual(['Aleppan', 'Kremlinn']);
    expect((await sample.api.call('spelling.addWord', { word: 'Kremlinn' })).added).toEqual(['Aleppan', 'Kremlinn']);
    expect((await sample.api.call('spelling.removeWord', { word: 'Aleppan' })).added).toEqual(['Kremlinn']);
  });

  it('learns the glossary English too, but not its forbidden variants', async () => {
    sample = await openSampleApi();
    await sample.api.call('glossary.add', {
      sources: [{ text: 'الكرملين', status: 'preferred' }],
      targets: [{ text: 'Kremlin', status: 'preferred' }, { text: 'Kremlyn', status: 'forbidden' }],
      partOfSpeech: '', domain: '', note: '',
    });
    const { learned } = await sample.api.call('spelling.words', {});
    expect(learned).toContain('Kremlin');
    expect(learned).not.toContain('Kremlyn');
  });

  it('refuses what is not one word', async () => {
    sample = await openSampleApi();
    await expect(sample.api.call('spelling.addWord', { word: 'two words' })).rejects.toThrow(/not one word/);
    await expect(sample.api.call('spelling.addWord', { word: 'x1' })).rejects.toThrow(/not one word/);
  });

  it('builds the spell-check QA uses in Node: the shipped dictionary plus the project words', async () => {
    sample = await openSampleApi();
    const db = sample.deps.session.require();
    const before = projectSpellCheck(db);
    expect(misspelledWords('The goverment of Kremlinn said Kirby', before).map((m) => m.word)).toEqual(['goverment', 'Kremlinn']);
    await sample.api.call('spelling.addWord', { word: 'Kremlinn' });
    expect(misspelledWords('The goverment of Kremlinn said Kirby', projectSpellCheck(db)).map((m) => m.word)).toEqual(['goverment']);
  });
});
