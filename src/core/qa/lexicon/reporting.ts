// Reporting cues by class, in both languages: what the attribution-fidelity check compares. The classes
// extend the annotation scheme's cue labels (say, assert, claim-allege, deny, describe, warn, call-for,
// announce) with accuse, add, explain and reject, which translators keep apart in news.
//
// Arabic verbs are listed as written (the lexicon folds them like the text: أكد ~ اكد, نفى ~ نفي), with
// their common inflections (past قالت قالوا, present يقول تقول, participle قائلا, verbal noun تأكيد). The
// matcher strips proclitics (و ف ب ل ال) and object pronouns (اتهمه), so وأكد and فقال are found through أكد
// and قال. Only verbs and participles are listed, not verbal nouns: الاتهامات is "the charges", الادعاء "the
// allegation" (or "the prosecution"), and neither reports anyone's speech; the English likewise lists verbs,
// not "claims" or "accusation". Forms that are two words at once are left out: يدعون is "they call" and
// "they claim"; مدعية is "claiming" and "plaintiff". (نفي "denial, exile" folds into نفى — alef maqsura and
// ya are one letter for matching, as many writers type them — and so counts as the verb.)
import { foldForMatch } from '../../text/normalize/index.js';

export const CUE_CLASSES = [
  'say', 'assert', 'claim-allege', 'deny', 'reject', 'describe', 'warn', 'call-for', 'announce', 'accuse', 'add', 'explain',
] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

/** Past-tense third-person forms of a sound verb: قال قالت قالوا قالا قالتا. */
function past(stem: string): string[] {
  return [stem, `${stem}ت`, `${stem}وا`, `${stem}ا`, `${stem}تا`];
}
/** Present-tense third-person forms: يقول تقول يقولون يقولان. */
function present(stem: string): string[] {
  return [`ي${stem}`, `ت${stem}`, `ي${stem}ون`, `ت${stem}ون`, `ي${stem}ان`, `ت${stem}ان`];
}

const ARABIC: Readonly<Record<CueClass, readonly string[]>> = {
  say: [
    ...past('قال'), 'قلن', 'يقول', 'تقول', 'يقولون', 'قائلا', 'قائلة', 'قائلين', 'قوله', 'قولها', 'قولهم', 'القول',
    ...past('ذكر'), ...present('ذكر'), ...past('صرح'), ...present('صرح'),
    ...past('أفاد'), 'يفيد', 'تفيد', 'أفادت', ...past('أخبر'), ...present('خبر'), ...past('علق'), 'وفقا', 'حسبما', 'بحسب', 'نقلا',
  ],
  assert: [
    ...past('أكد'), ...present('ؤكد'), 'مؤكدا', 'مؤكدة', ...past('شدد'), ...present('شدد'), 'مشددا', 'مشددة',
    ...past('أصر'), ...present('صر'), 'مصرا', ...past('جزم'), ...past('أقر'),
  ],
  'claim-allege': [
    ...past('زعم'), ...present('زعم'), 'زاعما', 'زاعمة', 'ادعى', 'ادعت', 'ادعوا', 'يدعي', 'تدعي',
  ],
  deny: [
    'نفى', 'نفت', 'نفوا', 'نفيا', 'ينفي', 'تنفي', 'ينفون', 'نافيا', 'نافية', ...past('أنكر'), ...present('نكر'),
  ],
  reject: [...past('رفض'), ...present('رفض'), 'رفضه', 'رافضا', ...past('دحض'), ...present('دحض')],
  describe: [...past('وصف'), ...present('صف'), 'واصفا', 'واصفة'],
  warn: [...past('حذر'), ...present('حذر'), 'محذرا', 'محذرة', ...past('نبه'), ...present('نبه')],
  'call-for': [
    'دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'داعيا', ...past('طالب'), ...present('طالب'), 'مطالبا',
    ...past('ناشد'), ...present('ناشد'), ...past('حث'), 'يحث', 'تحث', ...past('حض'),
  ],
  announce: [...past('أعلن'), ...present('علن'), 'معلنا', 'معلنة', ...past('كشف'), ...present('كشف')],
  accuse: [...past('اتهم'), ...present('تهم'), 'متهما', 'متهمة'],
  add: [...past('أضاف'), ...present('ضيف'), 'مضيفا', 'مضيفة', ...past('تابع'), ...present('تابع')],
  explain: [...past('أوضح'), ...present('وضح'), 'موضحا', 'موضحة', ...past('شرح'), ...present('شرح')],
};

/** Folded Arabic cue form → its class. */
export const ARABIC_CUES: ReadonlyMap<string, CueClass> = new Map(
  CUE_CLASSES.flatMap((cls) => ARABIC[cls].map((form) => [foldForMatch(form), cls] as const)),
);

