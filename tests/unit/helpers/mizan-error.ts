import { MizanError } from '../../../src/core/errors.js';

/** The MizanError `fn` throws; anything else thrown, or nothing, fails the test. */
export function mizanErrorOf(fn: () => unknown): MizanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MizanError) return error;
    throw error;
  }
  throw new Error('expected a MizanError, nothing was thrown');
}
