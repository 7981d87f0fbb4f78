import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { toSegmentId } from '../../src/core/ids';
import { emptyTarget } from '../../src/core/qa/checks/empty-target';
import type { QaSegmentCheck } from '../../src/core/qa/types';
import { importSourceText } from '../../src/services/import-text';
import { ProjectSession } from '../../src/services/project-session';
import { updateTarget } from '../../src/services/segment-service';
import { listSegments } from '../../src/store/segments';
import { expect, test } from './fixtures';

// The product side of QA: confirm asks on an error, the panel lists, jumps, ignores (kept in the
// file), the profile turns a check off. The checks themselves are core's (core/qa/checks); these two
// stand-ins keep this test about the product whatever the registry holds.
const ARABIC_LATIN = /[\u0600-\u06FF][A-Za-z]|[A-Za-z][\u0600-\u06FF]/;
const missingSpace: QaSegmentCheck = {
  id: 'arabic-latin-space', label: 'Space between Arabic and Latin', description: 'Arabic and Latin letters run together.', category: 'form', defaultSeverity: 'error', scope: 'segment',
  run({ segment }) {
    const m = ARABIC_LATIN.exec(segment.target);
    if (!m) return [];
    const word = /\S+$/.exec(segment.target.slice(0, m.index + 1))![0] + /^\S+/.exec(segment.target.slice(m.index + 1))![0];
    return [{ message: `No space between Arabic and Latin in «${word}».`, range: { side: 'target', start: m.index, end: m.index + 2 } }];
  },
};
const numbers: QaSegmentCheck = {
  id: 'number-missing', label: 'Numbers', description: 'A number of the Arabic is not in the English.', category: 'numbers', defaultSeverity: 'error', scope: 'segment',
  run({ segment }) {
    const source = segment.source.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
    return [...source.matchAll(/\d+/g)].filter((m) => !segment.target.includes(m[0])).map((m) => ({ message: `The number ${m[0]} is not in the English.` }));
  },
};
const QA_CHECKS = [emptyTarget, missingSpace, numbers];

function createProject(dir: string): string {
  const path = join(dir, 'qa.mizan');
  const session = new ProjectSession();
  session.create(path, 'QA');
  const ctx = { now: Date.now, user: () => 'Translator T' };
  const doc = importSourceText(session.require(), ctx, {
    title: 'Visit',
    sourceText: ['قال المتحدث إن ٥ أشخاص أصيبوا.', 'وصل الوزير إلى نوتنغهام يوم ١٢ مارس.', 'وأضاف أن الزيارة ستستمر ثلاثة أيام.'].join('\n'),
  });
  const [first] = listSegments(session.require(), doc.id, 0, 10);
  updateTarget(session.require(), ctx, toSegmentId(first!.id), 'The spokesman said 5 people were injured.', null);
  session.close();
  return path;
}

function stored(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return {
      statuses: (db.prepare('SELECT status FROM segments ORDER BY position').all() as { status: string }[]).map((r) => r.status),
      ignores: db.prepare('SELECT s.position, i.check_id AS "check", i.author, i.reason FROM qa_ignores i JOIN segments s ON s.id = i.segment_id').all(),
      profile: (db.prepare("SELECT value FROM project_meta WHERE key = 'qa.profile'").get() as { value: string } | undefined)?.value ?? null,
    };
  } finally {
    db.close();
  }
}

const activeRow = (page: Page) => page.locator('.segment-row.active');
const SHOTS = process.env.MIZAN_SHOTS;

