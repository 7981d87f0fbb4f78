import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { expectOneErrorLine } from './cli-harness.js';

describe('unexpected errors', () => {
  // A stdout that fails stands in for any bug below the CLI: the error is not a MizanError.
  async function runWithBrokenStdout(env: Record<string, string>) {
    let stderr = '';
    const code = await run(['--version'], {
      stdout: { write: () => { throw new Error('disk on fire\nsecond line'); } },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      env,
    });
    return { code, stderr };
  }

  it('are one line with no stack by default', async () => {
    const { code, stderr } = await runWithBrokenStdout({});
    expect(code).toBe(1);
    expect(expectOneErrorLine(stderr)).toBe('mizan: unexpected error: disk on fire second line (run with MIZAN_DEBUG=1 for details)');
  });

  it('add the stack when MIZAN_DEBUG=1', async () => {
    const { code, stderr } = await runWithBrokenStdout({ MIZAN_DEBUG: '1' });
    expect(code).toBe(1);
    expect(stderr.startsWith('mizan: unexpected error: disk on fire second line\n')).toBe(true);
    expect(stderr).toMatch(/\n\s+at /);
  });
});
