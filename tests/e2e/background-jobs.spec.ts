import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createSampleProject } from './project-files';

const documentCount = (path: string) => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

test('a long import runs off the main thread: the window answers, Cancel stops it and nothing is imported', async ({ openApp, workDir }) => {
  test.setTimeout(120_000);
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path, jobsInWorker: true });
  const { page } = app;
  const before = documentCount(path);

  const big = join(workDir, 'big.txt');
  const lines: string[] = [];
  for (let i = 0; i < 200_000; i += 10) lines.push(Array.from({ length: 10 }, (_, j) => `قال المتحدث في البيان رقم ${i + j} إن الحوار مستمر.`).join(' '));
  writeFileSync(big, lines.join('\n'));

  app.dialogs.importText = big;
  await page.getByRole('button', { name: 'Import text file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a text file' });
  await expect(dialog.getByRole('status')).toContainText('UTF-8', { timeout: 60_000 });
  await dialog.getByLabel('Title').fill('Too long');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  // Main handles the Cancel while the import runs: with the import on the main thread it could not.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.message-bar')).toContainText('cancelled', { timeout: 60_000 });
  expect(documentCount(path)).toBe(before);
  // The window still works: the sample's rows are there and a document can be imported.
  await expect(page.locator('.segment-row').first()).toBeVisible();
});
