import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { SegmentId, SegmentStatus } from '../../src/core/model';
import { importSourceText } from '../../src/services/import-text';
import { ProjectSession } from '../../src/services/project-session';
import { setStatus, updateTarget } from '../../src/services/segment-service';
import { listSegments } from '../../src/store/segments';
import { expect, test } from './fixtures';

// Six segments: new, translated, translated, reviewed, approved, translated.
const STATUSES: SegmentStatus[] = ['new', 'translated', 'translated', 'reviewed', 'approved', 'translated'];

function createProject(dir: string): string {
  const path = join(dir, 'review.mizan');
  const session = new ProjectSession();
  session.create(path, 'Review');
  const ctx = { now: Date.now, user: () => 'Translator T' };
  const doc = importSourceText(session.require(), ctx, { title: 'Review', sourceText: STATUSES.map((_, i) => `الجملة رقم ${i + 1}.`).join('\n') });
  listSegments(session.require(), doc.id, 0, 10).forEach((s, i) => {
    if (STATUSES[i] === 'new') return;
    updateTarget(session.require(), ctx, s.id as SegmentId, `Sentence number ${i + 1}.`, null);
    setStatus(session.require(), ctx, s.id as SegmentId, STATUSES[i]!);
  });
  session.close();
  return path;
}

function stored(path: string): { statuses: string[]; comments: { position: number; author: string; body: string }[]; revisions: { position: number; field: string; after: string; author: string }[] } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return {
      statuses: (db.prepare('SELECT status FROM segments ORDER BY position').all() as { status: string }[]).map((r) => r.status),
      comments: db.prepare('SELECT s.position, c.author, c.body FROM comments c JOIN segments s ON s.id = c.segment_id ORDER BY c.id').all() as { position: number; author: string; body: string }[],
      revisions: db.prepare('SELECT s.position, r.field, r.after, r.author FROM revisions r JOIN segments s ON s.id = r.segment_id ORDER BY r.id').all() as { position: number; field: string; after: string; author: string }[],
    };
  } finally {
    db.close();
  }
}

const activeNumber = (page: Page) => page.locator('.segment-row.active .segment-number');
const undo = (page: Page) => page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Undo' });
const redo = (page: Page) => page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Redo' });

test('a reviewer approves and goes on, rejects with a reason, approves a selection, filters — and undoes and redoes it all', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const app = await openApp({ projectPath: path, userName: 'Reviewer R' });
  const { page } = app;
  const review = page.getByRole('toolbar', { name: 'Review' });

  // Approve and next: row 2 approved, the next waiting for review (row 3) becomes active.
  await page.locator('.segment-row').nth(1).locator('.col-source').click();
  await expect(activeNumber(page)).toHaveText('2');
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await expect(activeNumber(page)).toHaveText('3');
  expect(stored(path).statuses).toEqual(['new', 'approved', 'translated', 'reviewed', 'approved', 'translated']);
  expect(stored(path).revisions.at(-1)).toEqual({ position: 1, field: 'status', after: 'approved', author: 'Reviewer R' });

  // Reject needs a reason; the reason becomes a comment by the reviewer.
  await review.getByRole('button', { name: 'Reject…' }).click();
  const reject = page.getByRole('dialog', { name: 'Reject segment' });
  await expect(reject.getByRole('button', { name: 'Reject' })).toBeDisabled();
  await reject.getByRole('textbox').fill('“Number” should be “No.” in headlines.');
  await reject.getByRole('button', { name: 'Reject' }).click();
  await expect(reject).toBeHidden();
  expect(stored(path).statuses[2]).toBe('rejected');
  expect(stored(path).comments).toEqual([{ position: 2, author: 'Reviewer R', body: '“Number” should be “No.” in headlines.' }]);

  // Undo the rejection (status and comment together), then redo it.
  await expect(undo(page)).toHaveAttribute('title', /Reject segment/);
  await undo(page).click();
  await expect.poll(() => stored(path).statuses[2]).toBe('translated');
  expect(stored(path).comments).toEqual([]);
  await redo(page).click();
  await expect.poll(() => stored(path).statuses[2]).toBe('rejected');
  expect(stored(path).comments).toHaveLength(1);

  // Bulk approve: Shift+click selects rows 4–6 from the active row 4.
  await page.locator('.segment-row').nth(3).locator('.col-source').click();
  await page.locator('.segment-row').nth(5).locator('.col-source').click({ modifiers: ['Shift'] });
  await review.getByRole('button', { name: 'Approve selection (3)' }).click();
  await expect.poll(() => stored(path).statuses).toEqual(['new', 'approved', 'rejected', 'approved', 'approved', 'approved']);
  await undo(page).click();
  await expect.poll(() => stored(path).statuses).toEqual(['new', 'approved', 'rejected', 'reviewed', 'approved', 'translated']);

  // Filters: only rejected; then "hide approved"; the active row follows, cleared shows all six.
  // The filters sit in a bar the ribbon's Filter button opens.
  await review.getByRole('button', { name: 'Filter' }).click();
  const filters = page.getByRole('group', { name: 'Filter the grid' });
  await filters.getByText('Rejected', { exact: true }).click();
  await expect(page.locator('.segment-row')).toHaveCount(1);
  await expect(page.locator('.segment-row .segment-number')).toHaveText('3');
  await filters.getByText('Rejected', { exact: true }).click();
  await filters.getByText('Hide approved').click();
  await expect(page.locator('.segment-row .segment-number')).toHaveText(['1', '3', '4', '6']);
  await filters.getByText('Open comments').click();
  await expect(page.locator('.segment-row .segment-number')).toHaveText(['3']);
  // Approving in a filtered view: the approved row leaves "hide approved" at once.
  await page.locator('.segment-row').first().locator('.col-source').click();
  await filters.getByText('Open comments').click();
  await page.locator('.segment-row').filter({ has: page.locator('.segment-number', { hasText: /^4$/ }) }).locator('.col-source').click();
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await expect(page.locator('.segment-row .segment-number')).toHaveText(['1', '3', '6']);
  await review.getByRole('button', { name: 'Clear filter' }).click();
  await expect(page.locator('.segment-row')).toHaveCount(6);

  // Undo across all of it, oldest last: approve(4) → bulk was undone already → reject → approve(2).
  await undo(page).click();
  await expect.poll(() => stored(path).statuses[3]).toBe('reviewed');
  await undo(page).click();
  await expect.poll(() => stored(path).statuses[2]).toBe('translated');
  await undo(page).click();
  await expect.poll(() => stored(path).statuses).toEqual(STATUSES);
  await expect(undo(page)).toBeDisabled();
  // A status change and its undo are both revisions; a rejection or a bulk change undone takes its
  // own revisions back with it (it is restored as a whole).
  expect(stored(path).revisions.filter((r) => r.field === 'status' && r.author === 'Reviewer R').map((r) => [r.position + 1, r.after])).toEqual([
    [2, 'approved'], [4, 'approved'], [4, 'reviewed'], [2, 'translated'],
  ]);
  expect(app.violations).toEqual([]);
});

