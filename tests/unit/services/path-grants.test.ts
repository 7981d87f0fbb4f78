import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../src/api/channels.js';
import { createDispatch, type Dispatch } from '../../../src/services/dispatch.js';
import { createHandlers, type HandlerDeps } from '../../../src/services/handlers.js';
import { createPathGrants } from '../../../src/services/path-grants.js';
import { handlerDeps, type FakeHost } from '../helpers/handler-deps.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

// The real grants (the shared helper allows every path): the page names only paths main handed out.
let tmp: TempDir;
let deps: HandlerDeps & { host: FakeHost };
let dispatch: Dispatch;
beforeEach(() => {
  tmp = makeTempDir();
  const { grants: _allowAll, ...rest } = handlerDeps(tmp.path('prefs'));
  deps = { ...rest, grants: createPathGrants() };
  dispatch = createDispatch(createHandlers(deps), (error) => {
    throw error;
  });
});
afterEach(() => {
  deps.session.close();
  tmp.cleanup();
});

async function call(channel: Channel, input: unknown): Promise<unknown> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function refusal(channel: Channel, input: unknown): Promise<string> {
  const result = await dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was not refused`);
  expect(result.error.code).toBe('bad-input');
  return result.error.message;
}

/** What the user picks in the next native dialog. */
async function pick(dialog: 'dialog.openProject' | 'dialog.newProject' | 'dialog.importText' | 'dialog.exportFile', path: string): Promise<void> {
  deps.host.dialogResult = path;
  const input = dialog === 'dialog.exportFile' ? { defaultName: 'x', extension: 'tmx' } : undefined;
  expect(await call(dialog, input)).toBe(path);
}

async function openProjectWithText(): Promise<number> {
  await pick('dialog.newProject', tmp.path('p.mizan'));
  await call('project.new', { path: tmp.path('p.mizan') });
  const doc = (await call('document.importText', { title: 't', sourceText: 'نص أول. نص ثان.' })) as { id: number };
  return doc.id;
}

describe('path grants', () => {
  it('refuses to preview or import a file that no dialog returned (/etc/passwd)', async () => {
    const documentId = await openProjectWithText();
    expect(await refusal('document.previewFile', { path: '/etc/passwd' })).toMatch(/will not read \/etc\/passwd: it was not chosen in a file dialog/);
    expect(await refusal('document.importFile', { path: '/etc/passwd' })).toMatch(/will not read/);
    expect(await refusal('document.previewBilingual', { path: '/etc/hosts.tmx' })).toMatch(/will not read/);
    expect(await refusal('document.importBilingual', { path: '/etc/x.tsv', title: 'x' })).toMatch(/will not read/);
    expect(await refusal('alignment.importTranslation', { documentId, path: '/etc/passwd' })).toMatch(/will not read/);
    expect(await refusal('alignment.previewTranslation', { documentId, path: '/etc/passwd' })).toMatch(/will not read/);
  });

  it('refuses to export to a path no save dialog returned, and writes nothing there', async () => {
    const documentId = await openProjectWithText();
    const bashrc = tmp.path('.bashrc');
    writeFileSync(bashrc, 'alias ls=ls');
    expect(await refusal('export.run', { documentId, format: 'txt', path: bashrc })).toMatch(/will not write .*\.bashrc: it was not chosen in a file dialog\. Choose it with Export/);
    expect(readFileSync(bashrc, 'utf8')).toBe('alias ls=ls');
    // A path granted for reading is not a path granted for writing.
    await pick('dialog.importText', bashrc);
    expect(await refusal('export.run', { documentId, format: 'txt', path: bashrc })).toMatch(/will not write/);
  });

  it('refuses to open or create a project at a path no dialog returned', async () => {
    expect(await refusal('project.open', { path: '/etc/passwd' })).toMatch(/will not open a project from \/etc\/passwd/);
    expect(await refusal('project.new', { path: tmp.path('sneaky.mizan') })).toMatch(/will not open a project from/);
    expect(existsSync(tmp.path('sneaky.mizan'))).toBe(false);
  });

  it('accepts what its dialogs returned, for what they were for, and the recent list', async () => {
    const documentId = await openProjectWithText();
    writeFileSync(tmp.path('in.txt'), 'Hello. World.');
    await pick('dialog.importText', tmp.path('in.txt'));
    expect(await call('document.previewFile', { path: tmp.path('in.txt') })).toMatchObject({ name: 'in.txt' });
    await pick('dialog.exportFile', tmp.path('out.tmx'));
    expect(await call('export.run', { documentId, format: 'tmx', path: tmp.path('out.tmx') })).toMatchObject({ path: tmp.path('out.tmx') });
    // The same file spelled differently is the same grant.
    expect(await call('document.previewFile', { path: `${tmp.dir}/./in.txt` })).toMatchObject({ name: 'in.txt' });
    await call('project.close', undefined);
    // A fresh window (new grants): the project is in the recent list, so it may be reopened.
    const fresh = createDispatch(createHandlers({ ...deps, grants: createPathGrants() }));
    const reopened = await fresh('project.open', { path: tmp.path('p.mizan') });
    expect(reopened.ok).toBe(true);
    const imported = await fresh('document.previewFile', { path: tmp.path('in.txt') });
    expect(imported.ok).toBe(false);
  });

  it('a cancelled dialog grants nothing', async () => {
    deps.host.dialogResult = null;
    expect(await call('dialog.openProject', undefined)).toBeNull();
    expect(await refusal('project.open', { path: 'null' })).toMatch(/will not open a project from null/);
  });
});