/**
 * English reporting words by class, lower case, one entry per inflection. Multi-word cues ("called for")
 * are matched as phrases. Words that are as often nouns stay out ("claims", "demands", "warnings").
 */
const ENGLISH: Readonly<Record<CueClass, readonly string[]>> = {
  say: [
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'stated', 'states that', 'noted', 'notes', 'remarked',
    'commented', 'reported', 'reportedly', 'mentioned', 'according to', 'quoted', 'wrote', 'writes',
  ],
  assert: [
    'confirm', 'confirms', 'confirmed', 'confirming', 'affirm', 'affirms', 'affirmed', 'stress', 'stresses', 'stressed', 'stressing',
    'emphasise', 'emphasised', 'emphasises', 'emphasize', 'emphasized', 'emphasizes', 'insist', 'insists', 'insisted', 'insisting',
    'assert', 'asserts', 'asserted', 'maintained', 'maintains', 'underlined', 'reiterated', 'reaffirmed',
  ],
  'claim-allege': [
    'claimed', 'claiming', 'allege', 'alleges', 'alleged', 'allegedly', 'purportedly', 'contended', 'contends',
  ],
  deny: ['deny', 'denies', 'denied', 'denying', 'refute', 'refuted', 'refutes', 'disputed', 'disputes'],
  reject: ['reject', 'rejects', 'rejected', 'rejecting', 'dismissed', 'dismisses', 'dismissing', 'rebuffed', 'refused', 'refuses'],
  describe: ['describe', 'describes', 'described', 'describing', 'labelled', 'labeled', 'branded', 'called it'],
  warn: ['warn', 'warns', 'warned', 'warning', 'cautioned', 'cautions', 'alerted'],
  'call-for': [
    'call for', 'calls for', 'called for', 'calling for', 'call on', 'calls on', 'called on', 'calling on', 'urge', 'urges', 'urged',
    'urging', 'demanded', 'demanding', 'appealed', 'appealing', 'asked', 'asks', 'asking', 'requested', 'pleaded', 'invited', 'called upon',
  ],
  announce: ['announce', 'announces', 'announced', 'announcing', 'declared', 'declares', 'declaring', 'unveiled', 'revealed', 'reveals'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing', 'blamed', 'blames', 'blaming'],
  add: ['add', 'adds', 'added', 'adding'],
  explain: ['explain', 'explains', 'explained', 'explaining', 'clarified'],
};

export const ENGLISH_CUES: ReadonlyMap<string, CueClass> = new Map(CUE_CLASSES.flatMap((cls) => ENGLISH[cls].map((form) => [form, cls] as const)));

/**
 * The English classes that render an Arabic class faithfully. A class missing here accepts anything
 * (say, assert, announce…: "said" is a fair rendering of قال, أكد, أعلن, أضاف, أوضح).
 */
export const FAITHFUL_RENDERINGS: Readonly<Partial<Record<CueClass, readonly CueClass[]>>> = {
  deny: ['deny', 'reject'],
  'claim-allege': ['claim-allege'],
  warn: ['warn'],
  'call-for': ['call-for'],
  accuse: ['accuse', 'claim-allege'],
};

/**
 * English classes that add force or doubt the Arabic must carry: "denied", "claimed", "accused", "warned"
 * where the Arabic only says. The value lists the Arabic classes (and negation, for deny) that license it.
 */
export const LICENSED_BY: Readonly<Partial<Record<CueClass, readonly CueClass[]>>> = {
  deny: ['deny', 'reject'],
  'claim-allege': ['claim-allege', 'accuse'],
  accuse: ['accuse', 'claim-allege'],
  warn: ['warn'],
};

export const CUE_NOUNS: Readonly<Record<CueClass, string>> = {
  say: 'a plain "said"', assert: 'an assertion', 'claim-allege': 'a claim or allegation', deny: 'a denial', reject: 'a rejection',
  describe: 'a description', warn: 'a warning', 'call-for': 'a call or demand', announce: 'an announcement', accuse: 'an accusation',
  add: 'an addition', explain: 'an explanation',
};

/** The English a translator would reach for, per class (what a message suggests). */
export const ENGLISH_EXAMPLES: Readonly<Record<CueClass, string>> = {
  say: '"said"', assert: '"stressed", "confirmed"', 'claim-allege': '"claimed", "alleged"', deny: '"denied"', reject: '"rejected"',
  describe: '"described"', warn: '"warned"', 'call-for': '"called for", "urged"', announce: '"announced"', accuse: '"accused"',
  add: '"added"', explain: '"explained"',
};
