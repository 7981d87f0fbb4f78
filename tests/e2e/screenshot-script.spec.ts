import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ProjectSession } from '../../src/services/project-session';
import { importSourceText } from '../../src/services/import-text';
import { expect, test } from './fixtures';

const run = promisify(execFile);

// `npm run screenshot -- --segment N` used to wait forever for a row outside the first screen:
// the grid is virtualised, so the row's element only exists once it is scrolled to.
test('the screenshot script scrolls to a --segment far down a long document', async ({ workDir }) => {
  test.setTimeout(120_000);
  const path = join(workDir, 'long.mizan');
  const session = new ProjectSession();
  session.create(path, 'Long');
  const lines = Array.from({ length: 600 }, (_, i) => `الجملة رقم ${i + 1} من نص طويل.`);
  importSourceText(session.require(), { now: Date.now, user: () => 'test' }, { title: 'Six hundred', sourceText: lines.join('\n') });
  session.close();

  const out = join(workDir, 'shots');
  const { stdout, stderr } = await run('npx', ['tsx', 'scripts/screenshot.ts', '--project', path, '--out', out, '--segment', '480', '--theme', 'light'], { timeout: 100_000 });
  expect(stderr).toContain('light: segment 480 active');
  expect(stdout).toContain('editor-row-light.png');
  const row = join(out, 'editor-row-light.png');
  expect(existsSync(row) && statSync(row).size).toBeGreaterThan(1000);
});
