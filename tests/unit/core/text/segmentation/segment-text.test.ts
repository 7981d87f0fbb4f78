import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../../../src/core/text/segmentation/default-rules.js';
import { explainSegmentation, segmentText } from '../../../../../src/core/text/segmentation/segment-text.js';
import type { SentenceSpan } from '../../../../../src/core/text/segmentation/types.js';
import { expectWellFormed } from './helpers.js';

const AR = defaultRuleSet('ar');
const EN = defaultRuleSet('en');

/** [description, input, expected spans as [paragraph, start, end, text]] */
const spanCases: [string, string, [number, number, number, string][]][] = [
  ['empty text', '', []],
  ['only whitespace of all kinds', ' \t\n \r\n\u00a0\u3000\u2028\u2029\u200a\ufeff ', []],
  ['only bidi marks and spaces: blank, not a paragraph', '\u200F\n \u200E \n', []],
  ['one sentence without a stop', 'انتهى', [[0, 0, 5, 'انتهى']]],
  ['leading and trailing spaces are trimmed, offsets point inside', '  نعم.  لا.  ', [[0, 2, 6, 'نعم.'], [0, 8, 11, 'لا.']]],
  ['a BOM at the start is trimmed like whitespace', '\ufeffنعم. لا.', [[0, 1, 5, 'نعم.'], [0, 6, 9, 'لا.']]],
  ['every line is a paragraph; blank lines do not count', 'أ\n\n\nنعم. لا.\n  \nد', [[0, 0, 1, 'أ'], [1, 4, 8, 'نعم.'], [1, 9, 12, 'لا.'], [2, 16, 17, 'د']]],
  ['CRLF: offsets count both characters', 'نعم.\r\nلا.', [[0, 0, 4, 'نعم.'], [1, 6, 9, 'لا.']]],
  ['a lone CR', 'نعم.\rلا.', [[0, 0, 4, 'نعم.'], [1, 5, 8, 'لا.']]],
  ['U+2028 and U+2029 separate paragraphs too', 'أ\u2028ب\u2029ج', [[0, 0, 1, 'أ'], [1, 2, 3, 'ب'], [2, 4, 5, 'ج']]],
  ['a line break ends a sentence even without a stop', 'عنوان الخبر\nنص الخبر.', [[0, 0, 11, 'عنوان الخبر'], [1, 12, 21, 'نص الخبر.']]],
  ['a mark left alone after a break joins the sentence before it', 'نعم. \u200F', [[0, 0, 6, 'نعم. \u200F']]],
  ['a mark alone at the start of a paragraph joins the next sentence', '\u200F نعم.', [[0, 0, 6, '\u200F نعم.']]],
  ['surrogate pairs around stops', '😀 نعم. 𝐀 لا.', [[0, 0, 7, '😀 نعم.'], [0, 8, 14, '𝐀 لا.']]],
];

