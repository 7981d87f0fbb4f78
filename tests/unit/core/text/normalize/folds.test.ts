import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLDS, FOLD_NAMES, NO_FOLDS, foldForMatch, foldWithMap, type FoldName, type FoldOptions,
} from '../../../../../src/core/text/normalize/index.js';

const only = (name: FoldName): FoldOptions => ({ ...NO_FOLDS, [name]: true });
const allBut = (name: FoldName): FoldOptions => ({ ...DEFAULT_FOLDS, [name]: false });

/** [fold, input, with only this fold on, with every fold on except this one] */
const FOLD_CASES: [FoldName, string, string, string][] = [
  ['alef', 'آ أ إ ٱ ٲ ٳ ا', 'ا ا ا ا ا ا ا', 'آ أ إ ٱ ٲ ٳ ا'],
  ['alef', 'الأمريكية', 'الامريكية', 'الأمريكيه'],
  ['alef', 'إسرائيل', 'اسرائيل', 'إسراءيل'],
  ['alef', 'ؤ ئ ء', 'ؤ ئ ء', 'ء ء ء'],
  ['alef', 'ا\u0653خر ا\u0654حمد', 'اخر احمد', 'اخر احمد'],
  ['taMarbuta', 'مدرسة ة', 'مدرسه ه', 'مدرسة ة'],
  ['alefMaqsura', 'على مستشفى', 'علي مستشفي', 'على مستشفى'],
  ['harakat', 'كَتَبَ كِتَابًا مُهِمًّا', 'كتب كتابا مهما', 'كَتَبَ كِتَابًا مُهِمًّا'],
  ['harakat', '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u065F|', '|', '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u065F|'],
  ['superscriptAlef', 'الرَّحْمَٰنِ هٰذا', 'الرَّحْمَنِ هذا', 'الرحمٰن هٰذا'],
  ['tatweel', 'كـــتـــاب جميـــل', 'كتاب جميل', 'كـــتـــاب جميـــل'],
  ['persianLetters', 'کتاب یک ی ک', 'كتاب يك ي ك', 'کتاب یک ی ک'],
  ['hamzaSeats', 'مسئولة مسؤولة شيء', 'مسءولة مسءولة شيء', 'مسئوله مسؤوله شيء'],
  ['digits', '٢٠١٦ ۲۰۱۶ 2016', '2016 2016 2016', '٢٠١٦ ۲۰۱۶ 2016'],
  ['digits', '٣٫٥ ١٬٠٠٠ ٥٠٪', '3.5 1,000 50%', '٣٫٥ ١٬٠٠٠ ٥٠٪'],
  ['digits', 'قال، ثم', 'قال، ثم', 'قال، ثم'],
  ['caseFold', 'CNN Reuters İstanbul ÉTAT Ελλάδα', 'cnn reuters istanbul état ελλάδα', 'CNN Reuters İstanbul ÉTAT Ελλάδα'],
];

describe('each fold on its own, and each fold switched off', () => {
  it.each(FOLD_CASES)('%s: %s', (name, input, onlyThis, allButThis) => {
    expect(foldForMatch(input, only(name))).toBe(onlyThis);
    expect(foldForMatch(input, allBut(name))).toBe(allButThis);
    expect(foldWithMap(input, only(name)).text).toBe(onlyThis);
    expect(foldWithMap(input, allBut(name)).text).toBe(allButThis);
  });

  it('every fold has a case', () => {
    expect(new Set(FOLD_CASES.map(([name]) => name))).toEqual(new Set(FOLD_NAMES));
  });

  it('no folds is the identity', () => {
    const text = 'الأَمْرِيكِيَّةُ كـتـاب ٢٠١٦ CNN ی ک ٰ';
    expect(foldForMatch(text, NO_FOLDS)).toBe(text);
  });

  it('DEFAULT_FOLDS has every fold on, and is the default', () => {
    for (const name of FOLD_NAMES) expect(DEFAULT_FOLDS[name]).toBe(true);
    const text = 'الأَمْرِيكِيَّةُ ٢٠١٦ CNN';
    expect(foldForMatch(text)).toBe(foldForMatch(text, DEFAULT_FOLDS));
    expect(foldForMatch(text)).toBe('الامريكيه 2016 cnn');
  });

  it('caseFold is optional and off when left out', () => {
    const { caseFold: _caseFold, ...rest } = DEFAULT_FOLDS;
    expect(foldForMatch('CNN أ', rest)).toBe('CNN ا');
  });

  it('the stored text is not changed (strings are values, but the API must not need a copy)', () => {
    const text = 'الأمريكية';
    foldWithMap(text);
    foldForMatch(text);
    expect(text).toBe('الأمريكية');
  });
});

