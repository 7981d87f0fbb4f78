// npm run screenshot -- --project FILE --out DIR [--segment N] [--theme light|dark|both]
// Renders the app on a project in the Chromium harness and writes PNGs, so anyone can look at the
// UI without the Electron binary. The project is copied first: the user's file is never touched.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { Harness, RENDERER_DIR, launchChromium, serveRenderer } from '../tests/e2e/harness';

const USAGE = 'usage: npm run screenshot -- --project FILE.mizan --out DIR [--segment N] [--theme light|dark|both]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        project: { type: 'string' },
        out: { type: 'string' },
        segment: { type: 'string' },
        theme: { type: 'string', default: 'both' },
      },
    }));
  } catch (error) {
    console.error(`screenshot: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.project || !values.out) {
    console.error(`screenshot: --project and --out are required\n${USAGE}`);
    return 2;
  }
  const project = resolve(values.project);
  if (!existsSync(project)) {
    console.error(`screenshot: ${project} does not exist`);
    return 1;
  }
  const themes = values.theme === 'both' ? (['light', 'dark'] as const) : [values.theme as 'light' | 'dark'];
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });

  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error('screenshot: building the renderer first (electron-vite build)…');
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  }

  const work = mkdtempSync(join(tmpdir(), 'mizan-shot-'));
  const copy = join(work, basename(project));
  copyFileSync(project, copy);
  if (existsSync(`${project}-wal`)) copyFileSync(`${project}-wal`, `${copy}-wal`);

  const browser = await launchChromium();
  const server = await serveRenderer();
  const written: string[] = [];
  try {
    for (const theme of themes) {
      const harness = await new Harness({ workDir: work, projectPath: copy, colorScheme: theme }).start(browser, server);
      const { page } = harness;
      await page.evaluate(() => document.fonts.ready);
      await page.locator('.segment-row').first().waitFor();
      const whole = join(out, `window-${theme}.png`);
      await page.screenshot({ path: whole });
      written.push(whole);

      // The Monaco editor active on an Arabic segment (the --segment, else the first with Arabic text).
      const index = values.segment ? Number(values.segment) - 1 : await firstArabicIndex(page);
      await scrollToRow(page, index);
      await page.locator(`.grid-row-slot[data-index="${index}"] .segment-row`).click({ position: { x: 40, y: 20 } });
      await page.locator('.col-target.has-editor .monaco-editor').waitFor();
      await page.waitForTimeout(300);
      const editor = join(out, `editor-${theme}.png`);
      await page.screenshot({ path: editor });
      written.push(editor);
      console.error(`screenshot: ${theme}: segment ${(await page.locator('.segment-row.active .segment-number').textContent())?.trim()} active`);
      const row = join(out, `editor-row-${theme}.png`);
      await page.locator('.segment-row.active').screenshot({ path: row });
      written.push(row);
      if (harness.violations.length) console.error(`screenshot: ${theme}: ${harness.violations.join('; ')}`);
      await harness.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  for (const file of written) console.log(file);
  return 0;
}

/**
 * Brings row `index` into the virtualised grid: only the rows near the viewport exist in the DOM,
 * so scroll by the rendered rows' average height until its slot is there.
 */
async function scrollToRow(page: Page, index: number): Promise<void> {
  const grid = page.locator('.grid-scroll');
  for (let attempt = 0; attempt < 40; attempt++) {
    const slot = page.locator(`.grid-row-slot[data-index="${index}"]`);
    if (await slot.count()) {
      await slot.scrollIntoViewIfNeeded();
      return;
    }
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    await grid.evaluate((el, wanted) => {
      const slots = [...el.querySelectorAll<HTMLElement>('.grid-row-slot')].map((s) => ({ i: Number(s.dataset.index), h: s.getBoundingClientRect().height }));
      if (slots.length === 0) return;
      const average = slots.reduce((sum, s) => sum + s.h, 0) / slots.length;
      const first = Math.min(...slots.map((s) => s.i));
      const last = Math.max(...slots.map((s) => s.i));
      const rows = wanted > last ? wanted - last + 1 : wanted < first ? wanted - first - 1 : 0;
      el.scrollTop += rows * average;
    }, index);
    await page.waitForTimeout(50);
  }
  throw new Error(`row ${index + 1} did not come into view; does the document have that many segments?`);
}

async function firstArabicIndex(page: Page): Promise<number> {
  const index = await page.evaluate(() => {
    for (const slot of document.querySelectorAll<HTMLElement>('.grid-row-slot')) {
      const text = slot.querySelector('.source-text')?.textContent ?? '';
      if (/[\u0600-\u06FF]/.test(text) && slot.querySelector('.segment-row:not(.active)')) return Number(slot.dataset.index);
    }
    return 0;
  });
  return index;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
