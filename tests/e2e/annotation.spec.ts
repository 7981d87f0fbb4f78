import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SegmentId } from '../../src/core/model';
import { importSourceText } from '../../src/services/import-text';
import { ProjectSession } from '../../src/services/project-session';
import { updateTarget } from '../../src/services/segment-service';
import { insertAnnotation } from '../../src/store/annotations';
import { listDocuments } from '../../src/store/documents';
import { listSegments } from '../../src/store/segments';
import { insertSpeaker } from '../../src/store/speakers';
import { expect, test } from './fixtures';
import { selectInRow } from './text-selection';

// Two segments; the first has diacritics (fatha, damma, shadda), so offsets are not letter counts.
const ARABIC = ['قالَ المتحدثُ جون كيربي إنّ القرارَ اتُّخذ بصعوبة.', 'وأكدت موسكو أنها ستواصل المحادثات.'];
const ENGLISH = ['Spokesman John Kirby said the decision was taken with difficulty.', 'Moscow said it would continue the talks.'];

function createProject(dir: string): string {
  const path = join(dir, 'talks.mizan');
  const session = new ProjectSession();
  session.create(path, 'Talks');
  const ctx = { now: Date.now, user: () => 'test' };
  const doc = importSourceText(session.require(), ctx, { title: 'Talks', sourceText: ARABIC.join('\n') });
  listSegments(session.require(), doc.id, 0, 10).forEach((s, i) => updateTarget(session.require(), ctx, s.id as SegmentId, ENGLISH[i]!, null));
  session.close();
  return path;
}

interface StoredAnnotation {
  id: number;
  segment_id: number;
  layer: string;
  side: string;
  start: number | null;
  end: number | null;
  label: string | null;
  speaker_id: number | null;
  attrs_json: string;
}

function readAnnotations(path: string): { annotations: StoredAnnotation[]; links: { from_id: number; to_id: number; kind: string }[]; speakers: { id: number; name_source: string; name_target: string; kind: string }[] } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return {
      annotations: db.prepare('SELECT * FROM annotations ORDER BY id').all() as StoredAnnotation[],
      links: db.prepare('SELECT from_id, to_id, kind FROM annotation_links ORDER BY from_id, to_id').all() as { from_id: number; to_id: number; kind: string }[],
      speakers: db.prepare('SELECT id, name_source, name_target, kind FROM speakers ORDER BY id').all() as { id: number; name_source: string; name_target: string; kind: string }[],
    };
  } finally {
    db.close();
  }
}


