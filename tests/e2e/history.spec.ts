import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSampleProject, readRevisions, readStoredSegments } from './project-files';

const activeRow = (page: Page) => page.locator('.segment-row.active');
const stored = (path: string, id: number) => readStoredSegments(path).find((s) => s.id === id)!;
const storedTargets = (path: string, id: number) => readRevisions(path, id).filter((r) => r.field === 'target').map((r) => r.after);

async function editorReady(page: Page): Promise<void> {
  await expect(page.locator('.col-target.has-editor .monaco-editor')).toBeVisible();
}

test('two editing sessions of the English are two revisions shown as word diffs; restoring the first shows it in the grid and the file', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  await editorReady(page);
  const segmentId = Number(await activeRow(page).getAttribute('data-segment-id'));
  const original = stored(path, segmentId).target;

  // Session 1: add a sentence at the end.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Kirby agreed.');
  // Leave the segment and come back: a new editing session.
  await page.keyboard.press('ControlOrMeta+ArrowDown');
  await expect(activeRow(page)).not.toHaveAttribute('data-segment-id', String(segmentId));
  await page.keyboard.press('ControlOrMeta+ArrowUp');
  await expect(activeRow(page)).toHaveAttribute('data-segment-id', String(segmentId));
  await editorReady(page);
  // Session 2: one word replaced ("agreed." → "objected.").
  await page.keyboard.press('ControlOrMeta+End');
  for (let i = 0; i < 'agreed.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('objected.');
  await expect.poll(() => stored(path, segmentId).target).toBe(`${original} Kirby objected.`);
  expect(storedTargets(path, segmentId)).toEqual([`${original} Kirby agreed.`, `${original} Kirby objected.`]);

  await activeRow(page).getByRole('button', { name: 'History', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'History' });
  const targets = dialog.locator('.revision[data-field="target"]');
  await expect(targets).toHaveCount(2);
  // Newest first: session 2 replaced one word…
  await expect(targets.nth(0).locator('del')).toHaveText(['agreed']);
  await expect(targets.nth(0).locator('ins')).toHaveText(['objected']);
  await expect(targets.nth(0).locator('.revision-diff')).toHaveAttribute('dir', 'ltr');
  // …session 1 only added words.
  await expect(targets.nth(1).locator('del')).toHaveCount(0);
  await expect(targets.nth(1).locator('ins')).toHaveText(['Kirby agreed.']);
  await expect(targets.nth(0).locator('.revision-author')).toHaveText('Test Translator');
  await expect(targets.nth(0).locator('.revision-origin')).toContainText('Editing session');
  await expect(targets.nth(0).locator('.revision-current')).toBeVisible();
  await expect(targets.nth(0).getByRole('button', { name: 'Restore this version' })).toBeDisabled();

  // Monaco's diff editor compares a version with the current text.
  await targets.nth(1).getByRole('button', { name: 'Compare with the current text' }).click();
  await expect(targets.nth(1).locator('.history-monaco-diff .monaco-diff-editor')).toBeVisible();
  await expect(targets.nth(1).locator('.history-monaco-diff .modified-in-monaco-diff-editor')).toContainText('objected');
  await targets.nth(1).getByRole('button', { name: 'Hide comparison' }).click();

  // Restore the first session's text: a new revision, nothing removed from the history.
  await targets.nth(1).getByRole('button', { name: 'Restore this version' }).click();
  await expect(targets).toHaveCount(3);
  await expect(targets.nth(0).locator('del')).toHaveText(['objected']);
  await expect(targets.nth(0).locator('ins')).toHaveText(['agreed']);
  await expect(targets.nth(0).locator('.revision-origin')).toContainText('Restore of revision');
  await expect(targets.nth(0).locator('.revision-current')).toBeVisible();

  expect(stored(path, segmentId).target).toBe(`${original} Kirby agreed.`);
  expect(storedTargets(path, segmentId)).toEqual([`${original} Kirby agreed.`, `${original} Kirby objected.`, `${original} Kirby agreed.`]);
  expect(readRevisions(path, segmentId).at(-1)).toMatchObject({ field: 'target', before: `${original} Kirby objected.`, author: 'Test Translator' });

  // The grid shows it: in the editor of the active row, and as text once another row is active.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(activeRow(page).locator('.monaco-editor .view-lines')).toContainText('Kirby agreed.');
  await expect(activeRow(page).locator('.monaco-editor .view-lines')).not.toContainText('objected');
  await page.keyboard.press('ControlOrMeta+ArrowDown');
  await expect(page.locator(`.segment-row[data-segment-id="${segmentId}"] .target-text`)).toHaveText(`${original} Kirby agreed.`);
  // Leaving the row saved nothing new: the restore was the last change.
  expect(storedTargets(path, segmentId)).toHaveLength(3);
});

test('Fix Arabic… fixes a typo in the source; History shows it as an Arabic word diff (Alt+H); Undo takes it back', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  // Segment 11 of the sample has a typo: "في حن ردت" (and a no-break space) for "في حين ردت".
  await page.locator('.grid-row-slot[data-index="10"] .segment-row').click({ position: { x: 40, y: 20 } });
  await expect(activeRow(page).locator('.segment-number')).toHaveText('11');
  const segmentId = Number(await activeRow(page).getAttribute('data-segment-id'));
  const source = stored(path, segmentId).source;
  expect(source).toMatch(/^في حن\s+ردت/);
  const fixed = source.replace(/^في حن\s+ردت/, 'في حين ردت');

  await activeRow(page).getByRole('button', { name: 'Fix Arabic…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fix Arabic' });
  const field = dialog.getByRole('textbox', { name: 'Arabic' });
  await expect(field).toHaveAttribute('dir', 'rtl');
  await expect(field).toHaveAttribute('lang', 'ar');
  await expect(field).toHaveValue(source);
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  await field.fill(fixed);
  // The dialog previews the change before it is saved.
  await expect(dialog.locator('.revision-diff ins')).toHaveText(['حين']);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(activeRow(page).locator('.source-text')).toContainText('في حين ردت');
  expect(stored(path, segmentId).source).toBe(fixed);
  expect(readRevisions(path, segmentId)).toEqual([{ field: 'source', before: source, after: fixed, author: 'Test Translator' }]);

  // Alt+H from the English editor opens the History.
  await editorReady(page);
  await page.keyboard.press('Alt+H');
  const history = page.getByRole('dialog', { name: 'History' });
  const revision = history.locator('.revision').first();
  await expect(revision).toHaveAttribute('data-field', 'source');
  await expect(revision.locator('.revision-field')).toHaveText('Arabic');
  await expect(revision.locator('.revision-origin')).toHaveText('Fix Arabic');
  const diff = revision.locator('.revision-diff');
  await expect(diff).toHaveAttribute('dir', 'rtl');
  await expect(diff).toHaveAttribute('lang', 'ar');
  await expect(diff.locator('del')).toHaveText(['حن']);
  await expect(diff.locator('ins')).toHaveText(['حين']);
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  // Undo (the toolbar) writes the old Arabic back, as a revision too.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(activeRow(page).locator('.source-text')).toContainText('في حن');
  expect(stored(path, segmentId).source).toBe(source);
  expect(readRevisions(path, segmentId).map((r) => [r.field, r.after])).toEqual([['source', fixed], ['source', source]]);
});
