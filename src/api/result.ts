import type { ErrorCode } from '../core/errors.js';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** What every channel returns across IPC: Electron keeps only `message` of a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
