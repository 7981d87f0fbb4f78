import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations/index';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';

test('with no project: create one, import an Arabic text file, and get one row per sentence', async ({ openApp, workDir }) => {
  const app = await openApp();
  const { page } = app;
  await expect(page.getByRole('heading', { name: /Mizan/ })).toBeVisible();

  const projectPath = join(workDir, 'Article.mizan');
  app.dialogs.newProject = projectPath;
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.locator('.project-title')).toHaveText('Article');
  await expect(page.getByText('No documents yet')).toBeVisible();

  const textPath = join(workDir, 'statement.txt');
  writeFileSync(textPath, '\uFEFFقال المتحدث إن القرار صعب. وأضاف أن الحوار مستمر؟\r\nالفقرة الثانية هنا!\r\n');
  app.dialogs.importText = textPath;
  await page.getByRole('button', { name: 'Import text file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a text file' });
  await expect(dialog.getByRole('status')).toContainText('UTF-8 — detected (UTF-8 byte order mark');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.segment-row')).toHaveCount(3);
  await expect(page.locator('.segment-row .source-text')).toHaveText([
    'قال المتحدث إن القرار صعب.',
    'وأضاف أن الحوار مستمر؟',
    'الفقرة الثانية هنا!',
  ]);
  await expect(page.getByRole('status')).toContainText('3 segments');

  const db = new Database(projectPath, { readonly: true });
  try {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('application_id', { simple: true })).toBe(0x4d5a4e31);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT paragraph FROM segments ORDER BY position').pluck().all()).toEqual([0, 0, 1]);
  } finally {
    db.close();
  }
});

test('a pasted text becomes a document', async ({ openApp, workDir }) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const { page } = app;
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a text' });
  await dialog.getByLabel('Title').fill('Pasted');
  await dialog.getByLabel(/Text/).fill('جملة أولى. جملة ثانية.');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.document.active .document-title')).toHaveText('Pasted');
  await expect(page.locator('.segment-row')).toHaveCount(2);
});

test('recent projects reopen from the start screen', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  app.prefs.addRecent(path, 'The sample', Date.now());
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Recent projects' })).toBeVisible();
  await page.getByRole('button', { name: 'The sample', exact: true }).click();
  await expect(page.locator('.segment-row').first()).toBeVisible();
});

test('opening a file that is not a project, or importing a binary file, says what is wrong and changes nothing', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const before = readStoredSegments(path);

  const binary = join(workDir, 'photo.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  app.dialogs.importText = binary;
  await page.getByRole('button', { name: 'Import text file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a text file' });
  await expect(dialog.getByRole('alert')).toContainText('does not look like text');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(readStoredSegments(path)).toEqual(before);

  const notProject = join(workDir, 'notes.mizan');
  writeFileSync(notProject, 'just some notes');
  app.dialogs.openProject = notProject;
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.locator('.message-bar[role="alert"]')).toContainText('is not a Mizan project');
  // The open project stays open.
  await expect(page.locator('.segment-row').first()).toBeVisible();
});

test('the copy of the sample can be made from the start screen', async ({ openApp, workDir }) => {
  const app = await openApp();
  app.dialogs.newProject = join(workDir, 'My sample.mizan');
  await app.page.getByRole('button', { name: 'Open a copy of the sample…' }).click();
  await expect(app.page.locator('.segment-row').first()).toBeVisible();
  expect(readStoredSegments(join(workDir, 'My sample.mizan'))).toHaveLength(16);
});

test('the dark theme follows the OS', async ({ openApp, workDir }) => {
  const { page } = await openApp({ projectPath: createSampleProject(workDir), colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 23, 21)');
  await expect(page.locator('.col-target.has-editor .monaco-editor')).toHaveClass(/vs-dark/);
});
