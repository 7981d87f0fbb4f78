import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';

test('export the sample as TMX from the Export dialog, then import the TMX back as a document with the same pairs', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const out = join(workDir, 'sample.tmx');
  app.dialogs.exportFile = out;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^TMX 1\.4b/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.locator('.message-info')).toContainText(`to ${out}`);
  expect(existsSync(out)).toBe(true);
  const tmx = readFileSync(out, 'utf8');
  expect(tmx).toContain('<tmx version="1.4"');

  // The TMX comes back as a new document with the translated pairs of the sample.
  app.dialogs.importText = out;
  await page.getByRole('button', { name: 'Import text file…' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import a text file' });
  await expect(importDialog.getByRole('status')).toContainText('TMX');
  await importDialog.getByLabel('Title').fill('Round trip');
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.document.active .document-title')).toHaveText('Round trip');
  const stored = readStoredSegments(path);
  const original = stored.slice(0, 16).filter((s) => s.target !== '' && s.do_not_translate === 0);
  const imported = stored.slice(16);
  expect(imported.map((s) => [s.source, s.target])).toEqual(original.map((s) => [s.source, s.target]));
  expect(imported.map((s) => s.status)).toEqual(original.map((s) => s.status));
});

test('the export dialog remembers the last format', async ({ openApp, workDir }) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const { page } = app;
  app.dialogs.exportFile = join(workDir, 'sample.csv');
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: /^CSV/ }).check();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export…' }).click();
  await expect(page.locator('.message-info')).toContainText('sample.csv');
  expect(readFileSync(join(workDir, 'sample.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: /^CSV/ })).toBeChecked();
});
