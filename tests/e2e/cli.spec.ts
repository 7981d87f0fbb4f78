import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The built command as users run it (`npm run build` first): a real process, real exit codes.
const BIN = fileURLToPath(new URL('../../bin/mizan.js', import.meta.url));

function mizan(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, MIZAN_USER: 'e2e' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mizan-cli-e2e-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('--help lists the commands', () => {
  const { code, stdout, stderr } = mizan('--help');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  for (const name of ['new', 'import', 'segment', 'align', 'export', 'qa', 'stats']) expect(stdout).toContain(`mizan ${name} `);
});

test('new --sample, then stats --json', () => {
  const project = join(dir, 'sample.mizan');
  const created = mizan('new', project, '--sample');
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);

  const { code, stdout } = mizan('stats', project, '--json');
  expect(code).toBe(0);
  const stats = JSON.parse(stdout) as { documents: number; segments: number; by_status: Record<string, number> };
  expect(stats.documents).toBe(1);
  expect(stats.segments).toBe(16);
  expect(Object.values(stats.by_status).reduce((a, b) => a + b, 0)).toBe(16);
});

test('bad usage exits 2 with one stderr line and no stack', () => {
  const { code, stdout, stderr } = mizan('stats', '--no-such-option');
  expect(code).toBe(2);
  expect(stdout).toBe('');
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^mizan: unknown option --no-such-option/);
  expect(stderr).not.toMatch(/^\s+at /m);
});
