import { join } from 'node:path';
import { ProjectSession } from '../../src/services/project-session';
import { importSourceText } from '../../src/services/import-text';
import { expect, test } from './fixtures';

const SEGMENTS = 3_000;

function createProject(dir: string): string {
  const path = join(dir, 'lists.mizan');
  const session = new ProjectSession();
  session.create(path, 'Lists');
  // Every other sentence is long, so rows differ in height (the virtualiser measures each one).
  const lines = Array.from({ length: SEGMENTS }, (_, i) =>
    i % 2 === 0 ? `الجملة رقم ${i + 1}.` : `الجملة رقم ${i + 1} ${'من نص طويل جدا يلتف على عدة أسطر في العمود '.repeat(4)}.`,
  );
  importSourceText(session.require(), { now: Date.now, user: () => 'test' }, { title: 'Three thousand', sourceText: lines.join('\n') });
  session.close();
  return path;
}

test('500 search results draw only those on screen; the keys walk the whole list and Enter opens the segment', async ({ openApp, workDir }) => {
  const { page } = await openApp({ projectPath: createProject(workDir) });
  await page.keyboard.press('ControlOrMeta+Shift+F');
  const panel = page.getByRole('complementary', { name: 'Search' });
  await panel.getByLabel('Search in').selectOption('source');
  await panel.getByLabel('Search text').fill('الجملة');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toContainText(`${SEGMENTS} segments match (first 500 listed)`);
  const list = panel.getByRole('listbox', { name: 'Search results' });
  const hits = list.getByRole('option');
  await expect(hits.first()).toHaveAttribute('aria-setsize', '500');
  expect(await hits.count()).toBeLessThan(60);

  // Scrolled to its end, the list draws the last hits (heights settle as rows are measured).
  await expect
    .poll(async () => {
      await page.locator('.search-results-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      return hits.last().getAttribute('aria-posinset');
    })
    .toBe('500');
  expect(await hits.count()).toBeLessThan(60);

  // Back to the top; Down forty times moves the selection out of the first screen, and it is scrolled into view.
  await page.locator('.search-results-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
  await list.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  const selected = list.locator('[aria-selected="true"]');
  await expect(selected).toHaveAttribute('aria-posinset', '41');
  await expect(selected).toBeInViewport();
  const number = await selected.locator('.segment-number').innerText();
  await page.keyboard.press('Enter');
  await expect(page.locator('.segment-row.active .segment-number')).toHaveText(number);
});

test('Go to a far segment lands on it and it stays in view while the rows around it are measured', async ({ openApp, workDir }) => {
  const { page } = await openApp({ projectPath: createProject(workDir) });
  await expect(page.locator('.segment-row').first()).toBeVisible();
  await page.keyboard.press('ControlOrMeta+KeyG');
  const number = page.getByRole('dialog', { name: 'Go to segment' }).getByLabel('Segment number');
  await number.fill('2500');
  await number.press('Enter');
  const active = page.locator('.segment-row.active');
  await expect(active.locator('.segment-number')).toHaveText('2500');
  await expect(active).toBeInViewport();
  // A few frames later (rows above measured, estimates replaced), it has not drifted out of view.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  await expect(active).toBeInViewport({ ratio: 0.9 });
  expect(await page.locator('.grid-row-slot').count()).toBeLessThan(60);

  // Right after another jump, the user scrolls away: the grid leaves the view where they put it.
  await page.keyboard.press('ControlOrMeta+KeyG');
  await number.fill('1500');
  await number.press('Enter');
  await expect(active.locator('.segment-number')).toHaveText('1500');
  await page.locator('[data-testid="grid-scroll"]').evaluate((el) => {
    el.scrollTop = 0;
  });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  await expect(page.locator('.segment-row', { has: page.locator('.segment-number', { hasText: /^1$/ }) })).toBeInViewport();
});
