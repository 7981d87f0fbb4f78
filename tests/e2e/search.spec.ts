import Database from 'better-sqlite3';
import sample from '../../resources/sample/sample-project.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';

test('search folds Arabic letter forms: امريكيه finds الأمريكية; Enter jumps to the segment', async ({ openApp, workDir }) => {
  const { page } = await openApp({ projectPath: createSampleProject(workDir) });
  await page.keyboard.press('ControlOrMeta+Shift+F');
  const panel = page.getByRole('complementary', { name: 'Search' });
  await expect(panel.getByLabel('Search text')).toBeFocused();
  await panel.getByLabel('Search in').selectOption('source');
  await panel.getByLabel('Search text').fill('امريكيه');
  await page.keyboard.press('Enter');

  // Every spelling of the word with a hamza or ta marbuta, counted independently of the app's folding.
  const expected = sample.segments.filter((s) => /[اأإآ]مريكي[ةه]/.test(s.source)).length;
  const hits = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(panel.getByRole('status')).toContainText(`${expected} segments match`);
  await expect(hits).toHaveCount(expected);
  // The highlight covers the whole word of the stored text, so letters stay joined.
  await expect(hits.first().locator('mark')).toHaveText(['الأمريكية']);
  await expect(page.locator('.segment-row.active .segment-number')).toHaveText(await hits.first().locator('.segment-number').innerText());

  await panel.getByRole('listbox').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.segment-row.active .segment-number')).toHaveText(await hits.nth(1).locator('.segment-number').innerText());
});

test('Arabic-Indic digits match ASCII digits', async ({ openApp, workDir }) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const { page } = app;
  await page.getByRole('button', { name: 'Paste text…' }).click();
  await page.getByLabel('Title').fill('Digits');
  await page.getByLabel(/Text/).fill('وقعت الاتفاقية في عام ٢٠١٦ في جنيف.');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.segment-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Search' }).click();
  const panel = page.getByRole('complementary', { name: 'Search' });
  await panel.getByLabel('Search text').fill('2016');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
  await expect(panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').locator('mark')).toHaveText(['٢٠١٦']);
});

test('replace in the translation: preview, replace all, undo the whole replace — checked in the file', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  const before = readStoredSegments(path);
  const affected = before.filter((s) => s.target.includes('Russian Foreign Ministry')).length;
  expect(affected).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Search' }).click();
  const panel = page.getByRole('complementary', { name: 'Search' });
  await panel.getByLabel('Search in').selectOption('target');
  await panel.getByLabel('Match case').check();
  await panel.getByLabel('Search text').fill('Russian Foreign Ministry');
  await panel.getByLabel('Replace with').fill('Russian foreign ministry');
  await panel.getByRole('button', { name: 'Preview replace' }).click();
  const preview = panel.getByRole('region', { name: 'Replace preview' });
  await expect(preview.locator('.replace-item')).toHaveCount(affected);
  await expect(preview.locator('ins').first()).toContainText('Russian foreign ministry');
  expect(readStoredSegments(path)).toEqual(before); // a preview writes nothing

  await preview.getByRole('button', { name: `Replace all (${affected})` }).click();
  await expect(page.locator('.message-info')).toContainText(`Replaced in ${affected} segments`);
  await expect(page.locator('.segment-row .target-text', { hasText: 'Russian foreign ministry' }).first()).toBeVisible();
  const replaced = readStoredSegments(path);
  expect(replaced.filter((s) => s.target.includes('Russian foreign ministry'))).toHaveLength(affected);
  expect(replaced.filter((s) => s.target.includes('Russian Foreign Ministry'))).toHaveLength(0);

  // Replace all is one step of the app-wide Undo, like every other change.
  const undo = page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', /Undo Replace all/);
  await undo.click();
  await expect.poll(() => readStoredSegments(path).map((s) => s.target)).toEqual(before.map((s) => s.target));
  await expect(page.locator('.segment-row .target-text', { hasText: 'Russian Foreign Ministry' }).first()).toBeVisible();
});

/** The English spans of one layer on the segment at a position, with the text they cover, as stored. */
function storedSpans(path: string, position: number, layer: string): { covers: string; flagged: number }[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`
      SELECT substr(s.target, a.start + 1, a."end" - a.start) AS covers, a.flagged FROM annotations a JOIN segments s ON s.id = a.segment_id
      WHERE s.position = ? AND a.layer = ? AND a.side = 'target' ORDER BY a.id`).all(position, layer)) as { covers: string; flagged: number }[];
  } finally {
    db.close();
  }
}

test('issue 11: a cue on "said" stays on "said" through Replace all and its Undo; a span whose words are replaced is flagged, not dropped', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  // Segment 8 (position 7): "…by US State Department spokesman Mark Toner, in which he said…", its cue on "said".
  expect(storedSpans(path, 7, 'cue')).toEqual([{ covers: 'said', flagged: 0 }]);

  await page.getByRole('button', { name: 'Search' }).click();
  const panel = page.getByRole('complementary', { name: 'Search' });
  await panel.getByLabel('Search in').selectOption('target');
  await panel.getByLabel('Match case').check();
  const replaceAll = async (query: string, replacement: string) => {
    await panel.getByLabel('Search text').fill(query);
    await panel.getByLabel('Replace with').fill(replacement);
    await panel.getByRole('button', { name: 'Preview replace' }).click();
    await panel.getByRole('region', { name: 'Replace preview' }).getByRole('button', { name: /^Replace all/ }).click();
    await expect(page.locator('.message-info')).toContainText('Replaced in');
  };

  await replaceAll('US', 'United States');
  await expect.poll(() => readStoredSegments(path)[7]!.target).toContain('by United States State Department spokesman');
  expect(storedSpans(path, 7, 'cue')).toEqual([{ covers: 'said', flagged: 0 }]);

  await page.getByRole('toolbar', { name: 'Alignment' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => readStoredSegments(path)[7]!.target).toContain('by US State Department spokesman');
  expect(storedSpans(path, 7, 'cue')).toEqual([{ covers: 'said', flagged: 0 }]);

  // Segment 6 (position 5): the speaker span covers "The Russian Foreign Ministry"; replacing most of its words flags it.
  await replaceAll('The Russian Foreign Ministry', 'Moscow');
  await expect.poll(() => readStoredSegments(path)[5]!.target).toMatch(/^Moscow said that/);
  expect(storedSpans(path, 5, 'speaker')).toEqual([{ covers: 'Moscow', flagged: 1 }]);
  expect(storedSpans(path, 5, 'cue')).toEqual([{ covers: 'said', flagged: 0 }]);
});

test('do-not-translate lines are marked from the active row and kept in the file', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  const id = Number(await page.locator('.segment-row.active').getAttribute('data-segment-id'));
  await page.locator('.segment-row.active').getByLabel('Don’t translate').check();
  await expect(page.locator('.segment-row.active')).toHaveClass(/do-not-translate/);
  await page.keyboard.press('ControlOrMeta+ArrowDown');
  await expect(page.locator(`.segment-row[data-segment-id="${id}"] .dnt-badge`)).toBeVisible();
  expect(readStoredSegments(path).find((s) => s.id === id)?.do_not_translate).toBe(1);
});
