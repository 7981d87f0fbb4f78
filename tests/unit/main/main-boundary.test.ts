import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps main a thin shell, checked on snippets as if they were files of src/main.
const eslint = new ESLint();

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the src/main lint boundary', () => {
  it.each([
    ["import { listSegments } from '../store/segments.js';"],
    ["import Database from 'better-sqlite3';"],
    ["import { App } from '../renderer/src/app';"],
  ])('refuses %s', async (line) => {
    const messages = await restrictedImports(`${line}\nvoid 0;\n`, 'src/main/bad-import.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/thin Electron shell/);
  }, 60_000);

  it('allows services and the contract', async () => {
    const code = "import { createHandlers } from '../services/handlers.js';\nimport { ACTIONS } from '../api/actions.js';\nvoid createHandlers;\nvoid ACTIONS;\n";
    expect(await restrictedImports(code, 'src/main/good-import.ts')).toEqual([]);
  }, 60_000);
});
