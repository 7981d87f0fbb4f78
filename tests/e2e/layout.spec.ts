import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { importSourceText } from '../../src/services/import-text';
import { ProjectSession } from '../../src/services/project-session';
import { expect, test } from './fixtures';
import { createSampleProject } from './project-files';

// Issue 13 item 12, measured at the default 1400×900 window. Screenshots go to test-results (or $MIZAN_SHOTS).
const WINDOW = { width: 1400, height: 900 };
const shots = process.env.MIZAN_SHOTS;

async function textColumnsWidth(page: Page): Promise<number> {
  const row = page.locator('.segment-row.active');
  const target = await row.locator('.col-target').boundingBox();
  const source = await row.locator('.col-source').boundingBox();
  return (target?.width ?? 0) + (source?.width ?? 0);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shots ? join(shots, name) : test.info().outputPath(name) });
}

test('no toolbar rows without a document; one compact ribbon with one', async ({ openApp, workDir }) => {
  const path = join(workDir, 'empty.mizan');
  const session = new ProjectSession();
  session.create(path, 'Empty');
  session.close();
  const { page } = await openApp({ projectPath: path, viewport: WINDOW });
  await expect(page.getByText('Empty', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await expect(page.getByText('Choose a document on the left, or import an Arabic text.')).toBeVisible();
  await expect(page.locator('.grid-header')).toBeHidden();
  await shoot(page, 'layout-no-document.png');

  const app2 = await openApp({ projectPath: createSampleProject(workDir), viewport: WINDOW });
  await expect(app2.page.locator('.segment-row.active')).toBeVisible();
  // Alignment and Review stand side by side in one ribbon row, not stacked.
  const ribbon = app2.page.getByRole('region', { name: 'Ribbon' });
  const box = await ribbon.boundingBox();
  expect(box?.height ?? 999).toBeLessThanOrEqual(44);
});

test('the active row of a one-line segment is no taller than its text needs', async ({ openApp, workDir }) => {
  const path = join(workDir, 'short.mizan');
  const session = new ProjectSession();
  session.create(path, 'Short');
  importSourceText(session.require(), { now: Date.now, user: () => 'test' }, { title: 'Short', sourceText: 'جملة قصيرة.\nجملة أخرى.' });
  session.close();
  const { page } = await openApp({ projectPath: path, viewport: WINDOW });
  const row = page.locator('.segment-row.active');
  await expect(row).toBeVisible();
  const height = (await row.boundingBox())?.height ?? 999;
  console.log(`active one-line row: ${height.toFixed(0)} px`);
  expect(height).toBeLessThanOrEqual(64);
  // Its four tools fit the gutter on one line (none cut off at its edge).
  const gutter = (await row.locator('.col-gutter').boundingBox())!;
  const last = (await row.locator('.gutter-tools > :last-child').boundingBox())!;
  expect(last.x + last.width).toBeLessThanOrEqual(gutter.x + gutter.width);
});

test('with a side panel open the two text columns keep two thirds of a 1400 px window, docked or overlaid', async ({ openApp, workDir }) => {
  const { page } = await openApp({ projectPath: createSampleProject(workDir), viewport: WINDOW });
  await expect(page.locator('.segment-row.active')).toBeVisible();
  console.log(`text columns, no panel: ${(await textColumnsWidth(page)).toFixed(0)} px`);

  await page.keyboard.press('Alt+KeyM');
  const comments = page.getByRole('complementary', { name: 'Comments' });
  await expect(comments).toBeVisible();
  const docked = await textColumnsWidth(page);
  console.log(`text columns, Comments docked: ${docked.toFixed(0)} px`);
  expect(docked).toBeGreaterThanOrEqual((WINDOW.width * 2) / 3);
  await shoot(page, 'layout-comments-docked.png');
  // The folded document list shows over the grid from its rail, and Esc folds it again.
  await page.getByRole('button', { name: 'Documents', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Progress' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.sidebar')).toHaveCount(0);

  await comments.getByRole('button', { name: 'Overlay' }).click();
  await expect(comments).toHaveAttribute('data-placement', 'overlay');
  const overlaid = await textColumnsWidth(page);
  console.log(`text columns, Comments overlaid: ${overlaid.toFixed(0)} px`);
  expect(overlaid).toBeGreaterThan(docked);
  await shoot(page, 'layout-comments-overlay.png');
  await comments.getByRole('button', { name: 'Dock' }).click();
  await expect(comments).toHaveAttribute('data-placement', 'docked');
  await page.keyboard.press('Alt+KeyM');
  await expect(comments).toBeHidden();

  await page.keyboard.press('Alt+KeyN');
  const annotations = page.getByRole('complementary', { name: 'Annotations' });
  await expect(annotations).toBeVisible();
  const withAnnotations = await textColumnsWidth(page);
  console.log(`text columns, Annotations docked: ${withAnnotations.toFixed(0)} px`);
  expect(withAnnotations).toBeGreaterThanOrEqual((WINDOW.width * 2) / 3);
  await shoot(page, 'layout-annotations-docked.png');
});