test('annotate on both sides: a speaker from an Arabic selection, its English counterpart linked, a claim in the English editor, a segment stance; all kept after a reload and exported with exact offsets', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const rows = page.locator('.segment-row');
  await expect(rows).toHaveCount(2);

  // 1. A speaker from an Arabic selection: the popover offers the layers, the form prefills the Arabic name.
  await selectInRow(page, 0, 'source', 'جون كيربي');
  const popover = page.getByRole('menu', { name: 'Annotate as' });
  await expect(popover).toContainText('جون كيربي');
  await popover.getByRole('menuitem', { name: /Speaker/ }).click();
  const speakerForm = page.getByRole('dialog', { name: 'New speaker' });
  await speakerForm.getByLabel('Speaker').selectOption({ label: 'New speaker…' });
  await expect(speakerForm.getByLabel('Arabic name')).toHaveValue('جون كيربي');
  await speakerForm.getByLabel('English name').fill('John Kirby');
  await speakerForm.getByLabel('Role').fill('State Department spokesman');
  await speakerForm.getByRole('button', { name: 'Annotate' }).click();
  // The registry knows his English name: the counterpart is suggested in the English.
  const counterpart = page.getByRole('dialog', { name: 'English counterpart' });
  await expect(counterpart.getByRole('listitem').first()).toContainText('John Kirby');
  await counterpart.getByRole('listitem').first().getByRole('button', { name: 'Annotate and link' }).click();
  await expect(counterpart).toBeHidden();
  await expect(rows.nth(0).locator('.col-source mark.anno')).toHaveText('جون كيربي');

  // 2. A claim on the English side, selected in the Monaco editor of the active row.
  await rows.nth(0).locator('.col-source').click();
  await expect(rows.nth(0)).toHaveClass(/active/);
  await rows.nth(0).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft'); // before the full stop
  for (let i = 0; i < 'the decision was taken with difficulty'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Alt+A');
  await expect(popover).toContainText('the decision was taken with difficulty');
  await page.keyboard.press('c');
  const claimForm = page.getByRole('dialog', { name: 'New claim' });
  await claimForm.getByRole('radio', { name: 'factual-verifiable' }).check();
  await claimForm.getByLabel('Check-worthy').check();
  await claimForm.getByRole('button', { name: 'Annotate' }).click();
  await expect(claimForm).toBeHidden();
  await expect(rows.nth(0).locator('.monaco-editor .anno-layer-claim').first()).toBeVisible();

  // 3. A stance on the whole second segment, held by a new speaker.
  await rows.nth(1).locator('.col-source').click();
  await rows.nth(1).getByRole('button', { name: 'Annotate segment…' }).click();
  await popover.getByRole('menuitem', { name: /Stance/ }).click();
  const stanceForm = page.getByRole('dialog', { name: 'New stance' });
  await stanceForm.getByRole('radio', { name: 'FAVOR' }).check();
  await stanceForm.getByLabel('Holder (speaker)').selectOption({ label: 'New speaker…' });
  await stanceForm.getByLabel('Arabic name').fill('موسكو');
  await stanceForm.getByLabel('English name').fill('Moscow');
  await stanceForm.getByLabel('Kind').selectOption({ label: 'Government body' });
  await stanceForm.getByLabel('Target').fill('continuing the talks');
  await stanceForm.getByRole('button', { name: 'Annotate' }).click();
  await expect(rows.nth(1).locator('.segment-chip')).toHaveText('Stance: FAVOR');

  // 4. Hovering the Arabic speaker lights its English counterpart.
  await rows.nth(0).locator('.col-source mark.anno').hover();
  await expect(rows.nth(0).locator('.col-source mark.anno.lit')).toHaveCount(1);

  // In the file: every span's offsets cut exactly its text, the link joins Arabic to English.
  const stored = readAnnotations(path);
  expect(stored.speakers.map((s) => [s.name_source, s.name_target, s.kind])).toEqual([
    ['جون كيربي', 'John Kirby', 'person'],
    ['موسكو', 'Moscow', 'government-body'],
  ]);
  const slice = (a: StoredAnnotation) => (a.side === 'source' ? ARABIC[0]! : ENGLISH[0]!).slice(a.start!, a.end!);
  const [arSpeaker, enSpeaker, claim, stance] = stored.annotations;
  expect([arSpeaker!.layer, arSpeaker!.side, slice(arSpeaker!), arSpeaker!.speaker_id]).toEqual(['speaker', 'source', 'جون كيربي', stored.speakers[0]!.id]);
  expect([enSpeaker!.layer, enSpeaker!.side, slice(enSpeaker!), enSpeaker!.speaker_id]).toEqual(['speaker', 'target', 'John Kirby', stored.speakers[0]!.id]);
  expect([claim!.layer, claim!.side, slice(claim!), claim!.label, JSON.parse(claim!.attrs_json)]).toEqual(['claim', 'target', 'the decision was taken with difficulty', 'factual-verifiable', { check_worthy: true }]);
  expect([stance!.layer, stance!.side, stance!.start, stance!.label, stance!.speaker_id, JSON.parse(stance!.attrs_json)]).toEqual(['stance', 'segment', null, 'FAVOR', stored.speakers[1]!.id, { target: 'continuing the talks' }]);
  expect(stored.links).toEqual([{ from_id: arSpeaker!.id, to_id: enSpeaker!.id, kind: 'translation' }]);

  // 5. Reload: everything is drawn again from the file.
  await page.reload();
  await expect(rows.nth(0).locator('.col-source mark.anno')).toHaveText('جون كيربي');
  await expect(rows.nth(1).locator('.segment-chip')).toHaveText('Stance: FAVOR');
  await rows.nth(1).locator('.col-source').click();
  await expect(rows.nth(0).locator('.target-text mark.anno')).toHaveText(['John Kirby', 'the decision was taken with difficulty']);

  // 6. JSONL export from the dialog: each span's text is the slice of its side at its offsets.
  const out = join(workDir, 'talks.jsonl');
  app.dialogs.exportFile = out;
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: /^JSONL/ }).check();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export…' }).click();
  await expect(page.locator('.message-info')).toContainText('talks.jsonl');
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { source: string; target: string; annotations: { side: string; start: number | null; end: number | null; text: string | null; speaker: { name_target: string } | null }[] });
  const spans = lines.flatMap((l) => l.annotations.filter((a) => a.side !== 'segment').map((a) => ({ a, text: a.side === 'source' ? l.source : l.target })));
  expect(spans).toHaveLength(3);
  for (const { a, text } of spans) expect(text.slice(a.start!, a.end!)).toBe(a.text);
  expect(spans[0]!.a).toMatchObject({ text: 'جون كيربي', speaker: { name_target: 'John Kirby' } });
  expect(app.violations).toEqual([]);
});

