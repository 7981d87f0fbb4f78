/** Bad usage (exit 2), as opposed to bad input (a MizanError, exit 1). */
export class UsageError extends Error {
  /** The command whose help explains the mistake; null for the top-level help. */
  readonly command: string | null;
  constructor(message: string, command: string | null) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
