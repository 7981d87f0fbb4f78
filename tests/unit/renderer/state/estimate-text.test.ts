import { describe, expect, it } from 'vitest';
import { estimateTextHeight, wrappedLines } from '../../../../src/renderer/src/state/estimate-text';

describe('wrappedLines', () => {
  it('counts one line for empty text and for text that fits', () => {
    expect(wrappedLines('', 40)).toBe(1);
    expect(wrappedLines('a'.repeat(40), 40)).toBe(1);
  });

  it('wraps long text and starts a line at each hard break, even an empty one', () => {
    expect(wrappedLines('a'.repeat(41), 40)).toBe(2);
    expect(wrappedLines('one\n\nthree', 40)).toBe(3);
    expect(wrappedLines(`${'a'.repeat(100)}\nb`, 40)).toBe(4);
  });

  it('never takes fewer than 8 characters a line (a very narrow column)', () => {
    expect(wrappedLines('a'.repeat(16), 1)).toBe(2);
  });
});

describe('estimateTextHeight', () => {
  it('is lines × line height at the width the font allows', () => {
    expect(estimateTextHeight('a'.repeat(100), 400, 10, 20)).toBe(3 * 20);
  });
});
