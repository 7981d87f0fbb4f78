// Numbers written as words, in both languages: what the number check accepts for a digit on the other
// side (ثلاثة ↔ 3, "ten" ↔ 10, الأول ↔ 1 in "1 October"), and the scale words that multiply a number
// (11 مليون ↔ "£11million", "1.5 million" ↔ مليون ونصف). Vague quantities (عشرات "dozens", مئات
// "hundreds", آلاف "thousands") have no value: they neither need nor supply a digit.
import { foldForMatch } from '../../text/normalize/index.js';

const ARABIC_UNITS: readonly (readonly [number, readonly string[]])[] = [
  [0, ['صفر']],
  [1, ['واحد', 'واحدة', 'أول', 'الأول', 'الأولى', 'أولى', 'أحد', 'إحدى']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'ثاني', 'الثاني', 'الثانية', 'ثانية', 'اثنا', 'اثني', 'اثنتا']],
  [3, ['ثلاث', 'ثلاثة', 'الثالث', 'الثالثة', 'ثالث']],
  [4, ['أربع', 'أربعة', 'الرابع', 'الرابعة', 'رابع']],
  [5, ['خمس', 'خمسة', 'الخامس', 'الخامسة', 'خامس']],
  [6, ['ست', 'ستة', 'السادس', 'السادسة', 'سادس']],
  [7, ['سبع', 'سبعة', 'السابع', 'السابعة', 'سابع']],
  [8, ['ثماني', 'ثمانية', 'ثمان', 'الثامن', 'الثامنة', 'ثامن']],
  [9, ['تسع', 'تسعة', 'التاسع', 'التاسعة', 'تاسع']],
  [10, ['عشر', 'عشرة', 'العاشر', 'العاشرة', 'عاشر']],
  [20, ['عشرون', 'عشرين', 'العشرين']],
  [30, ['ثلاثون', 'ثلاثين']], [40, ['أربعون', 'أربعين']], [50, ['خمسون', 'خمسين']], [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']], [80, ['ثمانون', 'ثمانين']], [90, ['تسعون', 'تسعين']],
  [100, ['مئة', 'مائة', 'المئة', 'المائة']], [200, ['مئتان', 'مئتين', 'مائتان', 'مائتين']],
  [1000, ['ألف', 'الألف']], [2000, ['ألفان', 'ألفين']],
  [1e6, ['مليون', 'المليون']], [2e6, ['مليونان', 'مليونين']], [1e9, ['مليار', 'بليون']],
  [0.5, ['نصف']], [0.25, ['ربع']],
  // Decades: ثمانينيات القرن العشرين is "the 1980s".
  [20, ['العشرينيات', 'عشرينيات', 'العشرينات']], [30, ['الثلاثينيات', 'ثلاثينيات', 'الثلاثينات']], [40, ['الأربعينيات', 'أربعينيات', 'الأربعينات']],
  [50, ['الخمسينيات', 'خمسينيات', 'الخمسينات']], [60, ['الستينيات', 'ستينيات', 'الستينات']], [70, ['السبعينيات', 'سبعينيات', 'السبعينات']],
  [80, ['الثمانينيات', 'ثمانينيات', 'الثمانينات']], [90, ['التسعينيات', 'تسعينيات', 'التسعينات']],
];

/** Folded Arabic number word → value. */
export const ARABIC_NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ARABIC_UNITS.flatMap(([value, words]) => words.map((w) => [foldForMatch(w), value] as const)),
);

/** Folded Arabic scale words that multiply the number before them (11 مليون, ٣ آلاف). */
export const ARABIC_SCALES: ReadonlyMap<string, number> = new Map(
  ([[1e3, ['ألف', 'آلاف', 'ألفا']], [1e6, ['مليون', 'ملايين', 'مليونا']], [1e9, ['مليار', 'مليارات', 'بليون']]] as const)
    .flatMap(([value, words]) => words.map((w) => [foldForMatch(w), value] as const)),
);

export const ENGLISH_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['first', 1], ['two', 2], ['second', 2], ['both', 2], ['twice', 2], ['couple', 2], ['pair', 2], ['double', 2],
  ['three', 3], ['third', 3], ['thrice', 3], ['four', 4], ['fourth', 4], ['five', 5], ['fifth', 5], ['six', 6], ['sixth', 6],
  ['seven', 7], ['seventh', 7], ['eight', 8], ['eighth', 8], ['nine', 9], ['ninth', 9], ['ten', 10], ['tenth', 10],
  ['eleven', 11], ['eleventh', 11], ['twelve', 12], ['twelfth', 12], ['dozen', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['twentieth', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
  ['million', 1e6], ['billion', 1e9], ['half', 0.5], ['quarter', 0.25], ['single', 1], ['once', 1],
]);

export const ENGLISH_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['millions', 1e6], ['m', 1e6], ['mn', 1e6], ['billion', 1e9], ['bn', 1e9], ['b', 1e9],
  ['trillion', 1e12], ['tn', 1e12],
]);
