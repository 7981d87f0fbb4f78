import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSourceText } from '../../src/services/import-text';
import { ProjectSession } from '../../src/services/project-session';
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';

test('export the sample as TMX from the Export dialog, then import the TMX back as a document with the same pairs', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const out = join(workDir, 'sample.tmx');
  app.dialogs.exportFile = out;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^TMX 1\.4b/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.locator('.message-info')).toContainText(`to ${out}`);
  expect(existsSync(out)).toBe(true);
  const tmx = readFileSync(out, 'utf8');
  expect(tmx).toContain('<tmx version="1.4"');

  // The TMX comes back as a new document with the translated pairs of the sample.
  app.dialogs.importText = out;
  await page.getByRole('button', { name: 'Import text file…' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import a text file' });
  await expect(importDialog.getByRole('status')).toContainText('TMX');
  await importDialog.getByLabel('Title').fill('Round trip');
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.document.active .document-title')).toHaveText('Round trip');
  const stored = readStoredSegments(path);
  const original = stored.slice(0, 16).filter((s) => s.target !== '' && s.do_not_translate === 0);
  const imported = stored.slice(16);
  expect(imported.map((s) => [s.source, s.target])).toEqual(original.map((s) => [s.source, s.target]));
  expect(imported.map((s) => s.status)).toEqual(original.map((s) => s.status));
});

test('the export dialog remembers the last format', async ({ openApp, workDir }) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const { page } = app;
  app.dialogs.exportFile = join(workDir, 'sample.csv');
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: /^CSV/ }).check();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export…' }).click();
  await expect(page.locator('.message-info')).toContainText('sample.csv');
  expect(readFileSync(join(workDir, 'sample.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: /^CSV/ })).toBeChecked();
});

function createProjectWith(dir: string, segments: number): string {
  const path = join(dir, 'long.mizan');
  const session = new ProjectSession();
  session.create(path, 'Long');
  const lines = Array.from({ length: segments }, (_, i) => `الجملة رقم ${i + 1}.`);
  importSourceText(session.require(), { now: Date.now, user: () => 'test' }, { title: 'Long', sourceText: lines.join('\n') });
  session.close();
  return path;
}

test('a long export shows its progress and can be cancelled: no file is written', async ({ openApp, workDir }) => {
  // 5,000 segments, 20 batches of 250 with 100 ms between them: about two seconds to see and cancel it.
  const app = await openApp({ projectPath: createProjectWith(workDir, 5000), exportPauseMs: 100 });
  const { page } = app;
  const out = join(workDir, 'long.xlf');
  app.dialogs.exportFile = out;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^XLIFF 1\.2/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const bar = dialog.getByRole('progressbar', { name: 'Export progress' });
  await expect(bar).toBeVisible();
  await expect(dialog).toContainText(/[1-9][\d,]* of 5,000 segments/);
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.locator('.message-info')).toContainText('Export cancelled; no file was written.');
  await expect(dialog).toBeHidden();
  expect(readdirSync(workDir).filter((f) => f.startsWith('long.xlf'))).toEqual([]);
  const progress = app.emitted.filter((e) => e.event === 'export.progress');
  expect(progress.length).toBeGreaterThan(0);
  expect(progress.length).toBeLessThan(20);

  // Run it again to the end: the bar reaches the total and the file is there.
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('radio', { name: /^XLIFF 1\.2/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.locator('.message-info')).toContainText(`Exported 5000 units to ${out}`);
  expect(app.emitted.filter((e) => e.event === 'export.progress').at(-1)?.payload).toEqual({ path: out, done: 5000, total: 5000 });
  expect(existsSync(out)).toBe(true);
});

test('a CSV with its columns in another order: the mapping preview follows the chosen columns, then imports them', async ({ openApp, workDir }) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const { page } = app;
  const csv = join(workDir, 'client.csv');
  writeFileSync(csv, [
    'English,Arabic,State,Remark',
    '"Kerry met Lavrov, again.",التقى كيري لافروف مرة أخرى.,reviewed,"check ""again"""',
    'The talks stopped.,توقفت المحادثات.,approved,',
    'No comment.,لا تعليق.,translated,from the client',
  ].join('\r\n'), 'utf8');
  app.dialogs.importText = csv;
  await page.getByRole('button', { name: 'Import text file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a text file' });
  await expect(dialog.getByRole('status')).toContainText('CSV');
  const firstRow = dialog.getByRole('table', { name: 'First units' }).locator('tr').first();
  await dialog.getByLabel('Arabic (source) column').selectOption({ label: 'Column 2 (Arabic)' });
  await dialog.getByLabel('English (target) column').selectOption({ label: 'Column 1 (English)' });
  await expect(firstRow.locator('td').first()).toHaveText('التقى كيري لافروف مرة أخرى.');
  await expect(firstRow.locator('td').nth(1)).toHaveText('Kerry met Lavrov, again.');
  // One column for both sides is refused with the reason, before anything is written.
  await dialog.getByLabel('Arabic (source) column').selectOption({ label: 'Column 1 (English)' });
  await expect(dialog.getByRole('alert')).toContainText('column 1 cannot be both the source and the target');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByLabel('Arabic (source) column').selectOption({ label: 'Column 2 (Arabic)' });
  await expect(firstRow.locator('td').first()).toHaveText('التقى كيري لافروف مرة أخرى.');
  await expect(dialog.getByRole('alert')).toBeHidden();
  await dialog.getByLabel('Status column').selectOption({ label: 'Column 3 (State)' });
  await dialog.getByLabel('Comments column').selectOption({ label: 'Column 4 (Remark)' });
  await dialog.getByLabel('Title').fill('From the client');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.document.active .document-title')).toHaveText('From the client');
  const imported = readStoredSegments(app.session.info().path).slice(16);
  expect(imported.map((s) => [s.source, s.target, s.status])).toEqual([
    ['التقى كيري لافروف مرة أخرى.', 'Kerry met Lavrov, again.', 'reviewed'],
    ['توقفت المحادثات.', 'The talks stopped.', 'approved'],
    ['لا تعليق.', 'No comment.', 'translated'],
  ]);
});

test('a Phrase .mxliff goes through the import dialog as MXLIFF (the registry names it) and keeps its confirmed/locked states', async ({ openApp, workDir }) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const { page } = app;
  const mxliff = join(workDir, 'job.mxliff');
  writeFileSync(mxliff, `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0" version="1.2" m:level="2">
<file original="n.docx" source-language="ar" target-language="en"><body><group id="0">
<trans-unit id="j:0" m:confirmed="2"><source>قال المتحدث.</source><target>The spokesman said.</target></trans-unit>
<trans-unit id="j:1" m:confirmed="0" m:locked="true"><source>وزارة الخارجية</source><target>The Foreign Ministry</target></trans-unit>
<trans-unit id="j:2" m:confirmed="0"><source>نص.</source><target>Text.</target></trans-unit>
</group></body></file></xliff>`, 'utf8');
  app.dialogs.importText = mxliff;
  await page.getByRole('button', { name: 'Import text file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a text file' });
  await expect(dialog.getByRole('status')).toContainText('Phrase MXLIFF · 3 units');
  await dialog.getByLabel('Title').fill('Phrase job');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.document.active .document-title')).toHaveText('Phrase job');
  const imported = readStoredSegments(app.session.info().path).slice(16);
  expect(imported.map((s) => [s.source, s.target, s.status])).toEqual([
    ['قال المتحدث.', 'The spokesman said.', 'reviewed'],
    ['وزارة الخارجية', 'The Foreign Ministry', 'approved'],
    ['نص.', 'Text.', 'draft'],
  ]);
});