describe('matching', () => {
  const matches = (needle: string, haystack: string, folds: FoldOptions = DEFAULT_FOLDS): boolean =>
    foldForMatch(haystack, folds).includes(foldForMatch(needle, folds));

  it.each([
    ['امريكيه', 'أعلنت الولايات المتحدة الأمريكية تعليق مشاركتها'],
    ['الامريكية', 'الأَمْرِيكِيَّةُ'],
    ['امريكيه', 'الأمـــريـكـيــة'],
    ['٢٠١٦', 'في عام 2016 قالت'],
    ['2016', 'في عام ٢٠١٦ قالت'],
    ['۲۰۱۶', 'في عام ٢٠١٦ قالت'],
    ['3.5', 'بنسبة ٣٫٥ في المئة'],
    ['٣٫٥', 'growth of 3.5 percent'],
    ['مستشفي', 'في مستشفى المدينة'],
    ['كتاب', 'کتاب فارسی'],
    ['reuters', 'نقلت Reuters عن'],
    ['الرحمن', 'بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ'],
    ['الله', 'بِسْمِ ٱللَّهِ'],
  ])('%s is found in %s', (needle, haystack) => {
    expect(matches(needle, haystack)).toBe(true);
  });

  it.each([
    ['امريكيه', 'الأمريكية', 'alef'],
    ['امريكيه', 'الأمريكية', 'taMarbuta'],
    ['2016', 'عام ٢٠١٦', 'digits'],
    ['الامريكية', 'الأَمْرِيكِيَّةُ', 'harakat'],
    ['reuters', 'Reuters', 'caseFold'],
  ] as const)('%s is not found in %s without the %s fold', (needle, haystack, fold) => {
    expect(matches(needle, haystack, allBut(fold))).toBe(false);
  });
});

