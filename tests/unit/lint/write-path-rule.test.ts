// The lint rule that keeps ONE write path for segment text and status: a service importing the raw
// store updates fails the lint step; the write module itself may.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

const BAD = `import type { Database } from 'better-sqlite3';
import { updateSegmentTarget } from '../store/segment-updates.js';

export function sneakyReplace(db: Database): void {
  updateSegmentTarget(db, 1 as never, 'text', 0, 'me');
}
`;

async function restrictionMessages(file: string): Promise<string[]> {
  const [result] = await eslint.lintText(BAD, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint: the raw segment updates are not importable from services', () => {
  it.each(['src/services/new-feature-service.ts', 'src/cli/commands/new-command.ts'])('%s importing store/segment-updates fails', async (file) => {
    const messages = await restrictionMessages(file);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/segment-writes\.ts \(writeSegment\)/);
  }, 30_000);

  it('the write module itself may import them', async () => {
    expect(await restrictionMessages('src/services/segment-writes.ts')).toEqual([]);
  }, 30_000);

  it('services keep the other restrictions (no Electron)', async () => {
    const [result] = await eslint.lintText("import { app } from 'electron';\nexport const a = app;\n", { filePath: resolve(root, 'src/services/x-service.ts') });
    expect(result?.messages.map((m) => m.message)).toContain('\'electron\' import is restricted from being used by a pattern. services and the CLI run in plain Node, without Electron');
  }, 30_000);
});

describe('lint: services hold no SQL and write only in IMMEDIATE transactions', () => {
  it.each([
    ["db.prepare('UPDATE segments SET target = ?').run('x');", /services contain no SQL/],
    ["db.pragma('wal_checkpoint(TRUNCATE)');", /services contain no SQL/],
    ["db.exec('DELETE FROM segments');", /services contain no SQL/],
    ['db.transaction(() => undefined)();', /writeTransaction/],
  ])('%s fails', async (line, message) => {
    const code = `import type { Database } from 'better-sqlite3';\nexport function f(db: Database): void {\n  ${line}\n}\n`;
    const [result] = await eslint.lintText(code, { filePath: resolve(root, 'src/services/x-service.ts') });
    const messages = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  }, 30_000);

  it('a regular expression’s exec is not SQL', async () => {
    const [result] = await eslint.lintText("export const m = /a/.exec('a');\n", { filePath: resolve(root, 'src/services/x-service.ts') });
    expect(result?.messages).toEqual([]);
  }, 30_000);
});
