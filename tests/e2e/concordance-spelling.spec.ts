import Database from 'better-sqlite3';
import sample from '../../resources/sample/sample-project.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { createSampleProject } from './project-files';
import { selectInRow } from './text-selection';

/** The project dictionary as stored (project_meta 'spelling.words'), read through a second connection. */
function storedWords(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const row = db.prepare("SELECT value FROM project_meta WHERE key = 'spelling.words'").get() as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as string[]) : [];
  } finally {
    db.close();
  }
}

test('Ctrl+K on an Arabic selection lists every form of the word with its English highlighted; a hit goes to its segment', async ({ openApp, workDir }) => {
  const { page } = await openApp({ projectPath: createSampleProject(workDir) });
  await selectInRow(page, 0, 'source', 'واشنطن');
  await page.keyboard.press('ControlOrMeta+K');

  const panel = page.getByRole('tabpanel');
  await expect(page.getByRole('tab', { name: 'Concordance' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByLabel('Concordance query')).toHaveValue('واشنطن');
  // The selection was for the concordance: the annotation layers it offered are put away.
  await expect(page.getByRole('menu', { name: 'Annotate as' })).toHaveCount(0);
  // Counted independently of the app's matching: the word with or without a proclitic و.
  const expected = sample.segments.reduce((n, s) => n + (s.source.match(/(?<![\p{L}])و?واشنطن(?![\p{L}])/gu)?.length ?? 0), 0);
  const hits = panel.getByRole('list', { name: 'Occurrences' }).getByRole('listitem');
  await expect(hits).toHaveCount(expected);
  await expect(panel.locator('.concordance-summary')).toContainText(`${expected} occurrences`);
  await expect(panel.locator('.concordance-source mark')).toContainText(['وواشنطن']);
  // The likely English: Washington in every hit (Washington’s once), never the Moscow or Syria beside it.
  const english = await panel.locator('.concordance-target mark').allInnerTexts();
  expect(english).toHaveLength(expected);
  expect(english.every((e) => /^Washington(’s)?$/.test(e))).toBe(true);
  await expect(panel.locator('.concordance-summary mark').first()).toHaveText('Washington');

  await page.screenshot({ path: test.info().outputPath('concordance.png') });

  // The cliticised hit is in segment 12: a click goes there.
  await hits.filter({ has: page.locator('mark', { hasText: 'وواشنطن' }) }).getByRole('button').click();
  await expect(page.locator('.segment-row.active .segment-number')).toHaveText('12');

  // Ctrl+K while typing English opens the concordance field (Monaco's Ctrl+K chords do not take it).
  await page.locator('.segment-row.active .english-editor').click();
  await page.keyboard.press('ControlOrMeta+K');
  await expect(panel.getByLabel('Concordance query')).toBeFocused();
  await panel.getByLabel('Concordance query').fill('الخارجية الروسية');
  await panel.getByLabel('Concordance query').press('Enter');
  await expect(panel.locator('.concordance-summary')).toContainText('occurrences');
  await expect(panel.locator('.concordance-source mark').first()).toHaveText('الخارجية الروسية');
});

test('a misspelt English word gets a squiggle; Ctrl+. offers the fix and adds the word to the project dictionary', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  const editor = page.locator('.segment-row.active .english-editor');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' goverment Kremlinn');
  // Info markers (a hint, not an error) on both words; the rest of the sample's English is spelled right.
  await expect(editor.locator('.squiggly-info')).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('spelling.png') });

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+Period');
  await expect(page.getByText('Add “Kremlinn” to the project dictionary')).toBeVisible();
  await expect(page.getByText(/Replace with “Kremlin”/)).toBeVisible();
  await page.getByText('Add “Kremlinn” to the project dictionary').click();
  await expect.poll(() => storedWords(path)).toEqual(['Kremlinn']);
  await expect(editor.locator('.squiggly-info')).toHaveCount(1);

  // The other word: take the suggested fix.
  await page.keyboard.press('ControlOrMeta+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ControlOrMeta+Period');
  await page.getByText('Replace with “government”').click();
  await expect(editor.locator('.squiggly-info')).toHaveCount(0);
  await expect(editor).toContainText('government Kremlinn');

  // The Dictionary tab lists the added word, and removes it.
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.keyboard.type('Project Dictionary');
  await page.keyboard.press('Enter');
  const list = page.getByRole('list', { name: 'Added words' });
  await expect(list.getByRole('listitem')).toHaveText(['Kremlinn✕']);
  await expect(page.locator('.dictionary-learned')).toContainText('Kirby');
  await page.screenshot({ path: test.info().outputPath('dictionary.png') });
  await list.getByRole('button', { name: 'Remove Kremlinn' }).click();
  await expect.poll(() => storedWords(path)).toEqual([]);
  await expect(editor.locator('.squiggly-info')).toHaveCount(1);
});
