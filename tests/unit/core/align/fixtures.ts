// Parallel Arabic–English sentences for the aligner tests: hand-written news sentences, and a
// generator of longer documents whose sentences carry distinct numbers (in Arabic-Indic digits on the
// Arabic side, so the digit fold is exercised) and varied lengths.
import type { AlignSentence } from '../../../../src/core/align/index';

export const PAIRS: readonly (readonly [string, string])[] = [
  ['قال المتحدث جون كيربي إن الاجتماع سيعقد في عام ٢٠١٦.', 'Spokesman John Kirby said the meeting would be held in 2016.'],
  ['وصلت القوات إلى مدينة حلب صباح يوم الاثنين بعد معارك عنيفة.', 'The forces reached the city of Aleppo on Monday morning after fierce battles.'],
  ['وقالت وزارة الخارجية إن ٣٥ شخصا قتلوا في الهجوم.', 'The State Department said 35 people were killed in the attack.'],
  ['وأضاف أن الحكومة ستنشر تقريرا مفصلا الأسبوع المقبل.', 'He added that the government would publish a detailed report next week.'],
  ['ونقلت وكالة رويترز عن مصادر أن المفاوضات ستستأنف في جنيف.', 'Reuters quoted sources as saying the negotiations would resume in Geneva.'],
  ['هل ستنجح هذه الخطة؟', 'Will this plan succeed?'],
  ['وقال بيتر جونز إن الشركة خسرت ١١ مليون جنيه.', 'Peter Jones said the company lost 11 million pounds.'],
  ['وتوقع الخبراء ارتفاع الأسعار بنسبة ٧٫٥ في المئة خلال العام.', 'Experts expected prices to rise by 7.5 percent during the year.'],
  ['ودعت منظمة الصحة العالمية إلى وقف فوري لإطلاق النار في المنطقة.', 'The World Health Organization called for an immediate ceasefire in the region.'],
  ['وأعلنت شركة غوغل عن هاتف جديد في كاليفورنيا.', 'Google announced a new phone in California.'],
  ['وقد زار الرئيس ترامب المنطقة في ١٩٩٨ للمرة الأولى.', 'President Trump first visited the region in 1998.'],
  ['ولم يتضح بعد موعد الانتخابات المقبلة.', 'The date of the next elections is not yet clear.'],
];

const toArabicDigits = (n: number): string => String(n).replace(/\d/gu, (d) => String.fromCharCode(0x0660 + Number(d)));

/** A generated document of `count` parallel sentences; paragraph k/4 on both sides. */
export function generatedDoc(count: number): { ar: AlignSentence[]; en: AlignSentence[] } {
  const arFill = ['', ' في المدينة القديمة', ' في المدينة القديمة بعد ظهر يوم الأحد', ' وفق الأرقام الرسمية التي نشرتها البلدية أمس'];
  const enFill = ['', ' in the old city', ' in the old city on Sunday afternoon', ' according to official figures published by the municipality yesterday'];
  const ar: AlignSentence[] = [];
  const en: AlignSentence[] = [];
  for (let k = 0; k < count; k++) {
    const n = 1000 + 37 * k;
    const f = (k * 7) % 4;
    ar.push({ text: `قال المسؤول إن عدد الزوار بلغ ${toArabicDigits(n)} شخصا${arFill[f]}.`, paragraph: Math.floor(k / 4) });
    en.push({ text: `The official said the number of visitors reached ${n}${enFill[f]}.`, paragraph: Math.floor(k / 4) });
  }
  return { ar, en };
}

export const sentences = (texts: readonly string[]): AlignSentence[] => texts.map((text) => ({ text }));
