import { describe, expect, it } from 'vitest';
import { estimateRowHeight, UNLOADED_ROW_HEIGHT } from '../../../../src/renderer/src/state/row-estimate';
const segment = (source: string, target: string) => ({ source, target });

describe('estimateRowHeight', () => {
  it('estimates a row not loaded yet at a fixed height', () => {
    expect(estimateRowHeight(undefined, 1200)).toBe(UNLOADED_ROW_HEIGHT);
  });

  it('grows with the text and shrinks as the columns widen', () => {
    const short = estimateRowHeight(segment('قال', 'He said'), 1200);
    const long = estimateRowHeight(segment('قال '.repeat(200), 'He said '.repeat(200)), 1200);
    const wide = estimateRowHeight(segment('قال '.repeat(200), 'He said '.repeat(200)), 2400);
    expect(long).toBeGreaterThan(short);
    expect(wide).toBeLessThan(long);
  });

  it('counts hard line breaks as lines', () => {
    expect(estimateRowHeight(segment('a', 'one\ntwo\nthree\nfour'), 1200)).toBeGreaterThan(estimateRowHeight(segment('a', 'one two three four'), 1200));
  });
});
