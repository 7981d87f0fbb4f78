/** Where a CLI run writes and what it reads from its surroundings; tests pass captured streams. */
export interface CliOutput {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  env: Readonly<Record<string, string | undefined>>;
  /** Long jobs print progress to stderr only when it is a terminal. */
  stderrIsTTY?: boolean;
  /** Clock for stored timestamps; tests fix it, the real entry leaves it to Date.now. */
  now?: () => number;
}
