import { CHANNELS, type Channel } from '../api/channels.js';
import { contract, type Handlers } from '../api/contract.js';
import type { Result } from '../api/result.js';
import { MizanError } from '../core/errors.js';
import { userErrorFrom } from '../core/file-errors.js';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

const known = new Set<string>(CHANNELS);

/**
 * Validates and runs one call. Shared by Electron main and the test harness so both
 * transports run the same code: only how the call arrives differs.
 */
export function createDispatch(handlers: Handlers, onInternalError: (error: unknown) => void = console.error): Dispatch {
  return async (channel, input) => {
    if (!known.has(channel)) return { ok: false, error: { code: 'bad-input', message: `unknown channel ${channel}` } };
    const name = channel as Channel;
    const parsed = contract[name].input.safeParse(input ?? undefined);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return { ok: false, error: { code: 'bad-input', message: `${channel}: ${issue?.message ?? 'invalid input'}${where}` } };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof MizanError) return { ok: false, error: { code: error.code, message: error.message } };
      // EACCES, a locked or read-only file…: the user's to fix, so say what happened and what to do.
      const userError = userErrorFrom(error);
      if (userError) return { ok: false, error: { code: userError.code, message: userError.message } };
      onInternalError(error);
      return { ok: false, error: { code: 'internal', message: `${channel} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}` } };
    }
  };
}
