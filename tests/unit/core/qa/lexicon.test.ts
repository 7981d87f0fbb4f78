import { describe, expect, it } from 'vitest';
import { ARABIC_CUES, ENGLISH_CUES } from '../../../../src/core/qa/lexicon/reporting.js';
import { arabicWords, englishWords, findArabic, findPhrases } from '../../../../src/core/qa/text.js';

const arabicClass = (word: string) => findArabic(arabicWords(word), ARABIC_CUES, { enclitics: true })[0]?.value;
const englishClass = (text: string) => findPhrases(englishWords(text), ENGLISH_CUES).map((h) => h.value);

describe('reporting-cue lexicon', () => {
  it.each([
    ['قال', 'say'], ['قالت', 'say'], ['وقال', 'say'], ['فقالت', 'say'], ['يقول', 'say'], ['تقول', 'say'], ['قالوا', 'say'], ['قائلاً', 'say'],
    ['أكد', 'assert'], ['وأكد', 'assert'], ['وأكدت', 'assert'], ['يؤكد', 'assert'], ['مؤكداً', 'assert'],
    ['نفى', 'deny'], ['نفت', 'deny'], ['ونفى', 'deny'], ['ينفي', 'deny'], ['نافياً', 'deny'],
    ['زعم', 'claim-allege'], ['وزعمت', 'claim-allege'], ['يزعم', 'claim-allege'], ['ادعى', 'claim-allege'], ['وادّعت', 'claim-allege'],
    ['حذر', 'warn'], ['وحذّرت', 'warn'], ['يحذر', 'warn'], ['دعا', 'call-for'], ['ودعت', 'call-for'], ['يدعو', 'call-for'], ['طالب', 'call-for'],
    ['أعلن', 'announce'], ['وأعلنت', 'announce'], ['اتهم', 'accuse'], ['اتهمه', 'accuse'], ['واتهمت', 'accuse'],
    ['أضاف', 'add'], ['وأضافت', 'add'], ['أوضح', 'explain'], ['وأوضحت', 'explain'],
  ])('%s is %s', (word, cls) => {
    expect(arabicClass(word)).toBe(cls);
  });

  it.each([
    ['الاتهامات'], ['الادعاء'], ['للمدّعِية'], ['طالبة'], ['يدعون'], ['تصريحات'], ['الوزير'],
  ])('%s is no cue (a noun, or two words at once)', (word) => {
    expect(arabicClass(word)).toBeUndefined();
  });

  it('reads English cues, phrases first', () => {
    expect(englishClass('He called for a ceasefire and said so; she denied it, warned them and claimed more')).toEqual(['call-for', 'say', 'deny', 'warn', 'claim-allege']);
    expect(englishClass('asylum claims, his demands and the warnings')).toEqual([]);
  });
});
