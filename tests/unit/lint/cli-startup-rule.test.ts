// The lint rule that keeps the CLI's start-up small: a command module may not load services, the store
// or SQLite at import time (only inside run(), with import()); type-only imports cost nothing and pass.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function startupMessages(code: string, file = 'src/cli/commands/new-command.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('lint: CLI commands load their services lazily', () => {
  it.each([
    "import { computeStats } from '../../services/stats-service.js';\nexport const f = computeStats;\n",
    "import { listDocuments } from '../../store/documents.js';\nexport const f = listDocuments;\n",
    "import { withProject } from '../project.js';\nexport const f = withProject;\n",
    "import Database from 'better-sqlite3';\nexport const f = Database;\n",
  ])('a static import fails: %s', async (code) => {
    const messages = await startupMessages(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/import\(\) inside the command's run\(\)/);
  }, 30_000);

  it('a type import, a dynamic import and core imports pass', async () => {
    const code = [
      "import type { ProjectSession } from '../../services/project-session.js';",
      "import { toDocumentId } from '../../core/ids.js';",
      'export async function f(s: ProjectSession) {',
      "  const { computeStats } = await import('../../services/stats-service.js');",
      '  return [computeStats, s, toDocumentId];',
      '}',
      '',
    ].join('\n');
    expect(await startupMessages(code)).toEqual([]);
  }, 30_000);

  it('applies to command modules only (the CLI runner may import them)', async () => {
    expect(await startupMessages("import { withProject } from './project.js';\nexport const f = withProject;\n", 'src/cli/new-helper.ts')).toEqual([]);
  }, 30_000);
});
