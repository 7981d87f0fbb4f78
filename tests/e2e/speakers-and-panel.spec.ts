// The speaker registry, the annotations panel and the annotation scheme dialog, on the fully
// annotated sample; what they change is checked in the SQLite file through a second connection.
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { createSampleProject } from './project-files';

interface StoredSpeaker {
  id: number;
  name_source: string;
  name_target: string;
  kind: string;
  role: string;
  organisation: string;
}

function withDb<T>(path: string, work: (db: Database.Database) => T, readonly = true): T {
  const db = new Database(path, { readonly, fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function readSpeakers(path: string): StoredSpeaker[] {
  return withDb(path, (db) => db.prepare('SELECT id, name_source, name_target, kind, role, organisation FROM speakers ORDER BY id').all() as StoredSpeaker[]);
}

function speakerByName(path: string, nameTarget: string): StoredSpeaker | undefined {
  return readSpeakers(path).find((s) => s.name_target === nameTarget);
}

function annotationsOf(path: string, speakerId: number): number[] {
  return withDb(path, (db) => (db.prepare('SELECT id FROM annotations WHERE speaker_id = ? ORDER BY id').all(speakerId) as { id: number }[]).map((r) => r.id));
}

function storedLayer(path: string, name: string): { title: string; links?: { to: string; kind: string }[] } | undefined {
  const row = withDb(path, (db) => db.prepare('SELECT definition FROM annotation_layers WHERE name = ?').get(name) as { definition: string } | undefined);
  return row ? (JSON.parse(row.definition) as { title: string; links?: { to: string; kind: string }[] }) : undefined;
}

test('the registry lists Kirby with both names; his edited role is saved and shown again', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  await page.getByRole('button', { name: 'Speakers…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Speakers' });
  await expect(dialog.getByRole('row')).toHaveCount(1 + 11);
  const kirby = dialog.getByRole('row', { name: /^John Kirby/ });
  await expect(kirby.locator('td').nth(0)).toHaveText('John Kirby');
  await expect(kirby.locator('[lang="ar"]')).toHaveText('جون كيربي');
  await expect(kirby.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  await expect(kirby).toContainText('Person');
  await expect(kirby).toContainText('Spokesman');

  await dialog.getByRole('button', { name: /^Edit John Kirby/ }).click();
  const editor = dialog.getByRole('form', { name: /^Edit John Kirby/ });
  await expect(editor.getByLabel('Arabic name')).toHaveValue('جون كيربي');
  await expect(editor.getByLabel('Kind')).toHaveValue('person');
  await expect(editor.getByLabel('Kind').locator('option')).toHaveText(['Person', 'Organisation', 'Government body', 'Media', 'Unnamed source']);
  await editor.getByLabel('Role').fill('State Department spokesperson');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(kirby).toContainText('State Department spokesperson');
  await expect.poll(() => speakerByName(path, 'John Kirby')?.role).toBe('State Department spokesperson');

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Speakers…' }).click();
  await expect(dialog.getByRole('row', { name: /^John Kirby/ })).toContainText('State Department spokesperson');

  // A new speaker goes into the registry; the registry refuses a second one with the same names.
  await dialog.getByRole('button', { name: 'Add speaker' }).click();
  const adding = dialog.getByRole('form', { name: 'New speaker' });
  await adding.getByLabel('Arabic name').fill('نيد برايس');
  await adding.getByLabel('English name').fill('Ned Price');
  await adding.getByLabel('Kind').selectOption({ label: 'Person' });
  await adding.getByLabel('Organisation').fill('US State Department');
  await adding.getByRole('button', { name: 'Add' }).click();
  await expect(adding).toBeHidden();
  await expect(dialog.getByRole('row', { name: /^Ned Price/ })).toContainText('نيد برايس');
  await expect.poll(() => speakerByName(path, 'Ned Price')?.organisation).toBe('US State Department');

  await dialog.getByRole('button', { name: 'Add speaker' }).click();
  await adding.getByLabel('Arabic name').fill('نيد برايس');
  await adding.getByLabel('English name').fill('Ned Price');
  await adding.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already in the registry');
  await expect(adding).toBeVisible();
  expect(readSpeakers(path).filter((s) => s.name_target === 'Ned Price')).toHaveLength(1);
});

test('a duplicate of Kirby is merged into John Kirby: it leaves the registry and its annotations name him', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  // A duplicate made while annotating: "كيربي" / "Kirby", named by one of John Kirby's annotations.
  const kirby = speakerByName(path, 'John Kirby')!;
  const before = annotationsOf(path, kirby.id);
  expect(before.length).toBeGreaterThan(1);
  const moved = before[before.length - 1]!;
  const duplicateId = withDb(
    path,
    (db) => {
      const now = Date.now();
      const id = Number(db.prepare(`INSERT INTO speakers (name_source, name_target, kind, role, organisation, note, created_at, updated_at)
        VALUES ('كيربي', 'Kirby', 'person', '', '', 'duplicate', ?, ?)`).run(now, now).lastInsertRowid);
      db.prepare('UPDATE annotations SET speaker_id = ? WHERE id = ?').run(id, moved);
      return id;
    },
    false,
  );

  const { page } = await openApp({ projectPath: path });
  await page.getByRole('button', { name: 'Speakers…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Speakers' });
  const duplicate = dialog.getByRole('row', { name: /^Kirby \(كيربي\)/ });
  const john = dialog.getByRole('row', { name: /^John Kirby/ });
  await expect(duplicate.locator('td.num')).toHaveText('1');
  await expect(john.locator('td.num')).toHaveText(String(before.length - 1));

  await dialog.getByRole('button', { name: /^Merge Kirby \(كيربي\) into/ }).click();
  const merge = dialog.getByRole('form', { name: /^Merge Kirby/ });
  await expect(merge.getByRole('button', { name: /^Merge/ })).toBeDisabled();
  await merge.getByLabel('Speaker to keep').selectOption({ label: 'John Kirby (جون كيربي)' });
  await expect(merge.getByRole('status')).toContainText('1 annotation of Kirby (كيربي) will name John Kirby (جون كيربي)');
  await merge.getByRole('button', { name: 'Merge into John Kirby' }).click();

  await expect(duplicate).toHaveCount(0);
  await expect(john.locator('td.num')).toHaveText(String(before.length));
  await expect(dialog.getByRole('row')).toHaveCount(1 + 11);
  expect(readSpeakers(path).some((s) => s.id === duplicateId)).toBe(false);
  expect(annotationsOf(path, kirby.id)).toEqual(before);

  // A speaker in use cannot be deleted: the dialog says why and offers the merge instead.
  await dialog.getByRole('button', { name: /^Delete John Kirby/ }).click();
  await expect(dialog.getByRole('group', { name: /^Delete John Kirby/ })).toContainText(`${before.length} annotations name John Kirby`);
  await dialog.getByRole('group', { name: /^Delete John Kirby/ }).getByRole('button', { name: 'Cancel' }).click();
  // An unused one can, after a confirmation.
  await dialog.getByRole('button', { name: 'Add speaker' }).click();
  await dialog.getByRole('form', { name: 'New speaker' }).getByLabel('English name').fill('Nobody');
  await dialog.getByRole('form', { name: 'New speaker' }).getByRole('button', { name: 'Add' }).click();
  await dialog.getByRole('button', { name: /^Delete Nobody/ }).click();
  await dialog.getByRole('group', { name: /^Delete Nobody/ }).getByRole('button', { name: 'Delete Nobody' }).click();
  await expect(dialog.getByRole('row', { name: /^Nobody/ })).toHaveCount(0);
  expect(speakerByName(path, 'Nobody')).toBeUndefined();
});

test('Kirby’s activity lists his cues and stances; choosing one goes to its segment', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  await page.getByRole('button', { name: 'Speakers…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Speakers' });
  await dialog.getByRole('button', { name: /^Activity of John Kirby/ }).click();
  const activity = dialog.getByRole('region', { name: /^Activity of John Kirby/ });
  const items = activity.getByRole('list', { name: 'Activity' }).getByRole('button');
  await expect(items.first()).toBeVisible();
  const names = await items.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  // The speaker spans name him; the cue and the content are attributed to him.
  expect(names.some((n) => n.startsWith('Speaker,'))).toBe(true);
  expect(names.some((n) => n.startsWith('Reporting cue'))).toBe(true);
  expect(names.every((n) => /, segment \d+$/.test(n))).toBe(true);

  const cue = items.filter({ hasText: 'Reporting cue' }).first();
  const label = (await cue.getAttribute('aria-label')) ?? '';
  const position = Number(/segment (\d+)$/.exec(label)![1]) - 1;
  const segmentId = withDb(path, (db) => (db.prepare('SELECT id FROM segments WHERE position = ?').get(position) as { id: number }).id);
  await cue.click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.segment-row.active')).toHaveAttribute('data-segment-id', String(segmentId));
});

test('the annotations panel: this segment’s annotations by side, and the document filtered to claims', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  await page.getByRole('button', { name: 'Annotations', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel).toBeVisible();

  // This segment: the active row's annotations, grouped by side, Arabic right to left.
  const activeId = Number(await page.locator('.segment-row.active').getAttribute('data-segment-id'));
  const stored = withDb(path, (db) => db.prepare('SELECT side, count(*) AS n FROM annotations WHERE segment_id = ? GROUP BY side').all(activeId) as { side: string; n: number }[]);
  const total = stored.reduce((sum, r) => sum + r.n, 0);
  expect(total).toBeGreaterThan(0);
  await expect(panel.getByRole('listitem')).toHaveCount(total);
  const arabic = stored.find((r) => r.side === 'source')?.n ?? 0;
  if (arabic > 0) {
    const list = panel.getByRole('list', { name: 'Arabic annotations' });
    await expect(list.getByRole('listitem')).toHaveCount(arabic);
    await expect(list.locator('.annotation-text').first()).toHaveAttribute('dir', 'rtl');
    await expect(list.locator('.annotation-text').first()).toHaveAttribute('lang', 'ar');
  }
  const first = panel.getByRole('listitem').first();
  await first.click();
  await expect(first).toHaveAttribute('aria-current', 'true');

  // Document: every annotation, then only the claims.
  await panel.getByRole('tab', { name: 'Document' }).click();
  const all = withDb(path, (db) => (db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n);
  const claims = withDb(path, (db) => (db.prepare("SELECT count(*) AS n FROM annotations WHERE layer = 'claim'").get() as { n: number }).n);
  const items = panel.getByRole('list', { name: 'Document annotations' }).getByRole('listitem');
  await expect(panel.getByRole('status')).toHaveText(`${all} annotations in this document`);
  await panel.getByLabel('Layer', { exact: true }).selectOption({ label: `Claim (${claims})` });
  await expect(panel.getByRole('status')).toHaveText(`${claims} of ${all} annotations match`);
  // The list draws only the items on screen; each says how many there are in all.
  await expect(items.first()).toHaveAttribute('aria-setsize', String(claims));
  expect(await items.count()).toBeLessThanOrEqual(claims);
  expect(new Set(await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-layer'))))).toEqual(new Set(['claim']));
  await expect(items.first()).toHaveAccessibleName(/^Claim/);

  // Go to: the claim's segment becomes the active row.
  const target = items.nth(5);
  const where = (await target.locator('.annotation-where').textContent()) ?? '';
  const position = Number(/segment (\d+)/.exec(where)![1]) - 1;
  const segmentId = withDb(path, (db) => (db.prepare('SELECT id FROM segments WHERE position = ?').get(position) as { id: number }).id);
  await target.getByRole('button', { name: 'Go to' }).click();
  await expect(page.locator('.segment-row.active')).toHaveAttribute('data-segment-id', String(segmentId));

  // Label filter on top of the layer; then clearing them brings every annotation back.
  await panel.getByLabel('Label', { exact: true }).selectOption({ label: 'opinion' });
  const opinions = withDb(path, (db) => (db.prepare("SELECT count(*) AS n FROM annotations WHERE layer = 'claim' AND label = 'opinion'").get() as { n: number }).n);
  await expect(items.first()).toHaveAttribute('aria-setsize', String(opinions));
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await expect(items.first()).toHaveAttribute('aria-setsize', String(all));
});

test('the scheme dialog saves a renamed layer, and shows the service’s message for a layer still in use', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const { page } = await openApp({ projectPath: path });
  await page.getByRole('button', { name: 'Annotation scheme…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annotation scheme' });
  const claim = dialog.getByRole('region', { name: 'Layer claim' });
  await expect(claim.getByLabel('Title', { exact: true })).toHaveValue('Claim');
  await expect(claim.getByLabel('Light theme colour')).toHaveValue('#ffd5d1');
  await expect(claim.getByLabel('Other settings (JSON)')).toHaveValue(/"check_worthy"/);
  await claim.getByLabel('Title', { exact: true }).fill('Checkable claim');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Scheme saved.');
  await expect.poll(() => storedLayer(path, 'claim')?.title).toBe('Checkable claim');
  // Which layer may link to which is part of each layer's settings, stored with the scheme.
  expect(storedLayer(path, 'cue')?.links?.map((r) => `${r.kind} → ${r.to}`)).toEqual(['attribution → speaker', 'attribution → content']);

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Annotation scheme…' }).click();
  await expect(dialog.getByRole('region', { name: 'Layer claim' }).getByLabel('Title', { exact: true })).toHaveValue('Checkable claim');

  // Removing a layer that annotations use is refused by the service, which names it.
  await dialog.getByRole('region', { name: 'Layer claim' }).getByRole('button', { name: 'Remove layer' }).click();
  await expect(dialog.getByRole('region', { name: 'Layer claim' })).toHaveCount(0);
  // Its link rules go with it: the stance keeps only its rule to content.
  const stanceJson = dialog.getByRole('region', { name: 'Layer stance' }).getByLabel('Other settings (JSON)');
  await expect(stanceJson).toHaveValue(/"to": "content"/);
  await expect(stanceJson).not.toHaveValue(/"to": "claim"/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('claim');
  await expect(dialog.getByRole('alert')).toContainText('orphan');
  expect(storedLayer(path, 'claim')?.title).toBe('Checkable claim');

  // A JSON text that does not parse is named before anything is sent.
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await dialog.getByRole('region', { name: 'Layer stance' }).getByLabel('Other settings (JSON)').fill('{ "placement": ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('layer "stance"');

  // Back to the default scheme: the project stores none of its own any more.
  await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Back to Mizan’s default scheme.');
  await expect(dialog.getByRole('region', { name: 'Layer claim' }).getByLabel('Title', { exact: true })).toHaveValue('Claim');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  expect(storedLayer(path, 'claim')).toBeUndefined();
});

test('a flagged annotation says “text changed — check” until “Looks right”; Delete removes one and Undo brings it back', async ({ openApp, workDir }) => {
  const path = createSampleProject(workDir);
  const flaggedId = withDb(
    path,
    (db) => {
      const row = db.prepare("SELECT a.id FROM annotations a JOIN segments s ON s.id = a.segment_id WHERE a.layer = 'claim' ORDER BY s.position, a.id LIMIT 1").get() as { id: number };
      db.prepare('UPDATE annotations SET flagged = 1 WHERE id = ?').run(row.id);
      return row.id;
    },
    false,
  );
  const flagged = () => withDb(path, (db) => (db.prepare('SELECT flagged FROM annotations WHERE id = ?').get(flaggedId) as { flagged: number }).flagged);
  const count = () => withDb(path, (db) => (db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n);
  const all = count();
  const { page } = await openApp({ projectPath: path });
  await page.getByRole('button', { name: 'Annotations', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByRole('tab', { name: 'Document' }).click();
  const items = panel.getByRole('list', { name: 'Document annotations' }).getByRole('listitem');
  await panel.getByRole('checkbox', { name: 'Flagged only (1)' }).check();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-annotation-id', String(flaggedId));
  await expect(items.first()).toHaveAccessibleName(/text changed — check$/);
  await expect(items.first()).toContainText('⚠ text changed — check');
  await items.first().getByRole('button', { name: 'Looks right' }).click();
  await expect(items).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveText(`0 of ${all} annotations match`);
  expect(flagged()).toBe(0);
  await panel.getByRole('checkbox', { name: 'Flagged only (0)' }).uncheck();

  const doomed = items.nth(2);
  const doomedId = Number(await doomed.getAttribute('data-annotation-id'));
  await doomed.getByRole('button', { name: 'Delete' }).click();
  await expect(panel.getByRole('status')).toHaveText(`${all - 1} annotations in this document`);
  await expect(panel.locator(`[data-annotation-id="${doomedId}"]`)).toHaveCount(0);
  expect(count()).toBe(all - 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('status')).toHaveText(`${all} annotations in this document`);
  await expect(panel.locator(`[data-annotation-id="${doomedId}"]`)).toHaveCount(1);
  expect(count()).toBe(all);
});
