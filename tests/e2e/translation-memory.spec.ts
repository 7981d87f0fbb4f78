import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectSession } from '../../src/services/project-session';
import { insertDocument } from '../../src/store/documents';
import { insertSegment } from '../../src/store/segments';
import { expect, test } from './fixtures';
import { readStoredSegments } from './project-files';
import type { Harness } from './harness';

const SOURCES = [
  'وقع الاتفاق في دمشق عام ٢٠١٧ بحضور الوزراء.',
  'قالت الوزارة إن الاجتماع انتهى دون نتائج.',
  'هذه جملة جديدة تماما لا تشبه شيئا.',
];

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu changedate="20240101T000000Z" changeid="amal"><tuv xml:lang="ar"><seg>وقع الاتفاق في دمشق عام ٢٠١٦ بحضور الوزراء.</seg></tuv><tuv xml:lang="en"><seg>The agreement was signed in Damascus in 2016 in the presence of the ministers.</seg></tuv></tu>
<tu><tuv xml:lang="ar"><seg>قالت الحكومة إن الاجتماع انتهى دون نتائج.</seg></tuv><tuv xml:lang="en"><seg>The government said the meeting ended without results.</seg></tuv></tu>
</body></tmx>`;

/** A project with one document of three untranslated segments. */
function createProject(dir: string): string {
  const path = join(dir, 'tm.mizan');
  const session = new ProjectSession();
  session.create(path, 'TM test', (db) => {
    const documentId = insertDocument(db, { title: 'Agreement', sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
    SOURCES.forEach((source, position) => insertSegment(db, { documentId, position, paragraph: position, source, target: '', status: 'new', doNotTranslate: false, at: 0, by: 'test' }));
  });
  session.close();
  return path;
}

/** The project open on its document, its first row active, and the TMX written beside it. */
async function openProjectAndTmx(openApp: (options?: { projectPath?: string }) => Promise<Harness>, workDir: string) {
  const path = createProject(workDir);
  const tmx = join(workDir, 'agreements.tmx');
  writeFileSync(tmx, TMX);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  await page.locator('.document .document-title', { hasText: 'Agreement' }).click();
  await page.locator('.segment-row').first().locator('.col-gutter').click();
  return { path, tmx, app, page };
}

async function runFromPalette(page: Page, label: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.keyboard.type(label);
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toContainText(label);
  await page.keyboard.press('Enter');
}

test('attach a TMX, see a fuzzy match with its diff and adapted number, use it with Ctrl+1, pre-translate and see the badge', async ({ openApp, workDir }) => {
  const { path, tmx, app, page } = await openProjectAndTmx(openApp, workDir);
  const first = page.locator('.segment-row').first();

  app.dialogs.importText = tmx;
  await runFromPalette(page, 'Attach Translation Memory');
  await expect(page.locator('.message-bar')).toContainText('Attached "agreements": 2 units');

  const panel = page.getByRole('list', { name: 'Translation memory matches' });
  const match = panel.locator('.tm-match').first();
  await expect(match.locator('.tm-score')).toHaveText('87 %');
  // The differing word of the match is marked in its right-to-left Arabic; the English is adapted.
  await expect(match.locator('.tm-source')).toHaveAttribute('dir', 'rtl');
  await expect(match.locator('mark.tm-diff-changed')).toHaveText('٢٠١٦');
  await expect(match.locator('.tm-target')).toHaveText('The agreement was signed in Damascus in 2017 in the presence of the ministers.');
  await expect(match.locator('.tm-adapted')).toContainText('2016 → 2017');
  await expect(match.locator('.tm-origin')).toContainText('TM agreements');
  await page.screenshot({ path: test.info().outputPath('matches-panel.png') });

  // Ctrl+1 while typing in the English: the adapted match replaces the English and is saved.
  await first.locator('.col-target').click();
  await expect(page.locator('.col-target.has-editor .monaco-editor')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+1');
  await expect.poll(() => readStoredSegments(path)[0]?.target).toBe('The agreement was signed in Damascus in 2017 in the presence of the ministers.');

  await runFromPalette(page, 'Pre-translate Document');
  await expect(page.locator('.message-bar')).toContainText('Pre-translated 1 of 2 empty segments as Draft');
  const stored = readStoredSegments(path);
  expect(stored[1]).toMatchObject({ target: 'The government said the meeting ended without results.', status: 'draft' });
  expect(stored[2]).toMatchObject({ target: '', status: 'new' });
  const db = new Database(path, { readonly: true });
  try {
    expect(db.prepare('SELECT origin, score FROM segment_matches WHERE segment_id = ?').get(stored[1]!.id)).toEqual({ origin: 'TM agreements', score: 85 });
  } finally {
    db.close();
  }
  const badge = page.locator(`.segment-row[data-segment-id="${stored[1]!.id}"] .segment-match-badge`);
  await expect(badge).toHaveText('85 %');
  await expect(badge).toHaveAttribute('title', /TM agreements, 85 % match/);
  await page.screenshot({ path: test.info().outputPath('pretranslated.png') });
});

test('the Translation Memory dialog lists the attached memory, switches repetitions off and detaches it', async ({ openApp, workDir }) => {
  const { path, tmx, app, page } = await openProjectAndTmx(openApp, workDir);

  await runFromPalette(page, 'Translation Memory…');
  const dialog = page.getByRole('dialog', { name: 'Translation memory' });
  await expect(dialog.getByText('None yet.')).toBeVisible();
  app.dialogs.importText = tmx;
  await dialog.getByRole('button', { name: 'Attach TMX…' }).click();
  await expect(dialog.locator('.tm-memory-list li')).toContainText('agreements — 2 units, agreements.tmx');

  await dialog.getByLabel(/Fill repetitions/).click();
  await expect(dialog.getByLabel(/Fill repetitions/)).not.toBeChecked();
  const db = new Database(path, { readonly: true });
  try {
    await expect.poll(() => (db.prepare("SELECT value FROM project_meta WHERE key = 'tm.repetitions'").get() as { value: string } | undefined)?.value).toBe('off');
  } finally {
    db.close();
  }
  await page.screenshot({ path: test.info().outputPath('tm-dialog.png') });

  await dialog.getByRole('button', { name: 'Detach' }).click();
  await expect(dialog.getByText('None yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
