import { describe, expect, it } from 'vitest';
import { allowedStatus, lowerStatus, mergedStatus, statusForTarget } from '../../../../../src/core/align/edit/index.js';

describe('statuses after alignment edits', () => {
  it.each([
    ['new', 'approved', 'new'],
    ['draft', 'rejected', 'draft'],
    ['rejected', 'translated', 'rejected'],
    ['approved', 'reviewed', 'reviewed'],
    ['approved', 'approved', 'approved'],
  ] as const)('lowerStatus(%s, %s) = %s', (a, b, expected) => {
    expect(lowerStatus(a, b)).toBe(expected);
    expect(lowerStatus(b, a)).toBe(expected);
  });

  it.each([
    ['new', 'translated', 'Some English.', 'draft'],
    ['new', 'new', '', 'new'],
    ['approved', 'reviewed', 'x', 'reviewed'],
  ] as const)('mergedStatus(%s, %s, %j) = %s', (a, b, target, expected) => {
    expect(mergedStatus(a, b, target)).toBe(expected);
  });

  it.each([
    ['new', 'x', 'draft'],
    ['new', ' ', 'new'],
    ['draft', '', 'new'],
    ['draft', 'x', 'draft'],
    ['approved', '', 'new'],
    ['translated', '  ', 'new'],
    ['reviewed', 'x', 'reviewed'],
    ['rejected', 'x', 'rejected'],
    ['rejected', '', 'rejected'],
  ] as const)('statusForTarget(%s, %j) = %s', (status, target, expected) => {
    expect(statusForTarget(status, target)).toBe(expected);
  });

  // Issue 13: re-import left a segment Translated with no English, and progress counted it as done.
  it.each([
    ['translated', '', 'new'],
    ['reviewed', ' ', 'new'],
    ['approved', '', 'new'],
    ['approved', 'x', 'approved'],
    ['draft', '', 'draft'],
    ['rejected', '', 'rejected'],
  ] as const)('a segment with empty English is never translated or beyond: allowedStatus(%s, %j) = %s', (status, target, expected) => {
    expect(allowedStatus(status, target)).toBe(expected);
  });
});
