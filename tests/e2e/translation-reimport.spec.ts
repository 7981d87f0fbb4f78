// Issue 13 item 1: re-importing a translation over a reviewed document never wipes review work.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SegmentId } from '../../src/core/model';
import { importSourceText } from '../../src/services/import-text';
import { ProjectSession } from '../../src/services/project-session';
import { setStatus, updateTarget } from '../../src/services/segment-service';
import { listSegments } from '../../src/store/segments';
import { expect, test } from './fixtures';
import { TALKS_ARABIC as ARABIC, TALKS_ENGLISH as ENGLISH } from './project-files';

const TYPED = 'He added Washington will pull out its people.';

/** Row 1 approved, row 2 English typed by the translator, rows 3 and 4 still without English. */
function createProject(dir: string): string {
  const path = join(dir, 'reimport.mizan');
  const session = new ProjectSession();
  session.create(path, 'Reimport');
  const ctx = { now: Date.now, user: () => 'Translator T' };
  const doc = importSourceText(session.require(), ctx, { title: 'Talks', sourceText: ARABIC });
  const [first, second] = listSegments(session.require(), doc.id, 0, 10);
  updateTarget(session.require(), ctx, first!.id as SegmentId, ENGLISH[0]!, null);
  setStatus(session.require(), ctx, first!.id as SegmentId, 'approved');
  updateTarget(session.require(), ctx, second!.id as SegmentId, TYPED, null);
  setStatus(session.require(), ctx, second!.id as SegmentId, 'translated');
  session.close();
  return path;
}

function rows(path: string): [string, string][] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT target, status FROM segments ORDER BY position').all() as { target: string; status: string }[]).map((r) => [r.target, r.status]);
  } finally {
    db.close();
  }
}

test('import translation over English: "fill empty rows only" is the default, keeps approvals and typed English, one undo; "replace all" replaces', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  await expect(page.locator('.segment-row')).toHaveCount(4);
  const before = rows(path);
  expect(before).toEqual([[ENGLISH[0], 'approved'], [TYPED, 'translated'], ['', 'new'], ['', 'new']]);

  const english = join(workDir, 'translation.en.txt');
  writeFileSync(english, `${ENGLISH.join(' ')}\n`);
  app.dialogs.importText = english;
  await page.getByRole('button', { name: 'Import translation…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a translation' });
  // The counts come before anything is written.
  await expect(dialog.getByRole('group', { name: /already has English in 2 of 4 segments/ })).toBeVisible();
  const fill = dialog.getByRole('radio', { name: /Fill empty rows only — 2 segments get English/ });
  const replace = dialog.getByRole('radio', { name: /Replace all — 4 segments change/ });
  await expect(fill).toBeChecked();
  await expect(replace).not.toBeChecked();
  expect(rows(path)).toEqual(before);

  await dialog.getByRole('button', { name: 'Import and align' }).click();
  await expect(page.locator('.message-info')).toContainText('Filled 2 empty segments with English');
  expect(rows(path)).toEqual([[ENGLISH[0], 'approved'], [TYPED, 'translated'], [ENGLISH[2], 'draft'], [ENGLISH[3], 'draft']]);

  // One undo reverts the whole import.
  await page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => rows(path)).toEqual(before);

  // Replace all, chosen explicitly: the new English everywhere, as drafts.
  await page.getByRole('button', { name: 'Import translation…' }).click();
  await dialog.getByRole('radio', { name: /Replace all/ }).check();
  await dialog.getByRole('button', { name: 'Import and align' }).click();
  await expect(page.locator('.message-info')).toContainText('Aligned 4 English sentences to 4 segments');
  expect(rows(path)).toEqual(ENGLISH.map((e) => [e, 'draft']));
});
