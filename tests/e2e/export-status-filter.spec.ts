// Issue 13 item 13: the Export dialog filters by status (e.g. only Approved into a TMX), checked on the written file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEGMENT_STATUSES, STATUS_LABELS } from '../../src/core/model';
import { expect, test } from './fixtures';
import { createSampleProject, readStoredSegments } from './project-files';

test('export only Approved segments into a TMX from the Export dialog', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const out = join(workDir, 'approved.tmx');
  app.dialogs.exportFile = out;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^TMX 1\.4b/ }).check();
  const statuses = dialog.getByRole('group', { name: 'Segments with status' });
  // All statuses by default; none at all cannot be exported.
  for (const status of SEGMENT_STATUSES) await expect(statuses.getByRole('checkbox', { name: STATUS_LABELS[status], exact: true })).toBeChecked();
  for (const status of SEGMENT_STATUSES) await statuses.getByRole('checkbox', { name: STATUS_LABELS[status], exact: true }).uncheck();
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeDisabled();
  await statuses.getByRole('checkbox', { name: 'Approved', exact: true }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.locator('.message-info')).toContainText(`to ${out}`);

  const approved = readStoredSegments(path).filter((s) => s.status === 'approved');
  expect(approved.length).toBeGreaterThan(0);
  const tmx = readFileSync(out, 'utf8');
  // One unit per approved segment, named by its id; every other status left out.
  const ids = [...tmx.matchAll(/<tu tuid="(\d+)"/g)].map((m) => Number(m[1]));
  expect(ids).toEqual(approved.map((s) => s.id));
  expect((tmx.match(/<prop type="x-status">([a-z]+)</g) ?? []).every((p) => p.endsWith('>approved<'))).toBe(true);
});
