import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSampleProject, readRevisions, readStoredSegments } from './project-files';

const activeRow = (page: Page) => page.locator('.segment-row.active');

async function replaceActiveText(page: Page, text: string): Promise<void> {
  await expect(page.locator('.col-target.has-editor .monaco-editor')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('type in Monaco, Ctrl+Enter confirms and moves on; the text and status are in the file after a reload', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;

  // The sample's first segment that still needs work is the rejected one.
  await expect(activeRow(page)).toHaveAttribute('data-status', 'rejected');
  const segmentId = Number(await activeRow(page).getAttribute('data-segment-id'));
  const typed = 'The Russian Foreign Ministry accused Washington of “failing to meet its obligations.”';
  await replaceActiveText(page, typed);
  await page.keyboard.press('ControlOrMeta+Enter');

  // Moved on to the next unconfirmed segment (a draft), the confirmed one shows its new state.
  await expect(activeRow(page)).toHaveAttribute('data-status', 'draft');
  const confirmed = page.locator(`.segment-row[data-segment-id="${segmentId}"]`);
  await expect(confirmed.locator('.status-badge')).toHaveText('Translated');
  await expect(confirmed.locator('.target-text')).toHaveText(typed);

  const stored = readStoredSegments(path).find((s) => s.id === segmentId);
  expect(stored).toMatchObject({ target: typed, status: 'translated' });
  const revisions = readRevisions(path, segmentId);
  expect(revisions.map((r) => [r.field, r.after])).toEqual([
    ['target', typed],
    ['status', 'translated'],
  ]);
  expect(revisions.every((r) => r.author === 'Test Translator')).toBe(true);

  await page.reload();
  await expect(confirmed.locator('.target-text')).toHaveText(typed);
  await expect(confirmed.locator('.status-badge')).toHaveText('Translated');
});

test('edits are saved without leaving the segment, and one editing session is one revision', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  const segmentId = Number(await activeRow(page).getAttribute('data-segment-id'));
  await replaceActiveText(page, 'First words');
  await page.keyboard.type(', then more words');
  await expect(page.locator('.save-state')).toHaveText('All changes saved');
  await expect.poll(() => readStoredSegments(path).find((s) => s.id === segmentId)?.target).toBe('First words, then more words');
  expect(readRevisions(path, segmentId).filter((r) => r.field === 'target')).toHaveLength(1);
});

test('Ctrl+Down and Ctrl+Up move between segments and save on the way', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  const start = Number(await activeRow(page).locator('.segment-number').textContent());
  const startId = Number(await activeRow(page).getAttribute('data-segment-id'));
  await replaceActiveText(page, 'Saved when leaving');
  await page.keyboard.press('ControlOrMeta+ArrowDown');
  await expect(activeRow(page).locator('.segment-number')).toHaveText(String(start + 1));
  // Leaving flushes at once, not after the debounce.
  expect(readStoredSegments(path).find((s) => s.id === startId)?.target).toBe('Saved when leaving');
  await page.keyboard.press('ControlOrMeta+ArrowUp');
  await page.keyboard.press('ControlOrMeta+ArrowUp');
  await expect(activeRow(page).locator('.segment-number')).toHaveText(String(start - 1));
  // The editor keeps focus across moves, so typing goes on in the new segment.
  await page.keyboard.type(' (edited)');
  await expect(activeRow(page).locator('.monaco-editor .view-lines')).toContainText('(edited)');
});

test('closing the window flushes a pending edit before main is told it may close', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const segmentId = Number(await activeRow(app.page).getAttribute('data-segment-id'));
  await replaceActiveText(app.page, 'Typed just before closing');
  await app.emit('app.closeRequested', {});
  await expect.poll(() => app.closeReadyCalls).toBe(1);
  expect(readStoredSegments(path).find((s) => s.id === segmentId)?.target).toBe('Typed just before closing');
});

test('a save that fails keeps the text and retries; closing waits and shows what is not saved', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const segmentId = Number(await activeRow(page).getAttribute('data-segment-id'));
  const before = readStoredSegments(path).find((s) => s.id === segmentId)?.target;
  app.failNext.set('segment.updateTarget', 1_000);
  await replaceActiveText(page, 'Typed while the project is locked');
  await expect(page.locator('.save-state')).toHaveText('Not saved — retrying');
  await expect(page.locator('.message-bar')).toContainText('database is locked');

  await app.emit('app.closeRequested', {});
  const dialog = page.getByRole('dialog', { name: 'Unsaved translation' });
  await expect(dialog.locator('textarea')).toHaveValue('Typed while the project is locked');
  expect(app.closeReadyCalls).toBe(0);
  // Main is told to stop waiting: its timer would otherwise close the window over the unsaved text.
  await expect.poll(() => app.closeHeldCalls).toBe(1);
  expect(readStoredSegments(path).find((s) => s.id === segmentId)?.target).toBe(before);

  // The project answers again: the next retry saves the text, and the window may close.
  app.failNext.clear();
  await expect(page.locator('.save-state')).toHaveText('All changes saved');
  await expect(dialog).toContainText('Everything is saved now');
  expect(readStoredSegments(path).find((s) => s.id === segmentId)?.target).toBe('Typed while the project is locked');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await app.emit('app.closeRequested', {});
  await expect.poll(() => app.closeReadyCalls).toBe(1);
});

test('statuses can be set from the active row and the progress panel follows', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  const segmentId = Number(await activeRow(page).getAttribute('data-segment-id'));
  const approvedBefore = Number(await page.locator('.status-count[data-status="approved"] dd').textContent());
  await activeRow(page).getByLabel('Segment status').selectOption('approved');
  await expect(page.locator('.status-count[data-status="approved"] dd')).toHaveText(String(approvedBefore + 1));
  expect(readStoredSegments(path).find((s) => s.id === segmentId)?.status).toBe('approved');
});
