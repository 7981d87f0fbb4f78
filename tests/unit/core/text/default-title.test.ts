import { describe, expect, it } from 'vitest';
import { titleFromText } from '../../../../src/core/text/default-title';

describe('titleFromText (a new document is named after its first line)', () => {
  it('takes the first line with visible text, trimmed, spaces collapsed', () => {
    expect(titleFromText('\n  \u200f\n  وزير  الخارجية يزور القاهرة \nالجملة الثانية.')).toBe('وزير الخارجية يزور القاهرة');
  });

  it('strips a byte-order mark and bidi marks at the edges', () => {
    expect(titleFromText('\ufeff\u202bعنوان الخبر\u202c\r\nنص')).toBe('عنوان الخبر');
  });

  it('shortens a long first line at a word boundary, with an ellipsis', () => {
    const line = 'قال وزير الخارجية في مؤتمر صحفي عقده اليوم في العاصمة إن المفاوضات ستستأنف الأسبوع المقبل.';
    const title = titleFromText(line)!;
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(61);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
    // Whole words only: the character after the cut in the line is a space.
    expect(line[title.length - 1]).toBe(' ');
  });

  it('cuts one very long word as is', () => {
    expect(titleFromText('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('drops punctuation left at the cut', () => {
    expect(titleFromText('Hello, world, and more words here', 13)).toBe('Hello, world…');
  });

  it('is null for a text with no visible line', () => {
    expect(titleFromText(' \n\u200f\n')).toBeNull();
  });
});
