import { join } from 'node:path';
import type { SegmentId } from '../../src/core/model';
import { importSourceText } from '../../src/services/import-text';
import { ProjectSession } from '../../src/services/project-session';
import { setStatus, updateTarget } from '../../src/services/segment-service';
import { listSegments } from '../../src/store/segments';
import { expect, test } from './fixtures';

const SEGMENTS = 300;

/** 300 segments; every third one translated, the rest new (so a "Translated" filter hides segment 120). */
function createProject(dir: string): string {
  const path = join(dir, 'goto.mizan');
  const session = new ProjectSession();
  session.create(path, 'Go to');
  const ctx = { now: Date.now, user: () => 'Translator T' };
  const lines = Array.from({ length: SEGMENTS }, (_, i) => `الجملة رقم ${i + 1}.`);
  const doc = importSourceText(session.require(), ctx, { title: 'Long', sourceText: lines.join('\n') });
  for (const s of listSegments(session.require(), doc.id, 0, SEGMENTS)) {
    if (s.position % 3 !== 0) continue;
    updateTarget(session.require(), ctx, s.id as SegmentId, `Sentence number ${s.position + 1}.`, null);
    setStatus(session.require(), ctx, s.id as SegmentId, 'translated');
  }
  session.close();
  return path;
}

test('Ctrl+G goes to segment N in a long document, clears a filter that hides it, and refuses a number out of range', async ({ openApp, workDir }) => {
  const { page } = await openApp({ projectPath: createProject(workDir) });
  const active = page.locator('.segment-row.active .segment-number');
  await expect(active).toHaveText('2'); // the first segment still to translate
  const dialog = page.getByRole('dialog', { name: 'Go to segment' });
  const number = dialog.getByLabel('Segment number');

  // Without a filter: far outside the first screen.
  await page.keyboard.press('ControlOrMeta+KeyG');
  await number.fill('120');
  await number.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(active).toHaveText('120');
  await expect(page.locator('.segment-row.active')).toBeInViewport();

  // With a filter that keeps segment 250 (translated): the filter stays.
  const review = page.getByRole('toolbar', { name: 'Review' });
  await review.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('group', { name: 'Filter the grid' }).getByText('Translated', { exact: true }).click();
  await expect(review.getByRole('status')).toHaveText('100 shown');
  await page.keyboard.press('ControlOrMeta+KeyG');
  await number.fill('250');
  await number.press('Enter');
  await expect(active).toHaveText('250');
  await expect(review.getByRole('status')).toHaveText('100 shown');

  // Out of range: a clear message, the dialog stays, nothing moves.
  await page.keyboard.press('ControlOrMeta+KeyG');
  await number.fill('301');
  await number.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('There is no segment 301: type a number from 1 to 300.');
  await number.fill('zwei');
  await number.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('Type the segment number');
  await expect(active).toHaveText('250');

  // Segment 120 is new, so the filter hides it: the filter is cleared, and the app says so.
  await number.fill('120');
  await number.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(active).toHaveText('120');
  await expect(page.locator('.segment-row.active')).toBeInViewport();
  await expect(page.getByText('The filter hid that segment, so it was cleared.')).toBeVisible();
  await expect(review.getByRole('status')).toHaveCount(0);
});