test('on first use the app asks who is working, and records that name', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const app = await openApp({ projectPath: path, firstRun: true, userName: 'login-name' });
  const { page } = app;
  const dialog = page.getByRole('dialog', { name: 'Who is working' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Name')).toHaveValue('login-name');
  await dialog.getByLabel('Name').fill('Huda Haddad');
  await dialog.getByRole('radio', { name: 'Reviewer' }).check();
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.identity-chip')).toHaveText('Huda Haddad · Reviewer');
  await page.locator('.segment-row').nth(1).locator('.col-source').click();
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await expect.poll(() => stored(path).revisions.at(-1)?.author).toBe('Huda Haddad');
  // Next start: not asked again.
  await page.reload();
  await expect(page.locator('.identity-chip')).toHaveText('Huda Haddad · Reviewer');
  await expect(dialog).toBeHidden();
});

test('typing is undone from the toolbar after leaving the segment, one editing session at a time, and redone', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const rows = page.locator('.segment-row');
  const target = () => {
    const db = new Database(path, { readonly: true });
    try {
      return (db.prepare('SELECT target FROM segments WHERE position = 1').get() as { target: string }).target;
    } finally {
      db.close();
    }
  };
  await rows.nth(1).locator('.col-source').click();
  await rows.nth(1).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Edited once');
  await rows.nth(2).locator('.col-source').click(); // leaving saves and ends the session
  await expect.poll(target).toBe('Sentence number 2. Edited once');
  await expect(undo(page)).toHaveAttribute('title', /Edit translation/);
  await undo(page).click();
  await expect.poll(target).toBe('Sentence number 2.');
  // The undone segment becomes the active one, its text back in the editor.
  await expect(page.locator('.segment-row.active .segment-number')).toHaveText('2');
  await expect(rows.nth(1).locator('.monaco-editor .view-lines')).toHaveText('Sentence number 2.');
  await redo(page).click();
  await expect.poll(target).toBe('Sentence number 2. Edited once');
  await expect(rows.nth(1).locator('.monaco-editor .view-lines')).toHaveText('Sentence number 2. Edited once');
});

test('with the Comments panel open, moving between rows leaves the keyboard in the grid: the review shortcuts all work', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const app = await openApp({ projectPath: path, userName: 'Reviewer R' });
  const { page } = app;
  await page.locator('.segment-row').nth(1).locator('.col-source').click();
  await expect(activeNumber(page)).toHaveText('2');

  // Alt+M opens the panel and puts the cursor in "New comment", as asked.
  await page.keyboard.press('Alt+M');
  const newComment = page.getByRole('textbox', { name: 'New comment' });
  await expect(newComment).toBeFocused();

  // Back in the grid, row changes no longer pull the caret into the panel.
  await page.locator('.segment-row').nth(1).locator('.col-source').click();
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await expect(activeNumber(page)).toHaveText('3');
  await expect(newComment).not.toBeFocused();
  expect(stored(path).statuses).toEqual(['new', 'approved', 'translated', 'reviewed', 'approved', 'translated']);

  await page.keyboard.press('ControlOrMeta+Shift+Backspace');
  const reject = page.getByRole('dialog', { name: 'Reject segment' });
  await reject.getByRole('textbox').fill('Wrong number.');
  await reject.getByRole('button', { name: 'Reject' }).click();
  await expect(reject).toBeHidden();
  await expect.poll(() => stored(path).statuses[2]).toBe('rejected');

  await page.locator('.segment-row').nth(3).locator('.col-source').click();
  await expect(newComment).not.toBeFocused();
  await page.keyboard.press('Alt+H');
  await expect(page.getByRole('dialog', { name: 'History' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.comments-panel')).toBeVisible();
});
