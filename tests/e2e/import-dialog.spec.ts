import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';

const SAMPLES = resolve(import.meta.dirname, '../../../shared/tools/samples');

test('importing a Windows-1256 file: the dialog shows the detected encoding and a preview, switching encoding changes it', async ({ openApp, workDir }) => {
  test.skip(!existsSync(join(SAMPLES, 'ar-news-cp1256.txt')), `the shared sample texts are not at ${SAMPLES}`);
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const utf8Lines = readFileSync(join(SAMPLES, 'ar-news.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  app.dialogs.importText = join(SAMPLES, 'ar-news-cp1256.txt');
  await page.getByRole('button', { name: 'Import text file…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Import a text file' });
  await expect(dialog.getByRole('status')).toContainText('Windows-1256 — detected');
  await expect(dialog.getByRole('list', { name: 'First lines' }).locator('li').first()).toHaveText(utf8Lines[0]!);

  // The wrong code page is refused (no mojibake offered for import) …
  await dialog.getByLabel('Encoding').selectOption('iso-8859-6');
  await expect(dialog.getByRole('alert')).toContainText('ISO-8859-6');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  // … and switching back gives the preview again.
  await dialog.getByLabel('Encoding').selectOption('windows-1256');
  await expect(dialog.getByRole('status')).toContainText('Windows-1256 — as chosen');
  await dialog.getByLabel('Title').fill('Legacy encoding');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.document.active .document-title')).toHaveText('Legacy encoding');

  const stored = readStoredSegments(path).slice(16); // after the sample's 16 segments
  // The sentences put back together are the UTF-8 twin, word for word: nothing garbled or lost.
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  expect(squash(stored.map((s) => s.source).join(' '))).toBe(squash(utf8Lines.join(' ')));
  expect(stored.length).toBeGreaterThanOrEqual(utf8Lines.length);
});

test('a binary file is refused in the import dialog with the reason', async ({ openApp, workDir }) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const file = join(workDir, 'scan.txt');
  writeFileSync(file, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0, 0, 1, 2, 3]));
  app.dialogs.importText = file;
  await app.page.getByRole('button', { name: 'Import text file…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Import a text file' });
  await expect(dialog.getByRole('alert')).toContainText('does not look like text');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('segmentation rules are data: edit a word list, see the test split change, save, reset', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  await page.getByRole('button', { name: 'Segmentation rules…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Segmentation rules' });
  await dialog.getByRole('tab', { name: 'English' }).click();
  await expect(dialog.getByLabel('List titles')).toBeVisible();
  const sample = dialog.getByLabel('Sample text');
  await sample.fill('Talks began in Geneva. Prof. Smith spoke first.');
  const sentences = dialog.getByRole('list', { name: 'Sentences' }).locator('li');
  await expect(sentences).toHaveCount(2);
  // Remove "Prof" from the titles list: "Prof." now ends a sentence.
  const titles = dialog.getByLabel('List titles');
  const words = (await titles.inputValue()).split('\n').filter((w) => w !== 'Prof');
  await titles.fill(words.join('\n'));
  await expect(sentences).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.message-info')).toContainText('English segmentation rules saved');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Back to the defaults with one click.
  await page.getByRole('button', { name: 'Segmentation rules…' }).click();
  await dialog.getByRole('tab', { name: 'English' }).click();
  await expect(dialog.getByText('This project’s rules')).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset to Mizan’s defaults' }).click();
  await expect(dialog.getByText('Mizan’s defaults', { exact: true })).toBeVisible();
  await expect(dialog.getByLabel('List titles')).toHaveValue(/^(.*\n)*Prof(\n.*)*$/);
});

test('the import preview marks where sentences will be cut, and the title defaults to the first line', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const file = join(workDir, 'news-2024-03-07.txt');
  writeFileSync(file, '\u200f  وزير الخارجية يزور القاهرة  \nقال الوزير إن المحادثات ستستأنف. وأضاف أن الوفد سيصل غدا؟ ولم يذكر تفاصيل.\n');
  app.dialogs.importText = file;
  await page.getByRole('button', { name: 'Import text file…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Import a text file' });
  const lines = dialog.getByRole('list', { name: 'First lines' }).locator('li');
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0).getByRole('img', { name: 'sentence break' })).toHaveCount(0);
  await expect(lines.nth(1).getByRole('img', { name: 'sentence break' })).toHaveCount(2);
  // The mark sits right before the sentence it starts.
  await expect(lines.nth(1).locator('> span').nth(1)).toHaveText(/^\s*وأضاف/);
  await expect(dialog.getByLabel('Title')).toHaveValue('وزير الخارجية يزور القاهرة');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.document.active .document-title')).toHaveText('وزير الخارجية يزور القاهرة');
  // Four segments: the title line and three sentences, as marked (the import keeps the first line's leading mark).
  expect(readStoredSegments(path).slice(16).map((s) => s.source.replace(/^[\s\u200f]+/, '').slice(0, 5))).toEqual(['وزير ', 'قال ا', 'وأضاف', 'ولم ي']);
});
