import { describe, expect, it } from 'vitest';
import { ERROR_CODES, MizanError, isMizanError } from '../../../src/core/errors.js';

describe('MizanError', () => {
  it.each(ERROR_CODES.map((c) => [c]))('carries code %s, its message and name', (code) => {
    const error = new MizanError(code, `failed: ${code}`);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.message).toBe(`failed: ${code}`);
    expect(error.name).toBe('MizanError');
  });

  it('keeps the cause', () => {
    const cause = new Error('disk full');
    expect(new MizanError('io', 'could not save', { cause }).cause).toBe(cause);
  });
});

describe('isMizanError', () => {
  it.each([
    ['a MizanError', new MizanError('internal', 'x'), true],
    ['a plain Error', new Error('x'), false],
    ['an error-shaped object', { name: 'MizanError', code: 'io', message: 'x' }, false],
    ['a string', 'io', false],
    ['null', null, false],
  ])('%s → %s', (_label, value, expected) => {
    expect(isMizanError(value)).toBe(expected);
  });
});
