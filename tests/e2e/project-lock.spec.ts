import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ProjectSession } from '../../src/services/project-session';
import { createSampleProject, readStoredSegments } from './project-files';

async function typeInActive(page: Page, text: string): Promise<void> {
  await expect(page.locator('.col-target.has-editor .monaco-editor')).toBeVisible();
  await page.locator('.col-target.has-editor .monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const activeId = async (page: Page) => Number(await page.locator('.segment-row.active').getAttribute('data-segment-id'));

test('a second app session opening an edited project chooses read-only: it can look but not change anything', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  await openApp({ projectPath: path, lockAs: { pid: 101, user: 'Huda' } });
  const second = await openApp({ lockAs: { pid: 202, user: 'Sami' } });
  const { page } = second;

  second.dialogs.openProject = path;
  await page.getByRole('button', { name: 'Open project…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Project in use' });
  await expect(dialog).toContainText('Huda on e2e-host (process 101)');
  await dialog.getByRole('button', { name: 'Open read-only' }).click();

  await expect(page.getByRole('status', { name: 'Read-only' })).toContainText('Huda');
  const before = readStoredSegments(path);
  await typeInActive(page, 'Sami was here');
  await expect(page.locator('.col-target.has-editor .monaco-editor')).not.toContainText('Sami was here');
  expect(readStoredSegments(path)).toEqual(before);
});

test('take over: the second session edits; the first turns read-only and its late edit is refused, not saved', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const first = await openApp({ projectPath: path, lockAs: { pid: 101, user: 'Huda' } });
  const second = await openApp({ lockAs: { pid: 202, user: 'Sami' } });

  second.dialogs.openProject = path;
  await second.page.getByRole('button', { name: 'Open project…' }).click();
  await second.page.getByRole('dialog', { name: 'Project in use' }).getByRole('button', { name: 'Take over' }).click();
  await expect(second.page.locator('.segment-row').first()).toBeVisible();
  await expect(second.page.getByRole('status', { name: 'Read-only' })).toHaveCount(0);
  const segmentId = await activeId(second.page);
  await typeInActive(second.page, 'Saved by Sami');
  await expect.poll(() => readStoredSegments(path).find((s) => s.id === segmentId)?.target).toBe('Saved by Sami');

  // The first session's next save is refused with the reason, and it shows the banner.
  await typeInActive(first.page, 'Late edit by Huda');
  await expect(first.page.locator('.message-bar')).toContainText('took over editing');
  await expect(first.page.getByRole('status', { name: 'Read-only' })).toContainText('Sami');
  expect(readStoredSegments(path).some((s) => s.target.includes('Late edit by Huda'))).toBe(false);
});

test('a segment changed by the CLI while the app shows it is not overwritten by the app: the save says it conflicts', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  const segmentId = await activeId(page);
  // The CLI (no lock, its own connection) changes the segment the app has on screen.
  const cli = new ProjectSession();
  cli.open(path);
  cli.require().prepare('UPDATE segments SET target = ? WHERE id = ?').run('Changed by the CLI', segmentId);
  cli.close();

  await typeInActive(page, 'Typed in the app');
  await expect(page.locator('.message-bar')).toContainText('changed elsewhere');
  await expect(page.locator('.message-bar')).toContainText('Changed by the CLI');
  expect(readStoredSegments(path).find((s) => s.id === segmentId)?.target).toBe('Changed by the CLI');
});
