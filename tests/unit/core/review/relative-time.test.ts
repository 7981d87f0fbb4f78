import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../../src/core/review/relative-time.js';

const NOW = Date.UTC(2024, 5, 15, 12, 0, 0);
const ago = (seconds: number) => NOW - seconds * 1000;

describe('relativeTime', () => {
  it.each([
    ['a clock slightly ahead', NOW + 5_000, 'just now'],
    ['seconds', ago(30), 'just now'],
    ['one minute', ago(60), '1 minute ago'],
    ['minutes', ago(59 * 60), '59 minutes ago'],
    ['one hour', ago(3600), '1 hour ago'],
    ['hours', ago(23 * 3600 + 59 * 60), '23 hours ago'],
    ['one day', ago(24 * 3600), 'yesterday'],
    ['days', ago(6 * 24 * 3600), '6 days ago'],
    ['this year: the date', Date.UTC(2024, 2, 12, 12), '12 Mar'],
    ['another year: with the year', Date.UTC(2023, 10, 3, 12), '3 Nov 2023'],
  ])('%s', (_name, at, expected) => {
    expect(relativeTime(at, NOW)).toBe(expected);
  });
});
