import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSampleProject } from './project-files';

// Measured in the page; a string so the bundler's helpers never end up inside page code.
const MEASURE = `(() => {
  const widthOf = (root, word) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent.indexOf(word);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + word.length);
        return r.getBoundingClientRect().width;
      }
    }
    return -1;
  };
  // A zero-height inline block sits on the baseline of the line it starts.
  const baseline = (el) => {
    const probe = document.createElement('span');
    probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
    el.insertBefore(probe, el.firstChild);
    const y = probe.getBoundingClientRect().bottom;
    probe.remove();
    return y;
  };
  const active = document.querySelector('.segment-row.active');
  const other = [...document.querySelectorAll('.segment-row:not(.active)')].find((r) => r.getBoundingClientRect().top > 150);
  return {
    inEditor: widthOf(active.querySelector('.view-lines'), WORD),
    inGrid: widthOf(active.querySelector('.source-text'), WORD),
    rowBaselines: [baseline(other.querySelector('.source-text')), baseline(other.querySelector('.target-text'))],
    activeBaselines: [baseline(active.querySelector('.source-text')), baseline(active.querySelector('.view-line > span'))],
  };
})()`;

async function measure(page: Page, word: string) {
  return page.evaluate(MEASURE.replaceAll('WORD', JSON.stringify(word))) as Promise<{
    inEditor: number; inGrid: number; rowBaselines: [number, number]; activeBaselines: [number, number];
  }>;
}

test('Arabic typed in the English editor is shaped like the grid: same face, same width; Arabic and English baselines level', async ({ openApp, workDir }, testInfo) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const { page } = app;
  const editor = page.locator('.col-target.has-editor .monaco-editor');
  await expect(editor).toBeVisible();
  // A word of the active row's Arabic, typed into its English.
  const source = (await page.locator('.segment-row.active .source-text').textContent()) ?? '';
  const word = source.split(/\s+/).find((w) => /^[\u0621-\u064A]{6,}$/.test(w));
  expect(word, 'the active row has a long plain Arabic word').toBeDefined();
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(` ${word!} Nottingham`);
  await expect(page.locator('.segment-row.active .view-lines')).toContainText(word!);
  await page.evaluate(() => document.fonts.ready);

  const m = await measure(page, word!);
  await testInfo.attach('mixed-script row', { body: await page.locator('.segment-row.active').screenshot(), contentType: 'image/png' });
  // Shaped (joined) Arabic in the same face and size has the grid's width; unjoined letters or
  // another face would not (Monaco's default turns off the "liga"/"calt" features Arabic needs).
  expect(m.inGrid).toBeGreaterThan(20);
  expect(Math.abs(m.inEditor - m.inGrid)).toBeLessThanOrEqual(2);
  // The first Arabic line sits on the English line's baseline, in a plain row and in the active one.
  expect(Math.abs(m.rowBaselines[0] - m.rowBaselines[1])).toBeLessThanOrEqual(1);
  expect(Math.abs(m.activeBaselines[0] - m.activeBaselines[1])).toBeLessThanOrEqual(1);
});