test('an English span follows its words when the translation is edited, and is flagged when they are deleted', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const app = await openApp({ projectPath: path });
  const { page } = app;
  const rows = page.locator('.segment-row');
  await selectInRow(page, 1, 'target', 'Moscow');
  await page.getByRole('menu', { name: 'Annotate as' }).getByRole('menuitem', { name: /Speaker/ }).click();
  const form = page.getByRole('dialog', { name: 'New speaker' });
  await form.getByLabel('Speaker').selectOption({ label: 'New speaker…' });
  await expect(form.getByLabel('English name')).toHaveValue('Moscow');
  await form.getByRole('button', { name: 'Annotate' }).click();
  await expect(rows.nth(1).locator('.target-text mark.anno')).toHaveText('Moscow');

  // Type before the span: it moves with its word.
  await rows.nth(1).locator('.col-source').click();
  await rows.nth(1).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Home');
  await page.keyboard.type('On Monday, ');
  await rows.nth(0).locator('.col-source').click(); // leaving the row saves it
  await expect(rows.nth(1).locator('.target-text mark.anno')).toHaveText('Moscow');
  let span = readAnnotations(path).annotations[0]!;
  expect(['On Monday, Moscow said it would continue the talks.'.slice(span.start!, span.end!), span.attrs_json]).toEqual(['Moscow', '{}']);

  // Delete the word: the annotation is kept, flagged for a look, never silently dropped.
  await rows.nth(1).locator('.col-source').click();
  await rows.nth(1).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('The Russians said they would continue the talks.');
  await rows.nth(0).locator('.col-source').click();
  await expect(rows.nth(1).locator('.anno-flag-count')).toHaveText('⚠ 1');
  const db = new Database(path, { readonly: true });
  try {
    span = db.prepare('SELECT * FROM annotations').get() as StoredAnnotation;
    expect((db.prepare('SELECT flagged FROM annotations').get() as { flagged: number }).flagged).toBe(1);
  } finally {
    db.close();
  }
  expect(span.layer).toBe('speaker');
});