test('Ctrl+Enter on «إلىNottingham» and a changed number asks; the QA panel lists, jumps, ignores for good; the profile turns a check off', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const app = await openApp({ projectPath: path, userName: 'Rana', qaChecks: QA_CHECKS });
  const { page } = app;

  // Segment 2: typed with the Arabic preposition glued on and 12 → 13.
  await page.locator('.segment-row').nth(1).locator('.col-source').click();
  await expect(activeRow(page).locator('.segment-number')).toHaveText('2');
  await expect(page.locator('.col-target.has-editor .monaco-editor')).toBeVisible();
  await page.keyboard.type('The minister arrived إلىNottingham on 13 March.');
  await page.keyboard.press('ControlOrMeta+Enter');
  const prompt = activeRow(page).getByTestId('qa-inline');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('No space between Arabic and Latin in «إلىNottingham».');
  await expect(prompt).toContainText('The number 12 is not in the English.');
  await expect(activeRow(page).locator('.segment-number')).toHaveText('2');
  await expect.poll(() => stored(path).statuses[1]).toBe('draft');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'qa-inline.png') });

  // Fix: the prompt goes, the cursor is back in the English; confirming again asks again.
  await prompt.getByRole('button', { name: 'Fix' }).click();
  await expect(prompt).toBeHidden();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Confirm anyway' }).click();
  await expect(activeRow(page).locator('.segment-number')).toHaveText('3');
  await expect.poll(() => stored(path).statuses).toEqual(['draft', 'translated', 'new']);

  // Run QA (Alt+Q): the panel lists every finding, grouped by check.
  await page.keyboard.press('Alt+KeyQ');
  const panel = page.getByLabel('QA findings');
  await expect(panel.getByTestId('qa-summary')).toHaveText('3 errors · 0 warnings · 0 info · 0 ignored · 3 segments checked');
  const findings = panel.getByTestId('qa-finding');
  await expect(findings).toHaveCount(3);
  await expect(panel.locator('.qa-group')).toHaveText(['Empty translation (1)', 'Space between Arabic and Latin (1)', 'Numbers (1)']);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'qa-panel.png') });

  // A click goes to the segment.
  await panel.locator('[data-check="number-missing"]').click();
  await expect(activeRow(page).locator('.segment-number')).toHaveText('2');

  // Ignore asks why; the finding goes, counted; the file keeps who and why; a re-run keeps it ignored.
  await panel.locator('[data-check="number-missing"]').getByRole('button', { name: 'Ignore…' }).click();
  await panel.getByLabel('Why is this fine?').fill('The date moved: 13 March is right, per the ministry.');
  await panel.getByRole('button', { name: 'Ignore', exact: true }).click();
  await expect(findings).toHaveCount(2);
  await expect(panel.getByTestId('qa-summary')).toContainText('1 ignored');
  expect(stored(path).ignores).toEqual([{ position: 1, check: 'number-missing', author: 'Rana', reason: 'The date moved: 13 March is right, per the ministry.' }]);
  await panel.getByRole('button', { name: 'Re-run' }).click();
  await expect(panel.getByTestId('qa-summary')).toHaveText('2 errors · 0 warnings · 0 info · 1 ignored · 3 segments checked');
  await expect(findings).toHaveCount(2);

  // Show ignored: there, with who and why; un-ignore brings it back.
  await panel.getByLabel('Show ignored').check();
  await expect(findings).toHaveCount(3);
  await expect(panel.locator('[data-check="number-missing"]')).toContainText('Ignored by Rana: The date moved');
  await panel.getByLabel('Show ignored').uncheck();

  // The profile turns the Arabic–Latin check off: gone from the panel, stored in the project.
  await panel.getByRole('button', { name: 'Profile…' }).click();
  const profile = page.getByRole('dialog', { name: 'QA profile' });
  await profile.getByLabel('Run Space between Arabic and Latin').uncheck();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'qa-profile.png') });
  await profile.getByRole('button', { name: 'Save' }).click();
  await expect(profile).toBeHidden();
  await expect(findings).toHaveCount(1);
  await expect(findings).toContainText('The English is empty.');
  expect(JSON.parse(stored(path).profile!)).toMatchObject({ 'arabic-latin-space': { enabled: false } });

  // The standalone report, from the panel: counts per check, the finding, the ignored one counted.
  const report = join(workDir, 'visit-qa.html');
  app.dialogs.exportFile = report;
  await panel.getByRole('button', { name: 'Report…' }).click();
  await expect(page.locator('.message-info')).toContainText(`QA report written to ${report}: 1 finding, 1 ignored`);
  const html = readFileSync(report, 'utf8');
  expect(html).toContain('<td>Empty translation <code>empty-target</code></td><td class="n">1</td>');
  expect(html).toContain('1 ignored, not listed');
  expect(html).toContain('وأضاف أن الزيارة ستستمر ثلاثة أيام.');
});
