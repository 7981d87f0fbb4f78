// Negators in both languages, split by how much they can be trusted.
//
// Strong negators nearly always negate the clause they sit in: Arabic لم لن ليس لا عدم بدون بلا, English
// not n't never no nobody nothing none neither nor without. Weak ones negate only sometimes, or negate in
// a way the other language often renders without a negator: غير is "other" or "non-" or "but" (غير أن),
// ما is "what" as often as "not", دون is "below" as well as "without", رفض نفى فشل carry the negation in
// the verb ("refused", "denied"); English un-/-less words, "failed to", "no longer", "not only". The
// polarity check demands a strong negator on one side and no negator at all, strong or weak, on the other.
import { foldForMatch } from '../../text/normalize/index.js';

const f = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => foldForMatch(w)));

export const ARABIC_STRONG_NEGATORS = f([
  'لم', 'لن', 'ليس', 'ليست', 'لست', 'ليسوا', 'ليسا', 'لسنا', 'لستم', 'لا', 'عدم', 'بدون', 'بلا', 'كلا', 'ولا', 'ولم', 'ولن', 'فلا', 'فلم', 'فلن', 'ألا', 'لئلا',
]);

export const ARABIC_WEAK_NEGATORS = f([
  'غير', 'ما', 'دون', 'رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض', 'نفى', 'نفت', 'ينفي', 'تنفي', 'فشل', 'فشلت', 'يفشل', 'انعدام', 'إلا', 'قلما',
  'نادرا', 'امتنع', 'امتنعت', 'يمتنع', 'منع', 'منعت', 'يمنع', 'توقف', 'توقفت', 'أنكر', 'أبدا', 'مطلقا', 'إطلاقا', 'لولا', 'خال', 'خالية',
  'بغير', 'سوى', 'عجز', 'تعذر', 'يتعذر', 'لاغ', 'مستحيل', 'استحالة', 'غياب', 'حظر', 'ممنوع', 'محظور', 'كذب', 'كذبة', 'زائف', 'زائفا',
]);

/**
 * Arabic لا that is not a negation of the clause: لا سيما "especially", لا بد "must", لا يزال / ما زال
 * "still", لا شك "no doubt" (certainly), and the privative لا of an adjective (لا متناهية "infinite", لا
 * محدود "unlimited"), which English renders with no negator.
 */
export const ARABIC_NON_NEGATING_AFTER_LA = f([
  'سيما', 'سيّما', 'بد', 'يزال', 'تزال', 'يزالون', 'تزالون', 'زال', 'زالت', 'زالوا', 'شك', 'ريب', 'متناهي', 'متناهية', 'محدود', 'محدودة',
  'نهائي', 'نهائية', 'مثيل', 'مفر',
]);

export const ENGLISH_STRONG_NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'nowhere', 'cannot', 'no-one',
]);

/** English words that negate or carry a negative (weak support for an Arabic negator). */
export const ENGLISH_WEAK_NEGATORS: ReadonlySet<string> = new Set([
  'fail', 'fails', 'failed', 'failing', 'failure', 'refuse', 'refuses', 'refused', 'refusing', 'deny', 'denies', 'denied', 'denying',
  'reject', 'rejects', 'rejected', 'lack', 'lacks', 'lacked', 'lacking', 'absent', 'absence', 'unable', 'instead', 'rather', 'hardly',
  'barely', 'rarely', 'seldom', 'little', 'prevent', 'prevented', 'avoid', 'avoided', 'ban', 'banned', 'stop', 'stopped',
  'false', 'lie', 'except', 'unless', 'impossible', 'inability', 'incapable', 'ignore', 'ignored', 'longer',
  'dismissed', 'abstained', 'ceased', 'halted',
]);

/** Words that begin with un- but are not negations. */
const UN_WORDS = new Set([
  'under', 'understand', 'understood', 'understanding', 'undergo', 'underway', 'underground', 'undertake', 'undertaken', 'until', 'unit',
  'unite', 'united', 'units', 'union', 'unions', 'unity', 'universal', 'universe', 'university', 'universities', 'uniform', 'unique',
  'unanimous', 'unanimously', 'underline', 'underlined', 'underlying', 'undermine', 'undermined', 'underneath', 'unicorn', 'unilateral',
  'unilaterally', 'unless', 'unveil', 'unveiled', 'unleash', 'unleashed', 'unfold', 'unfolded', 'unfolding', 'unrest', 'unesco', 'unicef', 'uncle',
]);

/** A word whose prefix or suffix negates (unlikely, non-binding, powerless): weak support only. */
export function isAffixNegative(word: string): boolean {
  const w = word.toLowerCase();
  if (w.startsWith('non-') || w.startsWith('anti-')) return true;
  if (w.length >= 6 && w.startsWith('un') && !UN_WORDS.has(w) && !w.startsWith('under')) return true;
  if (w.length >= 7 && /less(ly|ness)?$/u.test(w) && !['unless', 'nevertheless', 'regardless', 'nonetheless', 'bless'].includes(w)) return true;
  return /^(im|in|ir|il|dis)(possib|capab|correct|accura|valid|effective|sufficien|adequa|appropriat|legal|legitima|responsib|rational|regular|relevan|honest|agree|approv|allow|like|trust|credit|continu|satisf|obey|qualif|abilit|able)/u.test(w);
}
