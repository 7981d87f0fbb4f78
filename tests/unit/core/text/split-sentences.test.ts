import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '../../../../src/core/text/split-sentences.js';

/** [description, language, input, expected sentences as [paragraph, text]] */
const cases: [string, 'ar' | 'en', string, [number, string][]][] = [
  ['empty text', 'en', '', []],
  ['only blank lines', 'en', '\n  \n\t\n', []],
  ['one English sentence without a full stop', 'en', 'No full stop here', [[0, 'No full stop here']]],
  ['English sentences at . ! ?', 'en', 'One. Two! Three? Four.', [[0, 'One.'], [0, 'Two!'], [0, 'Three?'], [0, 'Four.']]],
  ['Arabic sentences at . and ؟', 'ar', 'ذهب إلى السوق. هل عاد؟ نعم عاد.', [[0, 'ذهب إلى السوق.'], [0, 'هل عاد؟'], [0, 'نعم عاد.']]],
  ['Arabic sentence at !', 'ar', 'يا له من يوم! انتهى الاجتماع.', [[0, 'يا له من يوم!'], [0, 'انتهى الاجتماع.']]],
  ['a run of terminators stays together', 'en', 'Really?! Yes.', [[0, 'Really?!'], [0, 'Yes.']]],
  ['Arabic comma ، and semicolon ؛ do not split', 'ar', 'قال الوزير، يوم الاثنين، إن المحادثات توقفت؛ وأضاف أنها ستستأنف.', [
    [0, 'قال الوزير، يوم الاثنين، إن المحادثات توقفت؛ وأضاف أنها ستستأنف.'],
  ]],
  ['each non-empty line is a paragraph', 'en', 'First line.\nSecond line. Still second.', [[0, 'First line.'], [1, 'Second line.'], [1, 'Still second.']]],
  ['blank lines are skipped and do not count as paragraphs', 'en', 'A.\n\n\n   \nB.\n\nC.', [[0, 'A.'], [1, 'B.'], [2, 'C.']]],
  ['CRLF line ends', 'en', 'A one.\r\nB two.\r\n\r\nC three.', [[0, 'A one.'], [1, 'B two.'], [2, 'C three.']]],
  ['lone CR line ends', 'en', 'A one.\rB two.', [[0, 'A one.'], [1, 'B two.']]],
  ['surrounding spaces are trimmed', 'en', '   Padded.    Also padded.   ', [[0, 'Padded.'], [0, 'Also padded.']]],
  ['closing double quote stays with its sentence', 'en', 'He said "Never." Then he left.', [[0, 'He said "Never."'], [0, 'Then he left.']]],
  ['closing curly quote stays with its sentence', 'en', 'She asked “Why?” Nobody answered.', [[0, 'She asked “Why?”'], [0, 'Nobody answered.']]],
  ['closing guillemet stays with its Arabic sentence', 'ar', 'قال «لن نتراجع.» ثم غادر.', [[0, 'قال «لن نتراجع.»'], [0, 'ثم غادر.']]],
  ['closing bracket stays with its sentence', 'en', 'It ended (finally.) Then calm.', [[0, 'It ended (finally.)'], [0, 'Then calm.']]],
  ['"U.S." before a lowercase word does not split', 'en', 'The U.S. officials met. They left.', [[0, 'The U.S. officials met.'], [0, 'They left.']]],
  ['"Mr." does not split', 'en', 'We met Mr. Smith today. He smiled.', [[0, 'We met Mr. Smith today.'], [0, 'He smiled.']]],
  ['"Dr." and "Prof." do not split', 'en', 'Dr. Ali and Prof. Khan spoke. Done.', [[0, 'Dr. Ali and Prof. Khan spoke.'], [0, 'Done.']]],
  ['initials do not split', 'en', 'Spokesman J. Kirby said it. Then M. Toner spoke.', [[0, 'Spokesman J. Kirby said it.'], [0, 'Then M. Toner spoke.']]],
  ['Arabic "د." (Dr.) does not split', 'ar', 'قال د. محمد إن الوضع صعب. ثم غادر.', [[0, 'قال د. محمد إن الوضع صعب.'], [0, 'ثم غادر.']]],
  ['decimals do not split', 'en', 'Growth was 3.5 percent last year. It fell.', [[0, 'Growth was 3.5 percent last year.'], [0, 'It fell.']]],
  ['a decimal before a sentence end', 'en', 'It was 3.5. Then it rose.', [[0, 'It was 3.5.'], [0, 'Then it rose.']]],
  ['a number at a sentence end is not an initial', 'en', 'He got 5. Then he left.', [[0, 'He got 5.'], [0, 'Then he left.']]],
  ['"no." ending a sentence splits', 'en', 'He said no. Then he left.', [[0, 'He said no.'], [0, 'Then he left.']]],
  ['"No." before a number does not split', 'en', 'See No. 5 for details. Next.', [[0, 'See No. 5 for details.'], [0, 'Next.']]],
  ['a three-dot ellipsis mid-sentence does not split', 'en', 'Wait... and then it rained. Done.', [[0, 'Wait... and then it rained.'], [0, 'Done.']]],
  ['an ellipsis character mid-sentence does not split', 'en', 'He paused… and went on. Done.', [[0, 'He paused… and went on.'], [0, 'Done.']]],
  ['an Arabic two-dot ellipsis does not split', 'ar', 'بشان الملف السوري.. والاخيرة "تأسف"', [[0, 'بشان الملف السوري.. والاخيرة "تأسف"']]],
  ['an ellipsis followed by a capital starts a new sentence', 'en', 'He paused... Then he went on.', [[0, 'He paused...'], [0, 'Then he went on.']]],
  ['a terminator not followed by space does not split', 'en', 'Visit example.com today. Thanks.', [[0, 'Visit example.com today.'], [0, 'Thanks.']]],
];

describe('splitSentences', () => {
  it.each(cases)('%s (%s)', (_name, lang, input, expected) => {
    expect(splitSentences(input, lang).map((s) => [s.paragraph, s.text])).toEqual(expected);
  });

  it('defaults to the Arabic rules', () => {
    const text = 'قال د. محمد إن الوضع صعب... ثم غادر. انتهى';
    expect(splitSentences(text)).toEqual(splitSentences(text, 'ar'));
    expect(splitSentences(text).map((s) => s.text)).toEqual(['قال د. محمد إن الوضع صعب... ثم غادر.', 'انتهى']);
  });

  it('gives offsets that slice back to each sentence', () => {
    const text = ' أ. د. علي قال: «لن نتراجع.»\r\n\r\nThe U.S. said no. Fine! ';
    for (const lang of ['ar', 'en'] as const) {
      for (const s of splitSentences(text, lang)) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('never drops or reorders non-space characters', () => {
    const text = 'أعلنت الولايات المتحدة، يوم الاثنين، تعليق المحادثات. وقال كيربي: "القرار صعب". هل انتهى؟ لا!\nSecond. Third…';
    const joined = splitSentences(text).map((s) => s.text).join('');
    expect(joined.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['one', 1],
    ['  two   words  ', 2],
    ['line\nbreak\ttab', 3],
    ['أعلنت الولايات المتحدة الأمريكية', 4],
    ['في حن\u00a0 ردت روسيا', 4],
    ['U.S. officials, 3.5 percent', 4],
  ])('%j → %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
