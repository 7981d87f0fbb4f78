import Database from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';
import type { CommentRow } from '../../src/store/range-edits';

// Review threads end to end on a copy of the sample (3 threads: segments 7 and 10 open, segment 3
// resolved; written by "Reviewer" and "Translator"). The app's user is the harness's "Test Translator".
// Every step is checked in the project file through a second, read-only connection.

const ME = 'Test Translator';

type StoredComment = Omit<CommentRow, 'annotation_id'>;

function readComments(path: string): StoredComment[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, segment_id, parent_id, author, body, created_at, updated_at, resolved_at, resolved_by FROM comments ORDER BY id').all() as StoredComment[];
  } finally {
    db.close();
  }
}

const row = (page: Page, index: number) => page.locator(`.grid-row-slot[data-index="${index}"] .segment-row`);
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Comments' });
const threadBy = (scope: Locator, author: string) => scope.getByRole('listitem', { name: new RegExp(`^Thread by ${author}`) });

async function activateRow(page: Page, index: number): Promise<void> {
  await row(page, index).click({ position: { x: 40, y: 12 } });
  await expect(row(page, index)).toHaveClass(/active/);
}

test('comment → reply → resolve → filter by status and author → go to, each step on disk', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const segments = readStoredSegments(path);
  const before = readComments(path);
  expect(before).toHaveLength(5);
  const app = await openApp({ projectPath: path });
  const { page } = app;

  // The sample's open threads show as badges on rows 7 and 10 (not on 3: resolved).
  await expect(row(page, 6).locator('.comment-badge')).toHaveText('1');
  await expect(row(page, 9).locator('.comment-badge')).toHaveText('1');
  await expect(row(page, 2).locator('.comment-badge')).toHaveCount(0);

  await activateRow(page, 0);
  await page.getByRole('button', { name: 'Comments', exact: true }).click();
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText('Segment 1: no comments yet');

  // Comment
  await panel.getByRole('textbox', { name: 'New comment' }).fill('The headline should say “suspends”, as the Arabic does.');
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
  const mine = threadBy(panel, ME);
  await expect(mine.getByRole('article', { name: `Comment by ${ME}` })).toContainText('The headline should say “suspends”, as the Arabic does.');
  await expect(panel.getByRole('textbox', { name: 'New comment' })).toHaveValue('');
  await expect(row(page, 0).locator('.comment-badge')).toHaveText('1');
  await expect.poll(() => readComments(path).length).toBe(6);
  const root = readComments(path).at(-1)!;
  expect(root).toMatchObject({ segment_id: segments[0]!.id, parent_id: null, author: ME, body: 'The headline should say “suspends”, as the Arabic does.', resolved_at: null });
  // With a panel docked the document list is folded to a rail: its button shows it (progress included).
  const documents = page.getByRole('button', { name: 'Documents', exact: true });
  await documents.click();
  await expect(page.locator('.sidebar')).toContainText('3 open comments');
  await documents.click();
  await expect(page.locator('.sidebar')).toHaveCount(0);

  // Reply
  await mine.getByRole('button', { name: 'Reply' }).click();
  await mine.getByRole('textbox', { name: 'Your reply' }).fill('Agreed — changing it.');
  await mine.getByRole('button', { name: 'Send reply' }).click();
  await expect(mine.getByRole('list', { name: 'Replies' })).toContainText('Agreed — changing it.');
  await expect.poll(() => readComments(path).length).toBe(7);
  expect(readComments(path).at(-1)).toMatchObject({ segment_id: segments[0]!.id, parent_id: root.id, author: ME, body: 'Agreed — changing it.' });

  // Resolve: the thread folds away and greys, the badge goes, the file records who and when.
  await mine.getByRole('button', { name: /Resolve/ }).click();
  const resolvedThread = panel.getByRole('listitem', { name: `Thread by ${ME}, resolved, 1 reply` });
  await expect(resolvedThread).toHaveClass(/resolved/);
  await expect(resolvedThread).toContainText(`Resolved by ${ME}`);
  await expect(resolvedThread.getByRole('button', { name: /^Show/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(row(page, 0).locator('.comment-badge')).toHaveCount(0);
  await expect.poll(() => readComments(path).find((c) => c.id === root.id)?.resolved_by).toBe(ME);
  expect(readComments(path).find((c) => c.id === root.id)!.resolved_at).toBeGreaterThan(root.created_at - 1);

  // Filters: open / resolved / all, and by author (started or replied).
  await panel.getByRole('tab', { name: 'All threads' }).click();
  const list = panel.getByRole('list', { name: 'Document threads' });
  const shown = () => list.locator(':scope > li .thread-segment').allTextContents();
  await expect(panel.getByRole('button', { name: /^Open/ })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(shown).toEqual(['Segment 7', 'Segment 10']);
  await panel.getByRole('button', { name: /^Resolved/ }).click();
  await expect.poll(shown).toEqual(['Segment 1', 'Segment 3']);
  await panel.getByRole('button', { name: /^All/ }).click();
  await expect.poll(shown).toEqual(['Segment 1', 'Segment 3', 'Segment 7', 'Segment 10']);
  await panel.getByRole('combobox', { name: 'Author' }).selectOption('Translator');
  await expect.poll(shown).toEqual(['Segment 3', 'Segment 7']);
  await panel.getByRole('combobox', { name: 'Author' }).selectOption(ME);
  await expect.poll(shown).toEqual(['Segment 1']);
  await panel.getByRole('combobox', { name: 'Author' }).selectOption('');
  await panel.getByRole('button', { name: /^Open/ }).click();
  await expect.poll(shown).toEqual(['Segment 7', 'Segment 10']);

  // Go to: segment 10 becomes the active row.
  await list.locator(':scope > li').filter({ hasText: 'Segment 10' }).getByRole('button', { name: 'Go to' }).click();
  await expect(row(page, 9)).toHaveClass(/active/);
  await expect(row(page, 9)).toBeInViewport();
  await panel.getByRole('tab', { name: 'This segment' }).click();
  await expect(panel.getByRole('status')).toHaveText('Segment 10: 1 open, 0 resolved');
  await expect(threadBy(panel, 'Reviewer')).toContainText('The Arabic quote is ungrammatical');
});

test('edit your own comment; someone else\'s has no Edit or Delete, and the project refuses it too', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;

  // The row's badge opens the panel on that segment.
  await row(page, 6).locator('.comment-badge').click();
  const panel = panelOf(page);
  await expect(row(page, 6)).toHaveClass(/active/);
  await expect(panel.getByRole('status')).toHaveText('Segment 7: 1 open, 0 resolved');
  await expect(panel.getByRole('textbox', { name: 'New comment' })).toBeFocused();
  const thread = threadBy(panel, 'Reviewer');
  const reviewers = thread.getByRole('article', { name: 'Comment by Reviewer' });
  await expect(reviewers).toBeVisible();
  await expect(reviewers.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(reviewers.getByRole('button', { name: 'Delete' })).toHaveCount(0);

  // A reply of mine, then an edit of it.
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByRole('textbox', { name: 'Your reply' }).fill('I would keep “militants” here.');
  await thread.getByRole('textbox', { name: 'Your reply' }).press('ControlOrMeta+Enter');
  const mine = thread.getByRole('article', { name: `Comment by ${ME}` });
  await expect(mine).toContainText('I would keep “militants” here.');
  await expect.poll(() => readComments(path).length).toBe(6);
  const reply = readComments(path).at(-1)!;

  await mine.getByRole('button', { name: 'Edit' }).click();
  await mine.getByRole('textbox', { name: 'Edit comment' }).fill('I would keep “armed groups” here.');
  await mine.getByRole('button', { name: 'Save' }).click();
  await expect(mine.locator('.comment-body')).toHaveText('I would keep “armed groups” here.');
  await expect(mine).toContainText('edited');
  await expect.poll(() => readComments(path).find((c) => c.id === reply.id)?.body).toBe('I would keep “armed groups” here.');
  const edited = readComments(path).find((c) => c.id === reply.id)!;
  expect(edited.updated_at).toBeGreaterThanOrEqual(edited.created_at);
  expect(edited.created_at).toBe(reply.created_at);

  // Through the bridge as the page would: the project refuses an edit of the Reviewer's comment.
  const theirs = readComments(path).find((c) => c.author === 'Reviewer' && c.segment_id === reply.segment_id)!;
  const refused = await page.evaluate(
    (id) => (window as unknown as { mizan: { invoke(c: string, i: unknown): Promise<unknown> } }).mizan.invoke('comment.edit', { id, body: 'overwritten' }),
    theirs.id,
  );
  expect(refused).toEqual({ ok: false, error: { code: 'bad-input', message: "only the author may edit a comment: this one is Reviewer's (reply to it instead)" } });
  expect(readComments(path).find((c) => c.id === theirs.id)!.body).toBe(theirs.body);
});

test('undo (Ctrl+Z outside the editor, and the Undo button) of a resolve and of a new comment, then redo', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const first = readStoredSegments(path)[0]!;

  await activateRow(page, 0);
  // Alt+M opens the panel from the English editor, with the cursor in the comment box.
  await page.locator('.segment-row.active .monaco-editor').click();
  await page.keyboard.press('Alt+M');
  const panel = panelOf(page);
  await expect(panel.getByRole('textbox', { name: 'New comment' })).toBeFocused();
  await page.keyboard.type('Undo me later.');
  await page.keyboard.press('ControlOrMeta+Enter');
  const thread = threadBy(panel, ME);
  await expect(thread).toBeVisible();
  await expect.poll(() => readComments(path).filter((c) => c.segment_id === first.id).length).toBe(1);
  const added = readComments(path).find((c) => c.segment_id === first.id)!;

  await thread.getByRole('button', { name: /Resolve/ }).click();
  await expect(panel.getByRole('listitem', { name: `Thread by ${ME}, resolved` })).toBeVisible();
  await expect.poll(() => readComments(path).find((c) => c.id === added.id)?.resolved_at).not.toBeNull();
  const toolbar = page.getByRole('toolbar', { name: 'Alignment' });
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Undo Resolve thread/);

  // Ctrl+Z with the focus outside the editor and the comment box undoes the resolve…
  await panel.locator('.comments-panel-header h2').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(panel.getByRole('listitem', { name: `Thread by ${ME}`, exact: true })).toBeVisible();
  await expect.poll(() => readComments(path).find((c) => c.id === added.id)?.resolved_at).toBeNull();
  expect(readComments(path).find((c) => c.id === added.id)).toEqual(added);
  await expect(row(page, 0).locator('.comment-badge')).toHaveText('1');

  // …and the toolbar's Undo the comment itself.
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(threadBy(panel, ME)).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveText('Segment 1: no comments yet');
  await expect.poll(() => readComments(path).some((c) => c.id === added.id)).toBe(false);
  await expect(row(page, 0).locator('.comment-badge')).toHaveCount(0);

  // Redo brings the comment back as it was (same id), then the resolve.
  await panel.locator('.comments-panel-header h2').click();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(threadBy(panel, ME)).toBeVisible();
  await expect.poll(() => readComments(path).find((c) => c.id === added.id)).toEqual(added);
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(panel.getByRole('listitem', { name: `Thread by ${ME}, resolved` })).toBeVisible();
  await expect.poll(() => readComments(path).find((c) => c.id === added.id)?.resolved_by).toBe(ME);
  await expect(row(page, 0).locator('.comment-badge')).toHaveCount(0);
});

test('a thread about an annotation: chosen under "About", stored with the annotation, shown with it', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  // Segment 4: "News agencies quoted … John Kirby"; its annotations include Kirby's speaker span.
  await activateRow(page, 3);
  await page.getByRole('button', { name: 'Comments', exact: true }).click();
  const panel = panelOf(page);
  const about = panel.getByRole('combobox', { name: 'About' });
  const kirby = (await about.locator('option').allTextContents()).find((t) => t.includes('Speaker') && t.includes('Kirb'));
  expect(kirby, 'a Speaker annotation over John Kirby is offered').toBeDefined();
  await about.selectOption({ label: kirby! });
  await panel.getByRole('textbox', { name: 'New comment' }).fill('Is he a spokesman or the spokesman?');
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(threadBy(panel, ME)).toContainText('About: Speaker');
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const stored = db.prepare(`
      SELECT c.body, a.layer, a.side, s.target, s.source, a.start, a."end" AS "end"
      FROM comments c JOIN annotations a ON a.id = c.annotation_id JOIN segments s ON s.id = a.segment_id
      WHERE c.body LIKE 'Is he%'`).get() as { body: string; layer: string; side: string; source: string; target: string; start: number; end: number };
    expect(stored.layer).toBe('speaker');
    expect((stored.side === 'source' ? stored.source : stored.target).slice(stored.start, stored.end)).toContain(stored.side === 'source' ? 'كيربي' : 'John Kirby');
  } finally {
    db.close();
  }
});
