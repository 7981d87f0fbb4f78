import { join } from 'node:path';
import { ProjectSession } from '../../src/services/project-session';
import { importSourceText } from '../../src/services/import-text';
import { expect, test } from './fixtures';
import { readStoredSegments } from './project-files';

const SEGMENTS = 10_000;

function createLargeProject(dir: string): string {
  const path = join(dir, 'large.mizan');
  const session = new ProjectSession();
  session.create(path, 'Large');
  const lines = Array.from({ length: SEGMENTS }, (_, i) => `الجملة رقم ${i + 1} من نص طويل جدا لاختبار الأداء.`);
  importSourceText(session.require(), { now: Date.now, user: () => 'test' }, { title: 'Ten thousand', sourceText: lines.join('\n') });
  session.close();
  return path;
}

test('a 10,000-segment document renders only the rows on screen and scrolls to the end', async ({ openApp, workDir }) => {
  const path = createLargeProject(workDir);
  const { page } = await openApp({ projectPath: path });
  await expect(page.locator('.segment-row').first()).toBeVisible();
  expect(await page.locator('.grid-row-slot').count()).toBeLessThan(60);

  // Scroll to the bottom in steps, as a user dragging the scrollbar would, and record how long frames take.
  const timing = await page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="grid-scroll"]')!;
    const frames: number[] = [];
    let last = performance.now();
    for (let step = 1; step <= 40; step++) {
      scroller.scrollTop = (scroller.scrollHeight * step) / 40;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    // Rows are measured as they appear, so the total height settles: keep going until the end is reached.
    for (let i = 0; i < 20 && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1; i++) {
      scroller.scrollTop = scroller.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    frames.sort((a, b) => a - b);
    return { median: frames[Math.floor(frames.length / 2)]!, worst: frames[frames.length - 1]! };
  });
  test.info().annotations.push({ type: 'scroll frame time (ms)', description: `median ${timing.median.toFixed(1)}, worst ${timing.worst.toFixed(1)}` });
  console.log(`10,000-segment scroll: median frame ${timing.median.toFixed(1)} ms, worst ${timing.worst.toFixed(1)} ms`);

  const lastRow = page.locator('.segment-row', { has: page.locator('.segment-number', { hasText: /^10000$/ }) });
  await expect(lastRow).toBeVisible();
  await expect(lastRow.locator('.source-text')).toHaveText(`الجملة رقم ${SEGMENTS} من نص طويل جدا لاختبار الأداء.`);
  expect(await page.locator('.grid-row-slot').count()).toBeLessThan(60);

  await lastRow.click({ position: { x: 30, y: 10 } });
  await expect(lastRow).toHaveClass(/active/);
  await page.keyboard.type('The last sentence.');
  await expect.poll(() => readStoredSegments(path).at(-1)?.target).toBe('The last sentence.');
});
