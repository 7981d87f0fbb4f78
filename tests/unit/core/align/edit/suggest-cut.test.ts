import { describe, expect, it } from 'vitest';
import { initialCuts, suggestCut, targetBoundaries, wordStarts } from '../../../../../src/core/align/edit/suggest-cut.js';

/** Where the suggestion cuts the Arabic, shown as "first ‖ second" so a failure reads at a glance. */
function shown(source: string, target: string, options: { target?: number } = {}): { text: string; sure: boolean; english: string } | null {
  const s = suggestCut(source, target, options);
  if (!s) return null;
  return { text: `${source.slice(0, s.source).trimEnd()} ‖ ${source.slice(s.source)}`, sure: s.sure, english: target.slice(s.target) };
}

describe('suggestCut', () => {
  it.each([
    {
      name: 'a comma before و where the English has a full stop: cut there, sure',
      ar: 'قال الرئيس إن الاقتصاد نما بنسبة 3 في المائة هذا العام، وأضاف أن البطالة انخفضت إلى 5 في المائة.',
      en: 'The president said the economy grew 3 percent this year. He added that unemployment fell to 5 percent.',
      cut: 'قال الرئيس إن الاقتصاد نما بنسبة 3 في المائة هذا العام، ‖ وأضاف أن البطالة انخفضت إلى 5 في المائة.',
      sure: true,
    },
    {
      name: 'numbers on each side agree with the comma cut',
      ar: 'ارتفع عدد القتلى إلى 832 شخصًا وفق الهيئة، وقالت الشرطة إن 20 شخصًا ما زالوا مفقودين تحت الأنقاض',
      en: 'The death toll rose to 832, the agency said. Police said 20 people were still missing under the rubble.',
      cut: 'ارتفع عدد القتلى إلى 832 شخصًا وفق الهيئة، ‖ وقالت الشرطة إن 20 شخصًا ما زالوا مفقودين تحت الأنقاض',
      sure: true,
    },
    {
      name: 'no punctuation at all: the length ratio and the names find the cut, but it is only a suggestion',
      ar: 'التقى ترامب بماكرون في باريس يوم الجمعة ناقش الزعيمان الملف الإيراني وقضايا التجارة مع الصين وأوروبا',
      en: 'Trump met Macron in Paris on Friday. The two leaders discussed Iran and trade with China and Europe.',
      cut: 'التقى ترامب بماكرون في باريس يوم الجمعة ‖ ناقش الزعيمان الملف الإيراني وقضايا التجارة مع الصين وأوروبا',
      sure: false,
    },
    {
      name: 'an English quotation closing at the boundary: the Arabic quotation closes there too',
      ar: 'كان حازمًا، عازمًا، جليًّا" يبدو أن تصويت غراهام غير قابل للتغير.',
      en: 'He was firm, determined, clear." Graham\'s vote appears set in stone.',
      cut: 'كان حازمًا، عازمًا، جليًّا" ‖ يبدو أن تصويت غراهام غير قابل للتغير.',
      sure: false,
    },
    {
      name: 'a number of the first English sentence after the comma: the comma is not sure',
      ar: 'قال الرئيس إن الاقتصاد نما هذا العام، وأضاف أن النمو بلغ 3 في المائة وأن البطالة انخفضت',
      en: 'The president said the economy grew 3 percent this year. He added that unemployment fell.',
      cut: null,
      sure: false,
    },
  ])('$name', ({ ar, en, cut, sure }) => {
    const got = shown(ar, en);
    expect(got).not.toBeNull();
    if (cut !== null) expect(got!.text).toBe(cut);
    expect(got!.sure).toBe(sure);
  });

  it.each([
    ['one English sentence', 'قال ريان إن الحزب يواجه أزمة حقيقية وإن الحل قريب', 'Ryan said the party faces a real crisis and a fix is near.'],
    ['no English', 'قال ريان إن الحزب يواجه أزمة حقيقية', ''],
    ['an Arabic too short to cut', 'نعم', 'Yes. No.'],
  ])('no suggestion: %s', (_name, ar, en) => {
    expect(suggestCut(ar, en)).toBeNull();
  });

  it('keeps the English cut the user chose and finds the Arabic one for it', () => {
    const ar = 'وصل الوفد إلى القاهرة، وقال المتحدث إن الزيارة ناجحة، وأضاف أن الاتفاق سيوقع غدًا';
    const en = 'The delegation arrived in Cairo. The spokesman said the visit was a success. He added the deal would be signed tomorrow.';
    const second = en.indexOf('He added');
    const got = suggestCut(ar, en, { target: second });
    expect(got?.target).toBe(second);
    expect(ar.slice(got!.source)).toBe('وأضاف أن الاتفاق سيوقع غدًا');
  });

  it('lists word starts and English sentence starts', () => {
    expect(wordStarts('قال  ريان، وأضاف')).toEqual([5, 11]);
    expect(targetBoundaries('One. Two. Three')).toEqual([5, 10]);
  });
});

describe('initialCuts (where Split Both Sides opens)', () => {
  it.each([
    // Arabic, English, Arabic second part, English second part, suggested
    ['التقى ترامب بماكرون في باريس يوم الجمعة ناقش الزعيمان الملف الإيراني', 'Trump met Macron in Paris on Friday. The two leaders discussed Iran.', 'ناقش الزعيمان الملف الإيراني', 'The two leaders discussed Iran.', true],
    ['قال الوزير إن المحادثات مستمرة. وأضاف أن الاتفاق قريب.', 'The minister said the talks go on and a deal is near.', 'وأضاف أن الاتفاق قريب.', '', false],
    ['قال الوزير إن المحادثات مستمرة وإن الاتفاق قريب', '', 'مستمرة وإن الاتفاق قريب', '', false],
  ])('%s', (ar, en, arSecond, enSecond, suggested) => {
    const cuts = initialCuts(ar, en)!;
    expect(ar.slice(cuts.source)).toBe(arSecond);
    expect(en.slice(cuts.target)).toBe(enSecond);
    expect(cuts.suggested).toBe(suggested);
  });

  it('a one-word Arabic has no cut', () => {
    expect(initialCuts('نعم', 'Yes.')).toBeNull();
  });
});
