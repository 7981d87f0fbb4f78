// Issue 13 items 10–11: Split Both Sides… cuts the Arabic and the English of a segment in one
// undoable edit, opening at the cut the English suggests; checked in the project file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';

// No punctuation where the Arabic sentence ends: the rules keep one segment, the English shows two.
const ARABIC = 'التقى ترامب بماكرون في باريس يوم الجمعة ناقش الزعيمان الملف الإيراني وقضايا التجارة مع الصين وأوروبا';
const ENGLISH = 'Trump met Macron in Paris on Friday. The two leaders discussed Iran and trade with China and Europe.';

test('Split Both Sides: choose a cut on each side, one edit in the file, Undo restores the segment', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  await page.getByRole('button', { name: 'Paste text…' }).click();
  await page.getByLabel('Title').fill('Summit');
  await page.getByLabel(/Text/).fill(ARABIC);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.segment-row')).toHaveCount(1);
  const english = join(workDir, 'summit.en.txt');
  writeFileSync(english, `${ENGLISH}\n`);
  app.dialogs.importText = english;
  await page.getByRole('button', { name: 'Import translation…' }).click();
  await page.getByRole('dialog', { name: 'Import a translation' }).getByRole('button', { name: 'Import and align' }).click();
  await expect(page.locator('.message-info')).toContainText('Aligned');
  // Not sure enough to cut at import (no punctuation): still one segment.
  const rows = () => readStoredSegments(path).slice(16);
  const before = rows();
  expect(before.map((r) => [r.source, r.target])).toEqual([[ARABIC, ENGLISH]]);

  await page.locator('.grid-row-slot[data-index="0"] .segment-row').click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Alt+Shift+S');
  const dialog = page.getByRole('dialog', { name: 'Split both sides' });
  await expect(dialog).toBeVisible();
  // It opens at the suggestion: the Arabic before «ناقش», the English before "The".
  await expect(dialog.getByRole('button', { name: 'Cut the Arabic before ناقش' })).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.getByRole('button', { name: 'Cut the English before The' })).toHaveAttribute('aria-pressed', 'true');

  // The user chooses other cuts on both sides, then settles on theirs.
  await dialog.getByRole('button', { name: 'Cut the Arabic before الزعيمان' }).click();
  await dialog.getByRole('button', { name: 'Cut the English before leaders' }).click();
  await expect(dialog.getByRole('table', { name: 'Segments after the split' })).toContainText('The two');
  await dialog.getByRole('button', { name: 'Cut the Arabic before ناقش' }).click();
  await dialog.getByRole('button', { name: 'Cut the English before The' }).click();
  await dialog.getByRole('button', { name: 'Split', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.segment-row')).toHaveCount(2);

  const after = rows();
  expect(after.map((r) => [r.source, r.target])).toEqual([
    ['التقى ترامب بماكرون في باريس يوم الجمعة', 'Trump met Macron in Paris on Friday.'],
    ['ناقش الزعيمان الملف الإيراني وقضايا التجارة مع الصين وأوروبا', 'The two leaders discussed Iran and trade with China and Europe.'],
  ]);
  expect(after[0]!.id).toBe(before[0]!.id);

  // One edit: one Undo brings the segment back as it was.
  await page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.segment-row')).toHaveCount(1);
  expect(rows()).toEqual(before);

  // Split at Suggested Cut (Alt+K) makes the same fix in one key.
  await page.locator('.grid-row-slot[data-index="0"] .segment-row').click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Alt+K');
  await expect(page.locator('.segment-row')).toHaveCount(2);
  expect(rows().map((r) => r.source)).toEqual(after.map((r) => r.source));
});
