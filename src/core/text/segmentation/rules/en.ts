// Default English rules. Order matters: the exceptions (break: false) come before the one break rule.
// Keeping a single break rule with a cheap `after` keeps the candidate scan linear (see compile.ts).
import type { SegmentationRuleSet } from '../types.js';
import { PUNCTUATION_FOLLOWS, SHARED_PATTERNS } from './shared.js';

export const ENGLISH_RULES: SegmentationRuleSet = {
  language: 'en',
  name: 'English (Mizan default)',
  lists: {
    /** Abbreviations that stand before a name and never end a sentence in news text. */
    titles: [
      'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Profs',
      'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Pres', 'Amb', 'Atty', 'Hon', 'Rt', 'Rev', 'Fr', 'Msgr',
      'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt', 'Spc',
      'Supt', 'Det', 'Insp', 'Cllr', 'St', 'Ste', 'Mt', 'Ft', 'vs', 'v',
    ],
    /** Abbreviations that end with a dot before a number: No. 5, Art. 3, Jan. 20, p. 12 */
    beforeNumber: [
      'No', 'Nos', 'no', 'nos', 'Art', 'Arts', 'art', 'Fig', 'Figs', 'fig', 'Vol', 'Vols', 'vol',
      'p', 'pp', 'Ch', 'ch', 'Chap', 'Sec', 'Sect', 'para', 'Para', 'Ex', 'approx', 'ca', 'c', 'Rs',
      'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    ],
    /**
     * Suffixes of person and company names. Like initials they are mostly followed by more of the
     * sentence ("Martin Luther King Jr. Day", "Tesla Inc. Chief Executive Elon Musk").
     */
    nameSuffixes: ['Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Plc', 'PLC', 'LLC', 'Cos'],
    /**
     * Frequent first words of English sentences. After an initial or an abbreviation a capitalised
     * word is usually a name ("U.S. Defense", "J. Kirby"), but one of these means a new sentence
     * ("… in the U.S. The …"). Function words only: names and content words are never here.
     */
    sentenceStarters: [
      'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You',
      'His', 'Her', 'Their', 'Our', 'My', 'Your', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'Nor',
      'However', 'Meanwhile', 'Moreover', 'Also', 'Still', 'Then', 'Thus', 'Therefore', 'Instead',
      'In', 'On', 'At', 'For', 'From', 'With', 'By', 'As', 'Of', 'To', 'Under', 'Over', 'During', 'Despite',
      'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'Because', 'Unlike',
      'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Some', 'Many', 'Most', 'All', 'Both', 'Each',
      'Every', 'Such', 'Now', 'Today', 'Yesterday', 'Last', 'Earlier', 'Later', 'According', 'Yes',
    ],
  },
  patterns: {
    ...SHARED_PATTERNS,
    /** "J." or an initialism "U.S.", "a.m.", "e.g." (single letters with dots); not "Ph.D." or "No." */
    initials: '{{wordStart}}(?:\\p{Lu}|\\p{L}\\.\\p{L}(?:\\.\\p{L})*)\\.',
  },
  rules: [
    PUNCTUATION_FOLLOWS,
    {
      break: false,
      before: '{{listNumber}}\\.',
      after: '\\s',
      note: 'A list number or letter at the start of a paragraph ("1. ", "iv. ") is not a sentence.',
    },
    {
      break: false,
      before: '{{wordStart}}{{titles}}\\.',
      after: '\\s',
      note: 'Titles stand before a name: Mr. Trump, Sen. Flake, Dr. Ford, Roe v. Wade, St. Louis.',
    },
    {
      break: false,
      before: '{{wordStart}}{{beforeNumber}}\\.',
      after: '{{gap}}[(\\[]?\\p{N}',
      note: 'No. 10, Art. 5, Jan. 20, p. 12: the number belongs to the abbreviation.',
    },
    {
      break: false,
      before: '{{stop}}+{{tail}}',
      after: '{{gap}}{{opening}}*\\p{Ll}',
      note:
        'A lowercase word continues the sentence: "the U.S. officials", "6 a.m. that day", "e.g. the", ' +
        '"Wait... and then", "Why? she asked", "\\"Never!\\" he said".',
    },
    {
      break: false,
      before: '(?:{{initials}}|{{wordStart}}{{nameSuffixes}}\\.)',
      after: '(?!{{gap}}{{opening}}*{{sentenceStarters}}{{wordEnd}})\\s',
      note:
        'Initials, initialisms and name suffixes before a name: "John F. Kennedy", "U.S. Defense Department", ' +
        '"6 a.m. Tuesday", "Tesla Inc. Chief Executive". A typical sentence-opening word after them ' +
        '("… in the U.S. The …") is left to the break rule below.',
    },
    {
      break: true,
      before: '{{stop}}{{tail}}',
      after: '\\s|$',
      note: 'A sentence ends at . ! ? … (with its closing quotes, brackets and bidi marks) before a space or the paragraph end.',
    },
  ],
};
