import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { Harness } from './harness';
import { TALKS_ARABIC as ARABIC, TALKS_ENGLISH as ENGLISH, createSampleProject, readStoredSegments } from './project-files';


async function pasteArabic(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Paste text…' }).click();
  await page.getByLabel('Title').fill('Talks');
  await page.getByLabel(/Text/).fill(ARABIC);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.segment-row')).toHaveCount(4);
}

/** "Import translation…" with an English file holding `text`, through the preview dialog. */
async function importEnglish(app: Harness, workDir: string, text: string): Promise<void> {
  const english = join(workDir, 'translation.en.txt');
  writeFileSync(english, `${text}\n`);
  app.dialogs.importText = english;
  await app.page.getByRole('button', { name: 'Import translation…' }).click();
  await app.page.getByRole('dialog', { name: 'Import a translation' }).getByRole('button', { name: 'Import and align' }).click();
  await expect(app.page.locator('.message-info')).toContainText('Aligned');
}

/** The sample project plus the Arabic "Talks" document with the four English sentences aligned to it. */
async function openAlignedTalks(openApp: (options?: { projectPath?: string }) => Promise<Harness>, workDir: string) {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  await pasteArabic(app.page);
  await importEnglish(app, workDir, ENGLISH.join(' '));
  return { app, page: app.page, path, aligned: talkRows(path) };
}

/** The rows of the pasted document (the sample's 16 come first in the file). */
const talkRows = (path: string) => readStoredSegments(path).slice(16);

test('import a translation: the English is aligned to the Arabic segments', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  await pasteArabic(page);

  await importEnglish(app, workDir, ENGLISH.join(' '));
  await expect(page.locator('.message-info')).toContainText('Aligned 4 English sentences to 4 segments');

  expect(talkRows(path).map((s) => s.target)).toEqual(ENGLISH);
  await expect(page.locator('.grid-row-slot[data-index="1"] .target-text')).toHaveText(ENGLISH[1]!);
  await expect(page.locator('.segment-row .align-flag')).toHaveCount(0);
});

test('merge, split at the English cursor and at a click in the Arabic, undo and redo — checked in the file', async ({ openApp, workDir }) => {
  const { page, path, aligned } = await openAlignedTalks(openApp, workDir);

  // Merge the first two segments (Alt+J on the first).
  await page.locator('.grid-row-slot[data-index="0"] .segment-row').click({ position: { x: 20, y: 10 } });
  await expect(page.locator('.segment-row.active .segment-number')).toHaveText('1');
  await page.keyboard.press('Alt+J');
  await expect(page.locator('.segment-row')).toHaveCount(3);
  let rows = talkRows(path);
  expect(rows).toHaveLength(3);
  expect(rows[0]!.source).toBe(`${aligned[0]!.source} ${aligned[1]!.source}`);
  expect(rows[0]!.target).toBe(`${ENGLISH[0]} ${ENGLISH[1]}`);
  expect(rows.map((r) => r.position)).toEqual([0, 1, 2]);

  // Undo restores the two segments with their ids; redo merges again.
  await page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.segment-row')).toHaveCount(4);
  expect(talkRows(path)).toEqual(aligned);
  await page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('.segment-row')).toHaveCount(3);
  rows = talkRows(path);
  expect(rows[0]!.target).toBe(`${ENGLISH[0]} ${ENGLISH[1]}`);

  // Split the English at the editor's cursor: after the first sentence.
  await page.locator('.grid-row-slot[data-index="0"] .segment-row').click({ position: { x: 20, y: 10 } });
  await page.locator('.col-target.has-editor .monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < ENGLISH[0]!.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+S');
  await expect(page.locator('.segment-row')).toHaveCount(4);
  rows = talkRows(path);
  expect(rows[0]!.target).toBe(ENGLISH[0]);
  expect(rows[1]!.target).toBe(ENGLISH[1]);
  expect(rows[1]!.source).toBe('');

  // Split the Arabic where the user clicked: put the caret after the first Arabic sentence of row 1.
  const firstArabic = aligned[0]!.source;
  await page.locator('.grid-row-slot[data-index="0"] .segment-row').click({ position: { x: 20, y: 10 } });
  // A click in the Arabic text takes the focus from the editor and leaves the caret there; the
  // caret is then put exactly after the first sentence, as a precise click would.
  await page.locator('.segment-row.active .source-text').click();
  await page.locator('.segment-row.active .source-text').evaluate((el, offset) => {
    const range = document.createRange();
    range.setStart(el.firstChild!, offset);
    range.collapse(true);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }, firstArabic.length);
  await page.keyboard.press('Alt+S');
  await expect(page.locator('.segment-row')).toHaveCount(5);
  rows = talkRows(path);
  expect(rows[0]!.source).toBe(firstArabic);
  expect(rows[1]!.source).toBe(aligned[1]!.source);
  expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);

  // Two undos bring back the merged segment.
  await page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.segment-row')).toHaveCount(4);
  await page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.segment-row')).toHaveCount(3);
  expect(talkRows(path)[0]!.target).toBe(`${ENGLISH[0]} ${ENGLISH[1]}`);
});

test('a doubtful alignment is flagged, Alt+L finds it and Alt+C confirms it', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  await pasteArabic(page);
  // The English lacks the second sentence: the aligner has to guess where the gap is.
  await importEnglish(app, workDir, `${ENGLISH[0]} ${ENGLISH[2]} ${ENGLISH[3]}`);
  await expect(page.locator('.message-info')).toContainText('Aligned 3 English sentences');
  const flags = page.locator('.segment-row .align-flag');
  const flagged = await flags.count();
  expect(flagged).toBeGreaterThan(0);

  await page.locator('.grid-row-slot[data-index="0"] .segment-row').click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Alt+L');
  await expect(page.locator('.segment-row.active .align-flag')).toBeVisible();
  await page.keyboard.press('Alt+C');
  await expect(page.locator('.segment-row.active .align-ok')).toBeVisible();
  await expect(flags).toHaveCount(flagged - 1);
});

test('re-align a Shift+click selection: a wrong merge comes apart again', async ({ openApp, workDir }) => {
  const { page, path, aligned } = await openAlignedTalks(openApp, workDir);

  await page.locator('.grid-row-slot[data-index="0"] .segment-row').click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Alt+J');
  await expect(page.locator('.segment-row')).toHaveCount(3);

  await page.locator('.grid-row-slot[data-index="0"] .segment-row').click({ position: { x: 20, y: 10 } });
  await page.locator('.grid-row-slot[data-index="2"] .segment-row').click({ position: { x: 20, y: 10 }, modifiers: ['Shift'] });
  await expect(page.locator('.segment-row.selected')).toHaveCount(3);
  await page.keyboard.press('Alt+R');
  await expect(page.locator('.message-info')).toContainText('Re-aligned segments 1–3: 4 segments now');
  const rows = talkRows(path);
  expect(rows.map((r) => [r.source, r.target])).toEqual(aligned.map((r) => [r.source, r.target]));
});