test('overlapping spans stay selectable: each click on the same words chooses the next span out', async ({ openApp, workDir }) => {
  const { createSampleProject } = await import('./project-files');
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const { page } = app;
  const overlap = page.locator('.col-source mark.anno').filter({ has: page.locator('xpath=self::*[contains(@data-annotation-ids, " ")]') }).first();
  await expect(overlap).toBeVisible();
  const ids = (await overlap.getAttribute('data-annotation-ids'))!.split(' ');
  const chosenIds = async () => (await page.locator('.col-source mark.anno.chosen').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-annotation-ids')!.split(' '))));
  await overlap.click();
  // First the innermost (the last listed), then the one around it.
  const allContain = async (id: string) => {
    const chosen = await chosenIds();
    return chosen.length > 0 && chosen.every((m) => m.includes(id));
  };
  await expect.poll(() => allContain(ids.at(-1)!)).toBe(true);
  await overlap.click();
  await expect.poll(() => allContain(ids.at(-2)!)).toBe(true);
  expect(await allContain(ids.at(-1)!)).toBe(false);
});

/** The project opened behind the app's back, its first segment, and Kirby added to the registry. */
function openWithKirby(path: string) {
  const session = new ProjectSession();
  session.open(path);
  const db = session.require();
  const first = listSegments(db, listDocuments(db)[0]!.id, 0, 1)[0]!;
  const kirby = insertSpeaker(db, { nameSource: 'جون كيربي', nameTarget: 'John Kirby', kind: 'person', role: '', organisation: '', note: '', at: 0 });
  return { session, db, first, kirby };
}

test('the cue form offers the links of the project\'s scheme: "Said by (speaker)" links the new cue to the chosen speaker span', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const { session, db, first, kirby } = openWithKirby(path);
  const start = first.source.indexOf('جون كيربي');
  const speakerSpan = insertAnnotation(db, { segmentId: first.id, layer: 'speaker', side: 'source', start, end: start + 'جون كيربي'.length, speakerId: kirby, author: 'test', at: 0 });
  session.close();

  const { page } = await openApp({ projectPath: path });
  await selectInRow(page, 0, 'source', 'قالَ');
  await page.getByRole('menu', { name: 'Annotate as' }).getByRole('menuitem', { name: /Reporting cue/ }).click();
  const form = page.getByRole('dialog', { name: 'New reporting cue' });
  await form.getByLabel('Said by (speaker)').selectOption({ label: 'جون كيربي' });
  await form.getByRole('button', { name: 'Annotate' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => readAnnotations(path).links).toEqual([
    { from_id: readAnnotations(path).annotations.find((a) => a.layer === 'cue')?.id, to_id: speakerSpan, kind: 'attribution' },
  ]);
});

test('the Edit form saves every field of an existing span: "Translation of" and "Said by" are stored as links and shown when the form reopens', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const { session, db, first, kirby } = openWithKirby(path);
  const span = (side: 'source' | 'target', text: string, layer: string, speakerId: typeof kirby | null) => {
    const start = (side === 'source' ? first.source : first.target).indexOf(text);
    return insertAnnotation(db, { segmentId: first.id, layer, side, start, end: start + text.length, speakerId, author: 'test', at: 0 });
  };
  const arSpan = span('source', 'جون كيربي', 'speaker', kirby);
  const enSpan = span('target', 'John Kirby', 'speaker', kirby);
  const cue = span('source', 'قالَ', 'cue', null);
  session.close();

  const { page } = await openApp({ projectPath: path });
  await page.locator('.segment-row').nth(0).locator('.col-source').click();
  await page.getByRole('button', { name: 'Annotations', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const item = (text: string) => panel.getByRole('list', { name: /^(Arabic|English) annotations$/ }).getByRole('listitem', { name: new RegExp(`“${text}”`) });

  // The Arabic speaker span: link its English counterpart after creation.
  await item('جون كيربي').getByRole('button', { name: 'Edit' }).click();
  const speakerForm = page.getByRole('dialog', { name: 'Edit speaker' });
  await expect(speakerForm.getByLabel('Translation of')).toHaveValue('');
  await speakerForm.getByLabel('Translation of').selectOption({ label: 'John Kirby' });
  await speakerForm.getByRole('button', { name: 'Save' }).click();
  await expect(speakerForm).toBeHidden();

  // The cue: a label and "Said by" added after creation.
  await item('قالَ').getByRole('button', { name: 'Edit' }).click();
  const cueForm = page.getByRole('dialog', { name: 'Edit reporting cue' });
  await cueForm.getByRole('radio', { name: 'say' }).check();
  await cueForm.getByLabel('Said by (speaker)').selectOption({ label: 'جون كيربي' });
  await cueForm.getByRole('button', { name: 'Save' }).click();
  await expect(cueForm).toBeHidden();

  await expect.poll(() => readAnnotations(path).links).toEqual([
    { from_id: arSpan, to_id: enSpan, kind: 'translation' },
    { from_id: cue, to_id: arSpan, kind: 'attribution' },
  ]);
  expect(readAnnotations(path).annotations.find((a) => a.id === cue)?.label).toBe('say');

  // Reopened, each form shows what is stored: the English span shows its Arabic counterpart too.
  await item('John Kirby').getByRole('button', { name: 'Edit' }).click();
  await expect(speakerForm.getByLabel('Translation of')).toHaveValue(String(arSpan));
  await speakerForm.getByRole('button', { name: 'Cancel' }).click();
  await item('قالَ').getByRole('button', { name: 'Edit' }).click();
  await expect(cueForm.getByLabel('Said by (speaker)')).toHaveValue(String(arSpan));
  // Clearing a link field removes the link.
  await cueForm.getByLabel('Said by (speaker)').selectOption({ label: '— none —' });
  await cueForm.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => readAnnotations(path).links).toEqual([{ from_id: arSpan, to_id: enSpan, kind: 'translation' }]);
});

test('the registry learns English names from linked spans: the Edit form offers the counterpart\'s text, and "Fill English names from linked spans" fills the accepted ones', async ({ openApp, workDir }) => {
  const path = createProject(workDir);
  const session = new ProjectSession();
  session.open(path);
  const db = session.require();
  const [first, second] = listSegments(db, listDocuments(db)[0]!.id, 0, 2);
  const kirby = insertSpeaker(db, { nameSource: 'جون كيربي', nameTarget: '', kind: 'person', role: '', organisation: '', note: '', at: 0 });
  const moscow = insertSpeaker(db, { nameSource: 'موسكو', nameTarget: '', kind: 'government-body', role: '', organisation: '', note: '', at: 0 });
  const span = (segment: typeof first, side: 'source' | 'target', text: string, speakerId: typeof kirby) => {
    const start = (side === 'source' ? segment!.source : segment!.target).indexOf(text);
    return insertAnnotation(db, { segmentId: segment!.id, layer: 'speaker', side, start, end: start + text.length, speakerId, author: 'test', at: 0 });
  };
  const arKirby = span(first, 'source', 'جون كيربي', kirby);
  span(first, 'target', 'John Kirby', kirby);
  const arMoscow = span(second, 'source', 'موسكو', moscow);
  const enMoscow = span(second, 'target', 'Moscow', moscow);
  db.prepare("INSERT INTO annotation_links (from_id, to_id, kind) VALUES (?, ?, 'translation')").run(arMoscow, enMoscow);
  session.close();
  const englishName = (id: number) => readAnnotations(path).speakers.find((s) => s.id === id)?.name_target;

  const { page } = await openApp({ projectPath: path });
  await page.locator('.segment-row').nth(0).locator('.col-source').click();
  await page.getByRole('button', { name: 'Annotations', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });

  // Linking the counterpart in the Edit form offers its text as the speaker's English name.
  await panel.getByRole('list', { name: 'Arabic annotations' }).getByRole('listitem').first().getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit speaker' });
  const offer = form.getByRole('button', { name: 'Use “John Kirby” as the English name of جون كيربي' });
  await expect(offer).toBeHidden();
  await form.getByLabel('Translation of').selectOption({ label: 'John Kirby' });
  await offer.click();
  await expect.poll(() => englishName(kirby)).toBe('John Kirby');
  await expect(offer).toBeHidden();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => readAnnotations(path).links.find((l) => l.from_id === arKirby)?.kind).toBe('translation');

  // The registry action lists what linked spans propose; the accepted names are filled.
  await page.getByRole('button', { name: 'Speakers…' }).click();
  const registry = page.getByRole('dialog', { name: 'Speakers' });
  await registry.getByRole('button', { name: 'Fill English names from linked spans' }).click();
  const proposals = registry.getByRole('region', { name: 'English names from linked spans' });
  await expect(proposals.getByRole('listitem')).toHaveCount(1);
  await expect(proposals.getByLabel('English name for موسكو')).toHaveValue('Moscow');
  await proposals.getByRole('button', { name: 'Fill 1 English name' }).click();
  await expect(proposals).toBeHidden();
  await expect.poll(() => englishName(moscow)).toBe('Moscow');
  await expect(registry.getByRole('row', { name: 'Moscow (موسكو)' })).toBeVisible();

  // Nothing left to learn.
  await registry.getByRole('button', { name: 'Fill English names from linked spans' }).click();
  await expect(proposals.getByRole('status')).toContainText('No proposals');
});
