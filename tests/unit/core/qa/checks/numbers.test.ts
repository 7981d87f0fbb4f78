import { describe, expect, it } from 'vitest';
import { numberMismatch, readFigure } from '../../../../../src/core/qa/checks/numbers.js';
import { hitsOf } from '../qa-fixtures.js';

describe('number-mismatch', () => {
  it.each([
    // the false-positive traps: digits in any script, Arabic separators, thousands, scale words, words
    ['قتل ١٢ شخصا', '12 people were killed', 0],
    ['قتل ۱۲ شخصا', '12 people were killed', 0],
    ['بلغ النمو ٣٫٥٪', 'growth reached 3.5%', 0],
    ['يعيش بها أكثر من 380,000 شخص', 'which has more than 380,000 people', 0],
    ['يعيش بها ٣٨٠٬٠٠٠ شخص', 'which has 380,000 people', 0],
    ['صفقة بقيمة 11 مليون جنيه إسترليني', 'pulls out of £11million deal', 0],
    ['ثروة تقدر بـ 11 مليون جنيه', "Willoughby's estimated £11 million fortune", 0],
    ['صفقة بقيمة مليون ونصف', 'a deal worth 1.5 million', 0],
    ['قتل ثلاثة أشخاص', '3 people were killed', 0],
    ['قتل 3 أشخاص', 'three people were killed', 0],
    ['وقعت الدولتين الاتفاق', 'the 2 countries signed', 0],
    ['في الأول من أكتوبر', 'on 1 October', 0],
    ['في ثمانينيات القرن العشرين', 'in the 1980s', 0],
    ['بين ١٠ و١٥ عاما', 'between 10-15 years', 0],
    ['في الساعة 5:30 مساءً', 'at 5.30pm', 0],
    ['تكلفتها 15.000 دولار', 'costing $15,000', 0],
    ['وانضم جونز الذي يبلغ 52 عامًا كرئيس في مارس', 'Jones, 52, joined as chairman in March', 0],
    ['لمدة عشرة أعوام', 'for ten years', 0],
    ['في عام ٢٠١٦', 'in 2016', 0],
    // real errors
    ['قتل ١٢ شخصا', '13 people were killed', 2],
    ['ارتفع عدد الوفيات إلى 832', 'the death toll has climbed', 1],
    ['قتل شخص', '12 people were killed', 1],
    ['بلغ النمو ٣٫٥٪', 'growth reached 3.6%', 2],
  ])('%s → %s gives %i', (source, target, n) => {
    expect(hitsOf(numberMismatch, source, target)).toHaveLength(n);
  });

  it('points at the missing number in the Arabic and says which', () => {
    const [hit] = hitsOf(numberMismatch, 'ارتفع عدد الوفيات إلى ٨٣٢', 'the toll rose');
    expect(hit?.range).toEqual({ side: 'source', start: 22, end: 25 });
    expect(hit?.message).toContain('٨٣٢');
  });

  it.each([
    ['1,234.5', [1234.5]], ['1.234.567', [1234567]], ['3.5', [3.5]], ['2,5', [2.5]], ['15.000', [15, 15000]], ['5:30', [5.3]],
  ])('reads %s as %j', (written, readings) => {
    expect(readFigure(written)).toEqual(readings);
  });
});