describe('foldWithMap: offsets back into the original', () => {
  /** Finds the folded needle in the folded haystack and returns the original slice it covers. */
  function findOriginal(haystack: string, needle: string, folds: FoldOptions = DEFAULT_FOLDS): string | undefined {
    const folded = foldWithMap(haystack, folds);
    const start = folded.text.indexOf(foldForMatch(needle, folds));
    if (start < 0) return undefined;
    const range = folded.toOriginalRange(start, start + foldForMatch(needle, folds).length);
    expect(range).toEqual({ start: folded.toOriginal(start), end: folded.toOriginal(start + foldForMatch(needle, folds).length) });
    return haystack.slice(range.start, range.end);
  }

  it.each([
    ['a fully vocalised word takes its last diacritics along', 'قالت الولاياتُ المُتَّحِدَةُ الأَمْرِيكِيَّةُ، أمس', 'امريكيه', 'أَمْرِيكِيَّةُ'],
    ['the whole visible word, with the article', 'قالت الولاياتُ المُتَّحِدَةُ الأَمْرِيكِيَّةُ، أمس', 'الامريكية', 'الأَمْرِيكِيَّةُ'],
    ['tatweel inside and after the word', 'في الأمـــريـكـيــةـــ وغيرها', 'الامريكيه', 'الأمـــريـكـيــةـــ'],
    ['tatweel and harakat together', 'كَـــتَـــابٌ جَمِيـــلٌ', 'كتاب', 'كَـــتَـــابٌ'],
    ['a match inside a word stops before the next letter', 'الأَمْرِيكِيَّةُ', 'مري', 'مْرِي'],
    ['a match never starts on a removed mark', 'بِسْمِ', 'سم', 'سْمِ'],
    ['Quranic text with wasla and superscript alef', 'بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ', 'الرحمن', 'ٱلرَّحْمَٰنِ'],
    ['digits', 'سنة ٢٠١٦م', '2016', '٢٠١٦'],
    ['a decimal', 'نسبة ٣٫٥٪ فقط', '3.5%', '٣٫٥٪'],
    ['after an emoji (surrogate pair)', '😀 الأمريكية 😀', 'امريكيه', 'أمريكية'],
    ['an emoji itself', 'قال 👍🏽 ثم', '👍🏽', '👍🏽'],
    ['case-folded Latin', 'نقلت REUTERS عن', 'reuters', 'REUTERS'],
    ['at the very end of the text', 'الأمريكيةُ', 'امريكيه', 'أمريكيةُ'],
    ['at the very start of the text', 'أَمْرِيكا', 'امريكا', 'أَمْرِيكا'],
  ])('%s', (_label, haystack, needle, expected) => {
    expect(findOriginal(haystack, needle)).toBe(expected);
  });

  it('maps every folded unit to the original unit it came from', () => {
    const text = 'الأَمْرِيكِيَّةُ كـــتـــاب ٢٠١٦ 😀 CNN ی';
    const folded = foldWithMap(text);
    expect(folded.toOriginal(0)).toBe(0);
    expect(folded.toOriginal(folded.text.length)).toBe(text.length);
    for (let j = 0; j < folded.text.length; j++) {
      const i = folded.toOriginal(j);
      expect(foldForMatch(text[i]!, DEFAULT_FOLDS)).toBe(folded.text[j]);
      if (j > 0) expect(i).toBeGreaterThan(folded.toOriginal(j - 1));
    }
  });

  it('clamps indices outside the folded text', () => {
    const folded = foldWithMap('أَب');
    expect(folded.toOriginal(-5)).toBe(0);
    expect(folded.toOriginal(99)).toBe(3);
  });

  it('toFolded goes the other way, to the next kept unit', () => {
    const text = 'كَتَبَ';
    const folded = foldWithMap(text);
    expect(folded.text).toBe('كتب');
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => folded.toFolded(i))).toEqual([0, 1, 1, 2, 2, 3, 3]);
    for (let j = 0; j <= folded.text.length; j++) expect(folded.toFolded(folded.toOriginal(j))).toBe(j);
  });

  it('unchanged text maps to itself', () => {
    const folded = foldWithMap('plain text', NO_FOLDS);
    expect(folded.text).toBe('plain text');
    for (let j = 0; j <= 10; j++) expect(folded.toOriginal(j)).toBe(j);
  });

  it('empty text', () => {
    const folded = foldWithMap('');
    expect(folded.text).toBe('');
    expect(folded.toOriginal(0)).toBe(0);
    expect(foldForMatch('')).toBe('');
  });
});

describe('foldForMatch and foldWithMap agree', () => {
  // Random strings over an alphabet with every folded character and some that are not.
  const alphabet = [...'اآأإٱٲٳءؤئةهىيیکك٠٩۰۹٫٬٪،ـAZaz09 .İÉ😀', '\u064B', '\u0651', '\u0653', '\u0654', '\u0655', '\u065F', '\u0670', '\uD800'];
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const samples = Array.from({ length: 200 }, () => Array.from({ length: 1 + Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join(''));
  const optionSets: FoldOptions[] = [DEFAULT_FOLDS, NO_FOLDS, ...FOLD_NAMES.map(only), ...FOLD_NAMES.map(allBut)];

  it('on random strings, for every single fold and every fold-but-one', () => {
    for (const folds of optionSets) {
      for (const text of samples) {
        const folded = foldWithMap(text, folds);
        expect(folded.text).toBe(foldForMatch(text, folds));
        expect(folded.text.length).toBeLessThanOrEqual(text.length);
        expect(folded.toOriginal(folded.text.length)).toBe(text.length);
      }
    }
  });

  it('a lone surrogate passes through unchanged', () => {
    expect(foldForMatch('a\uD800b')).toBe('a\uD800b');
  });

  it('long text (over one output chunk)', () => {
    const text = 'الأَمْرِيكِيَّةُ '.repeat(2000);
    expect(foldForMatch(text)).toBe('الامريكيه '.repeat(2000));
    expect(foldWithMap(text).text).toBe('الامريكيه '.repeat(2000));
  });
});