describe('segmentText', () => {
  it.each(spanCases)('%s', (_name, input, expected) => {
    const spans = segmentText(input, AR);
    expect(spans.map((s) => [s.paragraph, s.start, s.end, s.text])).toEqual(expected);
    expectWellFormed(input, spans);
  });

  it('keeps the invariants on pseudo-random mixes of tricky fragments', () => {
    const fragments = [
      'قال د. محمد', ' إن الوضع صعب.', ' U.S. officials', ' Mr. Smith', '؟', '!', '...', '..', '…', ' ', '  ', '\n', '\r\n',
      '\n\n', '«نعم.»', '"Never."', '(a (b).)', '\u200F', '\u061C', '\u2069', '3.5', '٣٫٥', '٢٠١٨ م.', ' أ. د. علي', 'ـــ',
      'ذَهَبَ', ' The end.', ' and so', '1. ', ' 😀', '،', '؛', '\t', '\u00a0', 'انتهى.وقال', ' . . . ', '?!',
    ];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = 1 + random(40);
      for (let k = 0; k < length; k++) text += fragments[random(fragments.length)]!;
      for (const rules of [AR, EN]) expectWellFormed(text, segmentText(text, rules));
    }
  });

  it('segments a 1 MB text as the same sentences repeated: nothing depends on what came before', () => {
    const unit =
      'ترامب يلتقي كيم\n' +
      'قال د. محمد إن النمو بلغ ٣٫٥ بالمئة عام ٢٠١٨ م. وأضاف: «لن نتراجع.» ثم غادر… والأخيرة تأسف؟ نعم!\u200F\n\n' +
      'The U.S. officials met Mr. Smith at 6 a.m. Tuesday. "Why?" she asked. He said no... Then J. Kirby left.\r\n';
    const copies = Math.ceil(1_048_576 / unit.length);
    const big = unit.repeat(copies);
    const one = segmentText(unit, AR);
    const paragraphsPerUnit = (one.at(-1)?.paragraph ?? -1) + 1;
    const spans = segmentText(big, AR);
    expect(big.length).toBeGreaterThanOrEqual(1_048_576);
    expect(spans).toHaveLength(one.length * copies);
    const shifted = (s: SentenceSpan, k: number): SentenceSpan => ({
      text: s.text,
      paragraph: s.paragraph + k * paragraphsPerUnit,
      start: s.start + k * unit.length,
      end: s.end + k * unit.length,
    });
    for (const k of [0, 1, Math.floor(copies / 2), copies - 1]) {
      expect(spans.slice(k * one.length, (k + 1) * one.length)).toEqual(one.map((s) => shifted(s, k)));
    }
    expectWellFormed(big, spans);
  }, 60_000);

  // Inputs that make naive regex rules quadratic (a lookbehind re-walking a long run at every
  // position). Each is 1M characters; a quadratic scan would not finish within the test timeout.
  const pathological: [string, string, number, number][] = [
    ['a million closing brackets after a stop', `نعم.${')'.repeat(1_000_000)} لا`, 2, 2],
    // Arabic: an ellipsis before an Arabic word continues the sentence.
    ['a million full stops', `${'.'.repeat(1_000_000)} لا`, 1, 2],
    ['a million spaces after a stop', `نعم.${' '.repeat(1_000_000)}لا`, 2, 2],
    ['a million RLMs after a stop', `نعم.${'\u200F'.repeat(1_000_000)} لا`, 2, 2],
    // Arabic: a stop squeezed between two Arabic words is a missing space.
    ['a million tatweels before a stop', `نعـ${'ـ'.repeat(1_000_000)}م.وقال`, 2, 1],
    ['a million "؟ " pairs', '؟ '.repeat(500_000), 1, 1],
    ['a million empty lines before the text', `${'\n'.repeat(1_000_000)}نعم. لا`, 2, 2],
    ['half a million blank lines with marks', `${' \u200F\n'.repeat(500_000)}نعم. لا`, 2, 2],
    ['a million characters on one line without a stop', 'كلمة '.repeat(200_000), 1, 1],
    // English: "A" is a sentence starter, so after an initial it starts a new sentence (except after
    // the first "A.", a list letter at the paragraph start).
    ['a million characters of initials', 'A. '.repeat(333_333), 1, 333_332],
  ];
  it.each(pathological)('stays linear on %s', (_name, input, arabic, english) => {
    expect(segmentText(input, AR)).toHaveLength(arabic);
    expect(segmentText(input, EN)).toHaveLength(english);
  }, 60_000);
});

describe('explainSegmentation', () => {
  it('lists each position where a break rule matched with the rule that decided', () => {
    const text = 'قال د. محمد: انتهى. وقال';
    const decisions = explainSegmentation(text, AR);
    const rule = (i: number) => AR.rules[i]!;
    expect(decisions.map((d) => [text.slice(0, d.position), d.break])).toEqual([
      ['قال د.', false],
      ['قال د. محمد: انتهى.', true],
    ]);
    for (const d of decisions) expect(rule(d.rule).break).toBe(d.break);
  });

  it('returns nothing for text without stops', () => {
    expect(explainSegmentation('لا توجد نقطة هنا', EN)).toEqual([]);
  });
});
