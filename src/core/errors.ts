// Errors carry a code so every surface (IPC Result, CLI exit status, UI message) can say
// what failed and what the user can do, without parsing messages.

export const ERROR_CODES = [
  'bad-input',
  'not-found',
  'no-project',
  'not-a-project',
  'corrupt-project',
  'newer-version',
  'file-exists',
  'io',
  'not-implemented',
  'cancelled',
  'untrusted-project',
  'locked',
  'read-only',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class MizanError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MizanError';
    this.code = code;
  }
}

export function isMizanError(value: unknown): value is MizanError {
  return value instanceof MizanError;
}
