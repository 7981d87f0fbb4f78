import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Fixed so stored timestamps and authors are predictable. */
export const TEST_NOW = 1_700_000_000_000;
export const TEST_USER = 'cli-test';

/** Runs `mizan ARGV` in-process with captured output. */
export async function runCli(argv: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: { MIZAN_USER: TEST_USER, ...env },
    now: () => TEST_NOW,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder per test; `cleanup` removes it. */
export function makeTempDir(): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mizan-cli-'));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The contract's error shape: exactly one line on stderr, starting "mizan: ", no stack. */
export function expectOneErrorLine(stderr: string): string {
  const lines = stderr.split('\n');
  if (lines.length !== 2 || lines[1] !== '' || !lines[0]?.startsWith('mizan: ')) {
    throw new Error(`expected one "mizan: " line on stderr, got ${JSON.stringify(stderr)}`);
  }
  return lines[0];
}

/** A fresh folder with a copy of the sample project in it, made by `mizan new --sample`. */
export async function sampleProjectIn(name: string): Promise<{ tmp: ReturnType<typeof makeTempDir>; project: string }> {
  const tmp = makeTempDir();
  const project = tmp.path(name);
  const created = await runCli(['new', project, '--sample']);
  if (created.code !== 0) throw new Error(`mizan new --sample failed: ${created.stderr}`);
  return { tmp, project };
}
