import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../../src/core/text/direction.js';

describe('textDirection', () => {
  it.each([
    ['empty', '', 'ltr'],
    ['digits and punctuation only', '12, 3.5 — !', 'ltr'],
    ['English', 'Use “armed groups”.', 'ltr'],
    ['English that starts with an Arabic word', 'المسلحين is neutral (“armed men”); “militants” is stronger.', 'ltr'],
    ['Arabic', 'الترجمة دقيقة.', 'rtl'],
    ['Arabic that quotes an English word', 'كلمة militants أقوى من الأصل العربي', 'rtl'],
  ] as const)('%s', (_name, text, expected) => {
    expect(textDirection(text)).toBe(expected);
  });
});
