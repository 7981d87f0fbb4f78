import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createSampleProject } from './project-files';

interface AppWindow {
  mizan: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }> };
}

// The page is not trusted with paths: only what main's dialogs (here the harness's fake ones,
// through the same dialog channels) handed out may be read or written.
test('the page cannot make main read or write a path no dialog returned', async ({ openApp, workDir }) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const bashrc = join(workDir, '.bashrc');
  writeFileSync(bashrc, 'alias ls=ls\n');
  const invoke = (channel: string, input: unknown) =>
    app.page.evaluate(([c, i]) => (window as unknown as AppWindow).mizan.invoke(c as string, i), [channel, input] as const);

  const preview = await invoke('document.previewFile', { path: '/etc/passwd' });
  expect(preview.ok).toBe(false);
  expect(preview.error?.message).toMatch(/will not read \/etc\/passwd: it was not chosen in a file dialog/);

  const exported = await invoke('export.run', { documentId: 1, format: 'txt', path: bashrc });
  expect(exported.ok).toBe(false);
  expect(exported.error?.message).toMatch(/will not write .*\.bashrc/);
  expect(readFileSync(bashrc, 'utf8')).toBe('alias ls=ls\n');

  const opened = await invoke('project.open', { path: bashrc });
  expect(opened.error?.message).toMatch(/will not open a project from/);

  // Once the user picks it in the Export dialog, the same call is allowed.
  const out = join(workDir, 'chosen.txt');
  app.dialogs.exportFile = out;
  expect(await invoke('dialog.exportFile', { defaultName: 'chosen.txt', extension: 'txt' })).toMatchObject({ ok: true });
  expect(await invoke('export.run', { documentId: 1, format: 'txt', path: out })).toMatchObject({ ok: true });
});
