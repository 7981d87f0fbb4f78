import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../../../src/core/text/segmentation/default-rules.js';
import { rulesExercised, sentences, type SentenceCase } from './helpers.js';

// Grouped by the default English rule each case exercises, in rule order.
const cases: SentenceCase[] = [
  // No sentence starts with punctuation
  ['a spaced ellipsis stays together', 'Wait . . . and then it rained. Done.', ['Wait . . . and then it rained.', 'Done.']],
  ['"? !" spaced apart stays together', 'Really ? ! Yes.', ['Really ? !', 'Yes.']],
  ['a comma after a closed quote continues', '"Stop." , he said. Then silence.', ['"Stop." , he said.', 'Then silence.']],

  // List numbers and letters at the start of a paragraph
  ['a list number', '1. Introduction\n2. Results and discussion', ['1. Introduction', '2. Results and discussion']],
  ['a roman list number', 'iv. Results', ['iv. Results']],
  ['a list letter', 'B. Methods used in the study', ['B. Methods used in the study']],
  ['a number ending a sentence mid-paragraph still splits', 'He got 5. Then he left.', ['He got 5.', 'Then he left.']],

  // Titles
  ['Mr. and Ms.', 'The driver voted for Mr. Trump, Ms. Scovell said.', ['The driver voted for Mr. Trump, Ms. Scovell said.']],
  ['Sen. and Sens.', 'Arizona Sen. Jeff Flake and Sens. John Kennedy and Lindsey Graham spoke.', ['Arizona Sen. Jeff Flake and Sens. John Kennedy and Lindsey Graham spoke.']],
  ['U.S. Rep.', 'U.S. Rep. Maxine Waters denounced the claims.', ['U.S. Rep. Maxine Waters denounced the claims.']],
  ['Dr. at the start of a quote', '"Dr. Ford, I don\'t know what happened," he said.', ['"Dr. Ford, I don\'t know what happened," he said.']],
  ['v. in a case name', 'The future of Roe v. Wade is at stake. Grace v. Sessions too.', ['The future of Roe v. Wade is at stake.', 'Grace v. Sessions too.']],
  ['military ranks', 'Lt. Gen. Smith met Capt. Jones.', ['Lt. Gen. Smith met Capt. Jones.']],
  ['St. before a name', 'He flew to St. Louis. It rained.', ['He flew to St. Louis.', 'It rained.']],

  // Abbreviations before a number
  ['No. before a number', 'He lives at No. 10 Downing Street. Next.', ['He lives at No. 10 Downing Street.', 'Next.']],
  ['a month before a day', 'It happened on Jan. 20 in Washington. Then Sept. 11 came.', ['It happened on Jan. 20 in Washington.', 'Then Sept. 11 came.']],
  ['p. and Art.', 'See p. 12 and Art. 5 for details.', ['See p. 12 and Art. 5 for details.']],
  ['a month ending a sentence', 'It happened in Jan. Then it stopped.', ['It happened in Jan.', 'Then it stopped.']],
  ['"no." ending a sentence splits', 'He said no. Then he left.', ['He said no.', 'Then he left.']],

  // A lowercase word continues the sentence
  ['U.S. before a lowercase word', 'The U.S. officials met. They left.', ['The U.S. officials met.', 'They left.']],
  ['a.m. before a lowercase word', "It's government regulation that at 6 a.m. that content was removed.", ["It's government regulation that at 6 a.m. that content was removed."]],
  ['e.g. and i.e.', 'Fruit, e.g. apples, i.e. the red ones. Fine.', ['Fruit, e.g. apples, i.e. the red ones.', 'Fine.']],
  ['etc. before lowercase continues', 'Pens, paper, etc. are supplied. Good.', ['Pens, paper, etc. are supplied.', 'Good.']],
  ['a question before "she asked"', 'Why? she asked. Nobody knew.', ['Why? she asked.', 'Nobody knew.']],
  ['an exclamation in quotes before "he said"', '"Never!" he shouted. Then calm.', ['"Never!" he shouted.', 'Then calm.']],
  ['an ellipsis before lowercase', 'Wait... and then it rained. Done.', ['Wait... and then it rained.', 'Done.']],
  ['an ellipsis character before lowercase', "They're nippers, very inquisitive … they aren't out to hurt you.", ["They're nippers, very inquisitive … they aren't out to hurt you."]],
  ['a headline with U.S. and A.I.', 'U.S. should double A.I. funding', ['U.S. should double A.I. funding']],

  // Initials, initialisms and name suffixes
  ['a middle initial', 'John F. Kennedy was shot in 1963.', ['John F. Kennedy was shot in 1963.']],
  ['initials of a spokesman', 'Spokesman J. Kirby said it. Then M. Toner spoke.', ['Spokesman J. Kirby said it.', 'Then M. Toner spoke.']],
  ['U.S. before a capitalised name', 'Earlier this year the U.S. Defense Department set up a centre.', ['Earlier this year the U.S. Defense Department set up a centre.']],
  ['a.m. before a weekday', 'The vote is at 10 a.m. Tuesday in the Senate.', ['The vote is at 10 a.m. Tuesday in the Senate.']],
  ['D.C. inside a headline', '18 states, D.C. support challenge to new asylum policy', ['18 states, D.C. support challenge to new asylum policy']],
  ['Jr. before a capitalised word', 'Martin Luther King Jr. Day is a holiday.', ['Martin Luther King Jr. Day is a holiday.']],
  ['Inc. before a title', 'Tesla Inc. Chief Executive Elon Musk said so.', ['Tesla Inc. Chief Executive Elon Musk said so.']],
  ['U.S. before a sentence starter splits', 'He now lives in the U.S. The move was quick.', ['He now lives in the U.S.', 'The move was quick.']],
  ['Inc. before a sentence starter splits', 'She works at Apple Inc. It pays well.', ['She works at Apple Inc.', 'It pays well.']],
  ['an initial before a sentence starter splits', 'They chose plan B. However, it failed.', ['They chose plan B.', 'However, it failed.']],
  ['an initialism before a quoted sentence starter splits', 'He moved to the U.K. "The weather is fine," he says.', ['He moved to the U.K.', '"The weather is fine," he says.']],

  // The general break rule
  ['. ! ? and a run of stops', 'One. Two! Three? Really?! Four.', ['One.', 'Two!', 'Three?', 'Really?!', 'Four.']],
  ['no full stop at all', 'No full stop here', ['No full stop here']],
  ['decimals and a decimal at the end', 'Growth was 3.5 percent. It was 3.5. Then $1.5 million.', ['Growth was 3.5 percent.', 'It was 3.5.', 'Then $1.5 million.']],
  ['etc. before a capital splits', 'Pens, paper, etc. The rest is yours.', ['Pens, paper, etc.', 'The rest is yours.']],
  ['an ellipsis before a capital splits', 'He paused... Then he went on.', ['He paused...', 'Then he went on.']],
  ['a closing double quote stays with its sentence', 'He said "Never." Then he left.', ['He said "Never."', 'Then he left.']],
  ['a closing curly quote', 'She asked “Why?” Nobody answered.', ['She asked “Why?”', 'Nobody answered.']],
  ['a closing single quote before an opening double quote', `The taste of blood can act as a 'trigger.' "They're just playful."`, [`The taste of blood can act as a 'trigger.'`, `"They're just playful."`]],
  ['a stop after the closing quote', 'He called it "fake". Then he left.', ['He called it "fake".', 'Then he left.']],
  ['guillemets', 'He wrote «Non.» Then he left.', ['He wrote «Non.»', 'Then he left.']],
  ['nested brackets', 'It ended (as (always) expected.) Then calm.', ['It ended (as (always) expected.)', 'Then calm.']],
  ['an RLM after the stop', 'It ended.\u200F Then calm.', ['It ended.\u200F', 'Then calm.']],
  ['an LRM after the closing quote', 'He said "no."\u200E Then calm.', ['He said "no."\u200E', 'Then calm.']],
  ['a stop without a space does not split', 'Visit example.com today. Thanks.', ['Visit example.com today.', 'Thanks.']],
  ['a sentence starting with a number', 'Nothing changed. 18 states joined the case.', ['Nothing changed.', '18 states joined the case.']],
  ['a multi-sentence quote splits inside', 'A source said: "Truly was her priority. Nobody could believe it."', ['A source said: "Truly was her priority.', 'Nobody could believe it."']],
  ['an Arabic quote inside English', 'He wrote "انتهى." Then left.', ['He wrote "انتهى."', 'Then left.']],
];

describe('default English rules', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(sentences(input, 'en')).toEqual(expected);
  });

  it('every rule decides at least one case above', () => {
    const rules = defaultRuleSet('en');
    const used = rulesExercised(cases.map((c) => c[1]), rules);
    const unused = rules.rules.map((r, i) => ({ i, note: r.note })).filter(({ i }) => !used.has(i));
    expect(unused).toEqual([]);
  });
});
