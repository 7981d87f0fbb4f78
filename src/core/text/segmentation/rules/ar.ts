// Default Arabic rules. Arabic has no letter case, so the English "a lowercase word continues the
// sentence" evidence does not exist; the exceptions lean on abbreviation shapes instead.
import type { SegmentationRuleSet } from '../types.js';
import { PUNCTUATION_FOLLOWS, SHARED_PATTERNS } from './shared.js';

export const ARABIC_RULES: SegmentationRuleSet = {
  language: 'ar',
  name: 'Arabic (Mizan default)',
  lists: {
    /**
     * Latin letter names as Arabic news spells initials: "جورج دبليو. بوش", "جون إف. كينيدي".
     * Only names that are not also common Arabic words: في (in, but also V), بي, سي, تي, أي, إن, أو
     * can end a sentence ("… وأي تي في."), so they are left out on purpose.
     */
    letterNames: ['دبليو', 'إف', 'إتش', 'جيه', 'إل', 'إم', 'إس', 'آر', 'كيو', 'إكس', 'زد', 'إيه'],
    /** Latin titles that appear untranslated inside Arabic text. */
    latinTitles: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St'],
  },
  patterns: {
    ...SHARED_PATTERNS,
    /** An Arabic letter (Arabic, Persian and Urdu letters; not tatweel, digits, marks or punctuation). */
    letter: '[\\u0620-\\u063F\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9]',
    /** Harakat and other combining marks, and tatweel, which may follow any letter. */
    marks: '[\\p{M}\\u0640]*',
    /** Era and time markers written after a number: م (AD; also metre, and p.m.), هـ (AH), ق.م (BC), ص (a.m.). */
    afterNumber: '(?:ق\\.\\s?م|م|هـ|ه|ص)',
  },
  rules: [
    PUNCTUATION_FOLLOWS,
    {
      break: false,
      before: '{{listNumber}}\\.',
      after: '\\s',
      note: 'A list number at the start of a paragraph ("1. ", "٣. ") is not a sentence.',
    },
    {
      break: true,
      before: '{{digit}}\\s?{{afterNumber}}\\.{{tail}}',
      after: '\\s|$',
      note:
        'After a number, م. / هـ. / ق.م. / ص. are the era or the time of day ("عام 2018 م.", "الساعة 5 م."), ' +
        'which often end the sentence, unlike the same letters as titles.',
    },
    {
      break: false,
      before: '{{wordStart}}و?{{letter}}{{marks}}\\.',
      after: '\\s',
      note: 'A single letter with a dot is an abbreviation or initial: د. (Dr), أ. د. (Prof. Dr), م. (Eng.), ص. (p.), "ود. أحمد".',
    },
    {
      break: false,
      before: '{{wordStart}}و?{{letterNames}}\\.',
      after: '\\s',
      note: 'A Latin initial spelt out in Arabic: جورج دبليو. بوش.',
    },
    {
      break: false,
      before: '{{wordStart}}(?:{{latinTitles}}|\\p{Lu})\\.',
      after: '\\s',
      note: 'Latin titles and initials quoted inside Arabic text: "Dr. Smith", "J. Kirby".',
    },
    {
      break: false,
      before: '{{stop}}+{{tail}}',
      after: '{{gap}}{{opening}}*\\p{Ll}',
      note: 'English quoted inside Arabic text: a lowercase Latin word continues the sentence ("U.S. officials", "Wait... and").',
    },
    {
      break: false,
      before: '{{ellipsis}}{{tail}}',
      after: '{{gap}}{{letter}}',
      note:
        'An ellipsis followed by Arabic words marks a pause inside the sentence ("الملف السوري.. والأخيرة"); ' +
        'Arabic has no capital letter to show a new sentence, so an ellipsis breaks only before other text.',
    },
    {
      break: true,
      before: '{{stop}}{{tail}}',
      after: '\\s|$',
      note: 'A sentence ends at . ! ? ؟ … (with its closing quotes, brackets and bidi marks) before a space or the paragraph end; never at ، or ؛.',
    },
    {
      break: true,
      before: '{{letter}}{{marks}}{{letter}}{{marks}}[.!\\u061F]',
      after: '{{letter}}',
      note:
        'A stop squeezed between two Arabic words ("انتهى.وقال") is a missing space, common in Arabic typing; ' +
        'a single letter before it ("د.محمد", "أ.د.") is an abbreviation and does not break.',
    },
  ],
};
