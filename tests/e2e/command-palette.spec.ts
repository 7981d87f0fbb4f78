import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';

const activeRow = (page: Page) => page.locator('.segment-row.active');
const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const options = (page: Page) => palette(page).getByRole('option');
const selectedOption = (page: Page) => palette(page).locator('[role=option][aria-selected=true]');

async function openSample(openApp: Parameters<Parameters<typeof test>[2]>[0]['openApp'], workDir: string) {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  await expect(activeRow(app.page)).toBeVisible();
  const activeId = Number(await activeRow(app.page).getAttribute('data-segment-id'));
  return { page: app.page, path, activeId };
}

test('Ctrl+Shift+P, type "merge", Enter merges the active segment with the next — checked in the file', async ({ openApp, workDir }) => {
  const { page, path, activeId } = await openSample(openApp, workDir);
  const before = readStoredSegments(path);
  const at = before.findIndex((s) => s.id === activeId);
  const [active, next] = [before[at]!, before[at + 1]!];

  // Outside the editor (the grid has the focus after a click on the row number).
  await activeRow(page).locator('.col-gutter').click();
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await expect(palette(page)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Type the name of an action' })).toBeFocused();
  await page.keyboard.type('merge');

  // Best match first, with its key shown on the row.
  await expect(options(page).first()).toContainText('Merge with Next');
  await expect(options(page).first().locator('kbd')).toHaveText('Alt+J');
  await expect(selectedOption(page)).toContainText('Merge with Next');
  await page.keyboard.press('Enter');

  await expect(palette(page)).toBeHidden();
  await expect.poll(() => readStoredSegments(path).length).toBe(before.length - 1);
  const after = readStoredSegments(path);
  expect(after.find((s) => s.id === activeId)?.source).toBe(`${active.source} ${next.source}`);
  expect(after.some((s) => s.id === next.id)).toBe(false);
});

test('arrows move the choice, Esc closes without running anything', async ({ openApp, workDir }) => {
  const { page, path } = await openSample(openApp, workDir);
  const before = readStoredSegments(path);

  await activeRow(page).locator('.col-gutter').click();
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.keyboard.type('merge');
  await page.keyboard.press('ArrowDown');
  await expect(selectedOption(page)).toContainText('Merge with Previous');
  await page.keyboard.press('ArrowUp');
  await expect(selectedOption(page)).toContainText('Merge with Next');
  await page.keyboard.press('Escape');

  await expect(palette(page)).toBeHidden();
  expect(readStoredSegments(path)).toEqual(before);
});

test('an action that cannot run now is greyed with the reason, and Enter does nothing', async ({ openApp, workDir }) => {
  const { page, path } = await openSample(openApp, workDir);
  const before = readStoredSegments(path);

  await page.getByRole('button', { name: 'Commands' }).click();
  await expect(palette(page)).toBeVisible();
  // Every action is listed before anything is typed, each with its key where it has one.
  await expect(options(page).filter({ hasText: 'Search and Replace…' }).locator('kbd')).toHaveText('Ctrl+Shift+F');

  await page.keyboard.type('approve sel');
  const row = options(page).first();
  await expect(row).toContainText('Approve Selection');
  await expect(row).toHaveAttribute('aria-disabled', 'true');
  await expect(row).toContainText('Shift+click a row');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeVisible();
  expect(readStoredSegments(path)).toEqual(before);

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('zzqx');
  await expect(palette(page)).toContainText('No action matches');
});

test('from the English editor: the palette splits at the cursor, and Esc gives the editor its keyboard back', async ({ openApp, workDir }) => {
  const { page, path, activeId } = await openSample(openApp, workDir);
  const editor = activeRow(page).locator('.col-target.has-editor .monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('First part. Second part.');
  await page.keyboard.press('Home');
  for (let i = 0; i < 'First part.'.length; i++) await page.keyboard.press('ArrowRight');

  // Esc returns to the editor: what is typed next goes into the text.
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await page.keyboard.type('!');
  await expect(editor.locator('.view-lines')).toContainText('First part.! Second part.');
  await page.keyboard.press('Backspace');

  const count = readStoredSegments(path).length;
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.keyboard.type('split');
  await expect(selectedOption(page)).toContainText('Split at Cursor');
  await page.keyboard.press('Enter');
  await expect.poll(() => readStoredSegments(path).length).toBe(count + 1);
  expect(readStoredSegments(path).find((s) => s.id === activeId)?.target.trim()).toBe('First part.');
});
