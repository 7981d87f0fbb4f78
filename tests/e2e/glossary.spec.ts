// The glossary in the app: import a TBX in the Glossary dialog, see the terms underlined in the Arabic and
// listed in the aids dock, Alt+1 inserts the first term's English, Ctrl+Shift+T adds a selected term.
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/glossary/sample-terms.tbx');

const activeRow = (page: Page) => page.locator('.segment-row.active');

function storedTerms(path: string): { side: string; text: string; status: string }[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT side, text, status FROM glossary_terms ORDER BY entry_id, side, position').all() as { side: string; text: string; status: string }[];
  } finally {
    db.close();
  }
}

test('import a TBX, see the terms underlined and listed, insert with Alt+1, add a term with Ctrl+Shift+T', async ({ openApp, workDir }, testInfo) => {
  const path = createSampleProject(workDir);
  const tbx = join(workDir, 'terms.tbx');
  copyFileSync(FIXTURE, tbx);
  const app = await openApp({ projectPath: path });
  const { page } = app;

  // The first segment: "واشنطن توقف المحادثات الثنائية مع موسكو بشان الملف السوري.. …"
  const first = page.locator('.segment-row').first();
  await first.locator('.col-source').click();
  await expect(first).toHaveClass(/active/);

  await page.keyboard.press('Alt+G');
  const panel = page.getByRole('region', { name: 'Glossary terms' });
  await expect(panel).toContainText('No glossary terms in this segment.');
  await panel.getByRole('button', { name: 'Glossary…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  app.dialogs.importGlossary = tbx;
  await dialog.getByRole('button', { name: 'Import…' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Imported 3 entries (TBX).');
  await expect(dialog.getByTestId('glossary-entry')).toHaveCount(3);
  await expect(dialog.getByTestId('glossary-entry').first().locator('td.arabic')).toHaveAttribute('dir', 'rtl');
  await expect(dialog.getByTestId('glossary-entry').first().locator('.forbidden')).toHaveText('chats');
  await dialog.screenshot({ path: testInfo.outputPath('glossary-dialog.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Underlined as whole written words (المحادثات for the term محادثات), the English on hover.
  const hits = first.locator('.source-text .term-hit');
  await expect(hits).toHaveText(['المحادثات', 'الملف السوري']);
  await expect(hits.first()).toHaveAttribute('title', /محادثات → talks\nnot: chats/);
  // The dock lists them with their English, the forbidden variant marked.
  const items = panel.getByTestId('glossary-term');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Alt+1');
  await expect(items.first().locator('.english')).toHaveText('talks');
  await expect(items.first().locator('.forbidden')).toHaveText(' chats');
  await expect(items.nth(1).locator('.english')).toHaveText('Syria issue');
  await testInfo.attach('glossary underline and panel', { body: await page.screenshot({ path: testInfo.outputPath('glossary-panel.png') }), contentType: 'image/png' });

  // Alt+1 types the first term's English at the cursor, and it is saved like typing.
  const segmentId = Number(await first.getAttribute('data-segment-id'));
  await expect(page.locator('.col-target.has-editor .monaco-editor')).toBeVisible();
  await page.locator('.col-target.has-editor .monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Washington suspends');
  await page.keyboard.press('Alt+1');
  await expect.poll(() => readStoredSegments(path).find((s) => s.id === segmentId)?.target).toBe('Washington suspends talks');

  // Ctrl+Shift+T with موسكو selected in the Arabic: the dialog has it, the English is typed, one step adds it.
  await activeRow(page).locator('.source-text').evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('موسكو') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'موسكو'.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
  });
  await page.keyboard.press('ControlOrMeta+Shift+T');
  const add = page.getByRole('dialog', { name: 'Add term' });
  await expect(add.getByLabel('Arabic term')).toHaveValue('موسكو');
  await add.getByLabel('English', { exact: true }).fill('Moscow');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add).toBeHidden();
  expect(storedTerms(path).slice(-2)).toEqual([
    { side: 'source', text: 'موسكو', status: 'preferred' },
    { side: 'target', text: 'Moscow', status: 'preferred' },
  ]);
  await expect(hits).toHaveText(['المحادثات', 'موسكو', 'الملف السوري']);
  await expect(items.nth(1).locator('.english')).toHaveText('Moscow');
  await testInfo.attach('after add term', { body: await page.screenshot({ path: testInfo.outputPath('glossary-added.png') }), contentType: 'image/png' });
});
