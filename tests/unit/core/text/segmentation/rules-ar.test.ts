import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../../../src/core/text/segmentation/default-rules.js';
import { rulesExercised, sentences, type SentenceCase } from './helpers.js';

// Grouped by the default Arabic rule each case exercises, in rule order.
const cases: SentenceCase[] = [
  // No sentence starts with punctuation
  ['a question and an exclamation mark spaced apart stay together', 'هل عاد ؟ ! لا أعرف.', ['هل عاد ؟ !', 'لا أعرف.']],
  ['a spaced ellipsis ". . ." before Arabic does not split', 'انتظر . . . ثم جاء. وانتهى.', ['انتظر . . . ثم جاء.', 'وانتهى.']],
  ['an Arabic comma after a stop and a space does not start a sentence', 'قال «لن نتراجع.» ، ثم غادر.', ['قال «لن نتراجع.» ، ثم غادر.']],

  // List numbers
  ['a list number opens a paragraph', '1. المقدمة والأهداف\n2. النتائج', ['1. المقدمة والأهداف', '2. النتائج']],
  ['an Arabic-Indic list number', '٣. البند الثالث من الاتفاق', ['٣. البند الثالث من الاتفاق']],
  ['a number ending a sentence mid-paragraph still splits', 'حصل على 5. ثم غادر.', ['حصل على 5.', 'ثم غادر.']],

  // Era and time after a number
  ['م. after a year ends the sentence', 'ولد عام 1950 م. وتوفي عام 2010 م.', ['ولد عام 1950 م.', 'وتوفي عام 2010 م.']],
  ['هـ. after a Hijri year', 'حدث ذلك سنة 1440 هـ. ثم تغير كل شيء.', ['حدث ذلك سنة 1440 هـ.', 'ثم تغير كل شيء.']],
  ['ق.م. after a year', 'بني المعبد عام 300 ق.م. وفي العصر الروماني توسع.', ['بني المعبد عام 300 ق.م.', 'وفي العصر الروماني توسع.']],
  ['م. attached to Arabic-Indic digits', 'تأسست عام ٢٠١٨م. وقال المدير إنها نجحت.', ['تأسست عام ٢٠١٨م.', 'وقال المدير إنها نجحت.']],
  ['ص. / م. as the time of day', 'وصل الساعة 9 ص. وغادر الساعة 5 م. انتهى اليوم.', ['وصل الساعة 9 ص.', 'وغادر الساعة 5 م.', 'انتهى اليوم.']],

  // Single-letter abbreviations and initials
  ['د. (Dr.) does not split', 'قال د. محمد إن الوضع صعب. ثم غادر.', ['قال د. محمد إن الوضع صعب.', 'ثم غادر.']],
  ['أ. د. (Prof. Dr.) does not split', 'تحدث أ. د. علي حسن عن البحث.', ['تحدث أ. د. علي حسن عن البحث.']],
  ['م. (Eng.) before a name does not split', 'أشرف م. أحمد على المشروع.', ['أشرف م. أحمد على المشروع.']],
  ['an abbreviation after the conjunction و', 'حضر د. أحمد ود. سمير الاجتماع.', ['حضر د. أحمد ود. سمير الاجتماع.']],
  ['an abbreviation with a vowel mark', 'قال دُ. محمد كلمته.', ['قال دُ. محمد كلمته.']],
  ['ص. (page) in a reference', 'انظر ص. 12 من التقرير.', ['انظر ص. 12 من التقرير.']],

  // Latin letters spelt out in Arabic
  ['جورج دبليو. بوش', 'قال جورج دبليو. بوش إن الحرب انتهت.', ['قال جورج دبليو. بوش إن الحرب انتهت.']],
  ['جون إف. كينيدي', 'اغتيل جون إف. كينيدي عام 1963.', ['اغتيل جون إف. كينيدي عام 1963.']],
  ['في (also the word "in") is not an initial: "أي تي في." ends a sentence', 'وقع عقدًا مع أي تي في. وقد رحب الجميع.', ['وقع عقدًا مع أي تي في.', 'وقد رحب الجميع.']],

  // Latin titles and initials inside Arabic
  ['Dr. inside Arabic text', 'التقى Dr. Smith بالوزير أمس.', ['التقى Dr. Smith بالوزير أمس.']],
  ['a Latin initial inside Arabic text', 'قال المتحدث J. Kirby إن القرار صعب.', ['قال المتحدث J. Kirby إن القرار صعب.']],

  // Quoted English continuing in lowercase
  ['an English ellipsis followed by lowercase', 'كتب على لافتة "Wait... and see". ثم غادر.', ['كتب على لافتة "Wait... and see".', 'ثم غادر.']],

  // Ellipsis before Arabic words
  ['three dots with spaces before an Arabic word', 'إنهم صغار وفضوليون جدًا ... إنهم لا يهدفون إلى إيذائك.', ['إنهم صغار وفضوليون جدًا ... إنهم لا يهدفون إلى إيذائك.']],
  ['two dots, the Arabic news pause', 'بشأن الملف السوري.. والأخيرة تأسف', ['بشأن الملف السوري.. والأخيرة تأسف']],
  ['the ellipsis character', 'فكر قليلًا… ثم قرر الرحيل.', ['فكر قليلًا… ثم قرر الرحيل.']],
  ['an ellipsis with an RLM before the next word', 'فكر قليلًا…\u200F ثم قرر.', ['فكر قليلًا…\u200F ثم قرر.']],
  ['an ellipsis before a quote splits', 'انتظر طويلًا... "لا أحد يأتي".', ['انتظر طويلًا...', '"لا أحد يأتي".']],
  ['an ellipsis before a number splits', 'ثم صمت... 20 عامًا مرت.', ['ثم صمت...', '20 عامًا مرت.']],
  ['an ellipsis ending the paragraph', 'وانتظر...\nثم عاد.', ['وانتظر...', 'ثم عاد.']],

  // The general break rule
  ['sentences at . ؟ ! and the Latin ?', 'ذهب إلى السوق. هل عاد؟ نعم! لماذا? لا أعرف', ['ذهب إلى السوق.', 'هل عاد؟', 'نعم!', 'لماذا?', 'لا أعرف']],
  ['، and ؛ never split', 'قال الوزير، يوم الاثنين، إن المحادثات توقفت؛ وأضاف أنها ستستأنف.', ['قال الوزير، يوم الاثنين، إن المحادثات توقفت؛ وأضاف أنها ستستأنف.']],
  ['"؟." ends one sentence', 'لماذا؟. أخبرتني السيدة.', ['لماذا؟.', 'أخبرتني السيدة.']],
  ['full diacritics', 'ذَهَبَ الوَلَدُ إلى المَدْرَسَةِ. ثُمَّ عَادَ إلى البَيْتِ.', ['ذَهَبَ الوَلَدُ إلى المَدْرَسَةِ.', 'ثُمَّ عَادَ إلى البَيْتِ.']],
  ['tatweel', 'قـــال الوزيـــر. انتهـــى الاجتمـــاع.', ['قـــال الوزيـــر.', 'انتهـــى الاجتمـــاع.']],
  [
    'mixed Arabic-Indic, Persian and Latin digits and decimals',
    'بلغ النمو ٣٫٥ بالمئة و3.5 في المئة و۴٫۲. وارتفع إلى ٤.٢.',
    ['بلغ النمو ٣٫٥ بالمئة و3.5 في المئة و۴٫۲.', 'وارتفع إلى ٤.٢.'],
  ],
  ['a sentence starting with a digit', 'انتهى الاجتماع. 18 ولاية تعارض القرار.', ['انتهى الاجتماع.', '18 ولاية تعارض القرار.']],
  ['guillemets stay with their sentence', 'قال «لن نتراجع.» ثم غادر.', ['قال «لن نتراجع.»', 'ثم غادر.']],
  ['curly quotes stay with their sentence', 'قال “لن نتراجع.” ثم غادر.', ['قال “لن نتراجع.”', 'ثم غادر.']],
  ['reversed curly quotes, as Arabic text often has them', 'قال ”لن نتراجع.“ ثم غادر.', ['قال ”لن نتراجع.“', 'ثم غادر.']],
  ['straight double quotes', 'قال "لن نتراجع." ثم غادر.', ['قال "لن نتراجع."', 'ثم غادر.']],
  ["straight single quotes", "قال 'لن نتراجع.' ثم غادر.", ["قال 'لن نتراجع.'", 'ثم غادر.']],
  ['a question inside quotes before another quote', 'سأل: "لماذا؟" "لا أعرف".', ['سأل: "لماذا؟"', '"لا أعرف".']],
  ['a stop outside the closing quote', 'وصفه بأنه "خطير". ثم غادر.', ['وصفه بأنه "خطير".', 'ثم غادر.']],
  ['nested brackets stay with their sentence', 'قال (وهو يبتسم (كعادته).) ثم غادر.', ['قال (وهو يبتسم (كعادته).)', 'ثم غادر.']],
  ['an RLM after the stop does not prevent the split', 'انتهى الاجتماع.\u200F وقال الوزير.', ['انتهى الاجتماع.\u200F', 'وقال الوزير.']],
  ['an ALM after the stop', 'انتهى الاجتماع.\u061C وقال الوزير.', ['انتهى الاجتماع.\u061C', 'وقال الوزير.']],
  ['an RLM after the closing quote', 'قال «لن نتراجع.»\u200F ثم غادر.', ['قال «لن نتراجع.»\u200F', 'ثم غادر.']],
  ['an isolate closed after the stop', 'قال \u2067لن نتراجع.\u2069 ثم غادر.', ['قال \u2067لن نتراجع.\u2069', 'ثم غادر.']],
  ['an RLM before the next sentence', 'انتهى الاجتماع. \u200Fوقال الوزير.', ['انتهى الاجتماع.', '\u200Fوقال الوزير.']],
  ['a stop without a space after it does not split (URL)', 'زوروا الموقع example.com للمزيد.', ['زوروا الموقع example.com للمزيد.']],
  ['a headline on its own line is its own segment', 'ترامب يلتقي كيم\nالتقى الرئيس الأمريكي بنظيره. ثم غادر.', ['ترامب يلتقي كيم', 'التقى الرئيس الأمريكي بنظيره.', 'ثم غادر.']],
  ['an English sentence inside Arabic text', 'كتب: "It is over." ثم غادر.', ['كتب: "It is over."', 'ثم غادر.']],

  // A missing space between two Arabic sentences
  ['a stop squeezed between Arabic words splits', 'انتهى الاجتماع.وقال الوزير إنه راضٍ.', ['انتهى الاجتماع.', 'وقال الوزير إنه راضٍ.']],
  ['a question mark squeezed between Arabic words splits', 'لماذا؟قال إنه لا يعرف.', ['لماذا؟', 'قال إنه لا يعرف.']],
  ['د.محمد (abbreviation without a space) does not split', 'قال د.محمد إن الوضع صعب.', ['قال د.محمد إن الوضع صعب.']],
  ['أ.د.محمد does not split', 'حاضر أ.د.محمد علي.', ['حاضر أ.د.محمد علي.']],
  ['ص.ب. (P.O. box) does not split', 'العنوان ص.ب.1234 في الرياض.', ['العنوان ص.ب.1234 في الرياض.']],
];

describe('default Arabic rules', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(sentences(input, 'ar')).toEqual(expected);
  });

  it('every rule decides at least one case above', () => {
    const rules = defaultRuleSet('ar');
    const used = rulesExercised(cases.map((c) => c[1]), rules);
    const unused = rules.rules.map((r, i) => ({ i, note: r.note })).filter(({ i }) => !used.has(i));
    expect(unused).toEqual([]);
  });
});
