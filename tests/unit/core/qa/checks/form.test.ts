import { describe, expect, it } from 'vitest';
import {
  arabicPunctuation, bidiControls, doubleSpace, doubledWord, endPunctuation, latinNotCarried, missingSpace, placeholders, unbalancedPairs,
} from '../../../../../src/core/qa/checks/form.js';
import { hitsOf } from '../qa-fixtures.js';

describe('form checks', () => {
  it.each([
    ['هل قال ذلك؟ نعم، وأكثر؛', 'Did he say that? Yes, and more;', 0], // ؟ ، ؛ belong in the Arabic
    ['هل قال ذلك؟', 'Did he say that؟', 1],
    ['نعم، وأكثر', 'Yes، and more', 1],
    ['بلغ ٣٫٥٪', 'It reached 3.5٪', 1],
  ])('arabic-punctuation: %s → %s gives %i', (source, target, n) => {
    expect(hitsOf(arabicPunctuation, source, target)).toHaveLength(n);
  });

  it.each([
    ['\u200Fقال\u200E الوزير', 'The minister said', 0], // marks in the Arabic are fine
    ['قال الوزير', 'The\u200F minister said', 1],
    ['قال الوزير', '\u202BThe minister said\u202C', 1],
    ['قال الوزير', 'The minister\u061C said', 1],
  ])('bidi-controls: %j → %j gives %i', (source, target, n) => {
    expect(hitsOf(bidiControls, source, target)).toHaveLength(n);
  });

  it.each([
    ['قال (الوزير)', 'The (minister) said', 0],
    ['قال (الوزير)', 'The (minister said', 1],
    ['قال "نعم"', 'He said "yes', 1],
    ['قال "نعم".', 'He said "yes."', 0],
    ['"يعد هذا زائفا".', 'This is false."', 0], // a quotation closing here that opened in the previous segment
    ['قال: "نعم', '"Yes', 0], // and one that goes on into the next
    ['تركت هولي ويلوبي نجم برنامج دراجون دين', 'Holly Willoughby has left Dragons" Den star', 1],
    ['قال ذلك', "Waters' staff and the Democrats' criticism", 0],
  ])('unbalanced-pairs: %s → %s gives %i', (source, target, n) => {
    expect(hitsOf(unbalancedPairs, source, target)).toHaveLength(n);
  });

  it.each([
    ['The the minister said', 1],
    ['The minister said said', 1],
    ['He had had enough', 0],
    ['He said that that was wrong', 0],
    ['The minister said the deal', 0],
    ['Bora Bora is far', 0], // capitals differ only in case? "Bora Bora" is a name, but doubled: see below
  ])('doubled-word: %s gives %i', (target, n) => {
    const hits = hitsOf(doubledWord, 'قال', target);
    if (target.startsWith('Bora')) expect(hits).toHaveLength(1); // a doubled name is reported; the user ignores it once
    else expect(hits).toHaveLength(n);
  });

  it.each([
    ['The minister  said', 1],
    ['The minister said.  Then', 1],
    ['The minister said ', 0],
    ['  The minister said', 0],
  ])('double-space: %j gives %i', (target, n) => {
    expect(hitsOf(doubleSpace, 'قال', target)).toHaveLength(n);
  });

  it.each([
    ['وصل إلىNottingham', 'He arrived in Nottingham', 1, 'info'],
    ['وصل إلى Nottingham', 'He arrived in إلىNottingham', 1, undefined],
    ['وصل إلى Nottingham', 'He arrived in Nottingham', 0, undefined],
    ['وصل إلى ٢٠١٦', 'In 2016', 0, undefined],
  ])('missing-space: %s → %s gives %i', (source, target, n, severity) => {
    const hits = hitsOf(missingSpace, source, target);
    expect(hits).toHaveLength(n);
    if (n > 0) expect(hits[0]?.severity).toBe(severity);
  });

  it.each([
    ['هل قال ذلك؟', 'Did he say that?', 0],
    ['هل قال ذلك؟', 'Did he say that.', 1],
    ['قال: "أين أخطأنا؟"', '"Where did we go wrong?" he said.', 0], // the question moved inside the quote
    ['قال ذلك.', 'Did he say that?', 1],
    ['ارتفاع عدد الوفيات', 'Death toll rises', 0], // a headline: no full stop on either side
    ['زلزال وتسونامي إندونيسيا ومقتل المئات.', 'Indonesia earthquake tsunami: hundreds killed', 0], // an English headline never has one
    ['وقال المتحدث باسم الهيئة في مؤتمر صحفي إن العديد من الأشخاص سقطوا تحت الأنقاض.', 'Many people were reported trapped in the rubble of buildings brought down in the earthquake, the spokesman told a news conference', 1],
    ['قال ذلك.', 'He said so.', 0],
    ['قال: "نعم".', 'He said: "Yes."', 0],
  ])('end-punctuation: %s → %s gives %i', (source, target, n) => {
    expect(hitsOf(endPunctuation, source, target)).toHaveLength(n);
  });

  it.each([
    ['زوروا https://example.org/a للمزيد', 'Visit https://example.org/a for more', 0],
    ['زوروا https://example.org/a.', 'Visit the site.', 1],
    ['راسلونا على info@example.org', 'Write to info@example.org', 0],
    ['راسلونا على info@example.org', 'Write to us', 1],
    ['تفوق على مؤسسة Othello الأمريكية', 'beat the American Othello player', 0],
    ['مواقع مثل Gateway Pundit', 'sites such as Gateway Pundit', 0],
    ['مواقع مثل Gateway Pundit', 'sites such as this one', 2],
  ])('latin-not-carried: %s → %s gives %i', (source, target, n) => {
    expect(hitsOf(latinNotCarried, source, target)).toHaveLength(n);
  });

  it.each([
    ['مرحبا {1}، لديك %s رسالة', 'Hello {1}, you have %s messages', 0],
    ['مرحبا {1}', 'Hello', 1],
    ['مرحبا <b>العالم</b>', 'Hello <b>world</b>', 0],
    ['مرحبا <x/>', 'Hello', 1],
    ['مرحبا', 'Hello {2}', 1],
    ['%s أرسل %d رسائل', '%d messages sent by %s', 1], // positional: reordered
    ['{1} أرسل {2} رسائل', '{2} messages sent by {1}', 0], // numbered: free to move
  ])('placeholders: %s → %s gives %i', (source, target, n) => {
    expect(hitsOf(placeholders, source, target)).toHaveLength(n);
  });
});
