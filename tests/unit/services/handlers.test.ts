import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../src/api/channels.js';
import type { Segment } from '../../../src/core/model.js';
import type { Dispatch } from '../../../src/services/dispatch.js';
import { sample, sampleStatusCounts } from '../helpers/sample.js';
import { dispatchOnTempFolder, type handlerDeps } from '../helpers/handler-deps.js';
import type { TempDir } from '../helpers/temp-dir.js';

let env: ReturnType<typeof dispatchOnTempFolder>;
let tmp: TempDir;
let deps: ReturnType<typeof handlerDeps>;
let dispatch: Dispatch;
let call: typeof env.call;
beforeEach(() => {
  env = dispatchOnTempFolder();
  ({ tmp, deps, dispatch, call } = env);
});
afterEach(() => env.close());

const errorCode = async (channel: Channel, input: unknown): Promise<string> => (await env.failure(channel, input)).code;

describe('handlers, end to end on a real file', () => {
  it('new (sample) → list → updateTarget → setStatus → stats → close → open shows the change', async () => {
    const path = tmp.path('sample.mizan');
    const created = await call('project.new', { path, sample: true });
    expect(created).toMatchObject({ path, title: sample.title });
    expect(created.documents.map((d) => d.segmentCount)).toEqual([sample.segments.length]);
    const documentId = created.documents[0]!.id;

    const page = await call('segment.list', { documentId, offset: 0, limit: 100 });
    expect(page.total).toBe(sample.segments.length);
    const target = page.items.find((s) => s.status === 'new' && !s.doNotTranslate) as Segment;
    expect(target).toBeDefined();

    const edited = await call('segment.updateTarget', { segmentId: target.id, target: 'Edited in a test.', session: 's1' });
    expect(edited).toMatchObject({ target: 'Edited in a test.', status: 'draft', updatedBy: 'test-user' });
    const confirmed = await call('segment.setStatus', { segmentId: target.id, status: 'translated' });
    expect(confirmed.status).toBe('translated');
    expect((await call('segment.revisions', { segmentId: target.id })).map((r) => [r.field, r.after])).toEqual([
      ['status', 'draft'], ['target', 'Edited in a test.'], ['status', 'translated'],
    ]);

    const expected = sampleStatusCounts();
    expected.new -= 1;
    expected.translated += 1;
    const stats = await call('stats.get', {});
    expect(stats.by_status).toEqual(expected);
    expect(await call('stats.get', { documentId })).toEqual(stats);

    expect(await call('project.close', undefined)).toBeNull();
    expect(await call('project.current', undefined)).toBeNull();
    expect(await errorCode('segment.list', { documentId, offset: 0, limit: 10 })).toBe('no-project');

    const reopened = await call('project.open', { path });
    expect(reopened.title).toBe(sample.title);
    expect(await call('segment.get', { segmentId: target.id })).toMatchObject({ target: 'Edited in a test.', status: 'translated' });
    expect((await call('stats.get', {})).by_status).toEqual(expected);
    expect((await call('project.current', undefined))?.path).toBe(path);
  });

  it('project.new without the sample takes its title from the file name; both projects become recent', async () => {
    const a = tmp.path('Kirby briefing.mizan');
    const b = tmp.path('sample.mizan');
    expect(await call('project.new', { path: a })).toMatchObject({ title: 'Kirby briefing', documents: [] });
    await call('project.new', { path: b, sample: true });
    expect((await call('project.recent', undefined)).map((r) => [r.path, r.exists])).toEqual([[b, true], [a, true]]);
  });

  it('imports pasted text and a file into the open project', async () => {
    await call('project.new', { path: tmp.path('p.mizan') });
    const pasted = await call('document.importText', { title: 'Pasted', sourceText: 'جملة أولى. جملة ثانية.' });
    expect(pasted).toMatchObject({ title: 'Pasted', segmentCount: 2, sourceName: null });
    writeFileSync(tmp.path('talks.ar.txt'), '\ufeffسطر أول.\r\nسطر ثان.\r\n');
    const imported = await call('document.importFile', { path: tmp.path('talks.ar.txt') });
    expect(imported).toMatchObject({ title: 'talks.ar', sourceName: 'talks.ar.txt', segmentCount: 2 });
    const page = await call('segment.list', { documentId: imported.id, offset: 0, limit: 10 });
    expect(page.items.map((s) => [s.paragraph, s.source])).toEqual([[0, 'سطر أول.'], [1, 'سطر ثان.']]);
    expect((await call('document.list', undefined)).map((d) => d.title)).toEqual(['Pasted', 'talks.ar']);
  });

  it.each<[string, Channel, (dir: TempDir) => unknown, string]>([
    ['project.new on an existing file', 'project.new', (t) => {
      writeFileSync(t.path('x.mizan'), 'taken');
      return { path: t.path('x.mizan') };
    }, 'file-exists'],
    ['project.new in a missing folder', 'project.new', (t) => ({ path: t.path('missing/x.mizan') }), 'not-found'],
    ['project.open of a text file', 'project.open', (t) => {
      writeFileSync(t.path('notes.txt'), 'hello');
      return { path: t.path('notes.txt') };
    }, 'not-a-project'],
    ['project.open of a missing file', 'project.open', (t) => ({ path: t.path('nope.mizan') }), 'not-found'],
    ['document.list with no project', 'document.list', () => undefined, 'no-project'],
    ['stats.get with no project', 'stats.get', () => ({}), 'no-project'],
  ])('%s → %s', async (_name, channel, input, code) => {
    expect(await errorCode(channel, input(tmp))).toBe(code);
  });

  it.each<[string, Channel, (dir: TempDir) => unknown, string]>([
    ['an empty pasted text', 'document.importText', () => ({ title: 'T', sourceText: ' \n ' }), 'bad-input'],
    ['a missing segment', 'segment.get', () => ({ segmentId: 999 }), 'not-found'],
    ['a missing document', 'segment.list', () => ({ documentId: 999, offset: 0, limit: 10 }), 'not-found'],
    ['a binary import file', 'document.importFile', (t) => {
      writeFileSync(t.path('binary.bin'), Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
      return { path: t.path('binary.bin') };
    }, 'bad-input'],
    ['a folder as import file', 'document.importFile', (t) => ({ path: t.dir }), 'bad-input'],
    ['a missing import file', 'document.importFile', (t) => ({ path: t.path('gone.txt') }), 'not-found'],
  ])('with a project open, %s → %s', async (_name, channel, input, code) => {
    await call('project.new', { path: tmp.path('p.mizan') });
    expect(await errorCode(channel, input(tmp))).toBe(code);
  });

  it('prefs.set changes the author of later edits', async () => {
    const info = await call('project.new', { path: tmp.path('s.mizan'), sample: true });
    expect(await call('prefs.set', { userName: '  Huda  ', role: 'reviewer' })).toEqual({ userName: 'Huda', role: 'reviewer', identityChosen: true });
    expect(await call('prefs.get', undefined)).toEqual({ userName: 'Huda', role: 'reviewer', identityChosen: true });
    const [first] = (await call('segment.list', { documentId: info.documents[0]!.id, offset: 0, limit: 1 })).items;
    expect((await call('segment.setStatus', { segmentId: first!.id, status: 'rejected' })).updatedBy).toBe('Huda');
  });

  it('dialogs and closeReady go to the host', async () => {
    deps.host.dialogResult = '/picked.mizan';
    expect(await call('dialog.openProject', undefined)).toBe('/picked.mizan');
    expect(await call('dialog.newProject', undefined)).toBe('/picked.mizan');
    deps.host.dialogResult = null;
    expect(await call('dialog.importText', undefined)).toBeNull();
    expect(await call('app.closeReady', undefined)).toBeNull();
    expect(await call('app.closeHeld', undefined)).toBeNull();
    expect(deps.host.calls).toEqual(['openProject', 'newProject', 'importText', 'closeReady', 'closeHeld']);
  });
});

describe('export.run on the open project', () => {
  async function bigProject(segments: number): Promise<number> {
    await call('project.new', { path: tmp.path('big.mizan') });
    const text = Array.from({ length: segments }, (_, i) => `الجملة رقم ${i}.`).join('\n');
    return (await call('document.importText', { title: 'big', sourceText: text })).id;
  }

  it('sends progress events as it goes, then the report; the settings are remembered', async () => {
    const documentId = await bigProject(3000);
    const out = tmp.path('big.tsv');
    const result = await call('export.run', { documentId, format: 'tsv', path: out, bom: true, guardFormulas: true });
    expect(result).toMatchObject({ units: 3000, path: out });
    const progress = deps.host.events.filter((e) => e.event === 'export.progress').map((e) => e.payload as { done: number; total: number; path: string });
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.every((p, i) => p.total === 3000 && p.path === out && (i === 0 || p.done > progress[i - 1]!.done))).toBe(true);
    expect(progress.at(-1)!.done).toBe(3000);
    expect((await call('prefs.get', {})).lastExport).toEqual({ format: 'tsv', bom: true, guardFormulas: true });
  });

  it('export.cancel stops it with code "cancelled" and no file; a second export while one runs is refused', async () => {
    const documentId = await bigProject(3000);
    const out = tmp.path('cancelled.xlf');
    deps.host.emit = (event) => {
      // Cancel from "the page" at the first progress event, as the dialog's Cancel button does.
      if (event === 'export.progress') void dispatch('export.cancel', {});
    };
    const running = dispatch('export.run', { documentId, format: 'xliff12', path: out });
    expect(await errorCode('export.run', { documentId, format: 'tmx', path: tmp.path('second.tmx') })).toBe('bad-input');
    const result = await running;
    expect(result.ok ? 'ok' : result.error.code).toBe('cancelled');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(tmp.path('second.tmx'))).toBe(false);
    expect(await call('export.cancel', {})).toEqual({ cancelled: false });
    // And the next export runs normally.
    deps.host.emit = () => undefined;
    expect((await call('export.run', { documentId, format: 'tmx', path: tmp.path('after.tmx') })).skipped).toBe(3000);
  });
});
