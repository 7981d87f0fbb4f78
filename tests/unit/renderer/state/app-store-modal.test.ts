// Dialogs are one `modal` union (at most one open); slices write only the fields they own.
import { openSampleApi, type SampleApi } from '../../helpers/sample-api.js';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationStore } from '../../../../src/renderer/src/state/annotation-store.js';
import { initialAppState } from '../../../../src/renderer/src/state/app-state.js';
import { createAppStore, fileImportOf, type ApiPort } from '../../../../src/renderer/src/state/app-store.js';
import { createStore } from '../../../../src/renderer/src/state/create-store.js';
import { sliceOf } from '../../../../src/renderer/src/state/slice.js';

let env: SampleApi;
let tmp: SampleApi['tmp'];
let deps: SampleApi['deps'];
let api: ApiPort;
/** Holds back document previews until released (an answer arriving after Cancel). */
let holdPreview: Promise<void> | null;
/** Called when a held-back preview has been asked for. */
let previewAsked = () => {};

beforeEach(async () => {
  holdPreview = null;
  env = await openSampleApi({
    before: async (channel) => {
      if (channel === 'document.previewFile' && holdPreview) {
        previewAsked();
        await holdPreview;
      }
    },
  });
  ({ tmp, deps, api } = env);
});

afterEach(() => env.close());

async function openStore() {
  const app = createAppStore(api);
  await app.actions.init();
  return app;
}

describe('app store: the modal union', () => {
  it('opening a dialog replaces the open one; closing another kind leaves it open', async () => {
    const { store, actions } = await openStore();
    actions.openExport();
    expect(store.get().modal).toEqual({ kind: 'export' });
    actions.openReject();
    expect(store.get().modal).toEqual({ kind: 'reject' });
    actions.closeExport();
    expect(store.get().modal).toEqual({ kind: 'reject' });
    actions.closeReject();
    expect(store.get().modal).toBeNull();
  });

  it('asks who is working on first use, and the identity dialog closes once it is set', async () => {
    const { store, actions } = await openStore();
    expect(store.get().modal).toEqual({ kind: 'identity' });
    await actions.setIdentity('Salma', 'reviewer');
    expect(store.get().modal).toBeNull();
    expect(store.get().identity).toMatchObject({ userName: 'Salma', role: 'reviewer', chosen: true });
  });

  it('the speaker registry and the scheme are members of the same union (via the annotation store)', async () => {
    const app = await openStore();
    const annotations = createAnnotationStore(api, app);
    annotations.actions.openSpeakers();
    expect(app.store.get().modal).toEqual({ kind: 'speakers' });
    annotations.actions.openScheme();
    expect(app.store.get().modal).toEqual({ kind: 'scheme' });
    annotations.actions.closeSpeakers();
    expect(app.store.get().modal).toEqual({ kind: 'scheme' });
    annotations.actions.closeScheme();
    expect(app.store.get().modal).toBeNull();
  });

  it('a preview that answers after Cancel does not reopen the import dialog', async () => {
    const { store, actions } = await openStore();
    const file = tmp.path('news.txt');
    writeFileSync(file, 'قال الرئيس. ثم غادر.\n');
    deps.host.dialogResult = file;
    let release = () => {};
    holdPreview = new Promise((resolve) => (release = resolve));
    const asked = new Promise<void>((resolve) => (previewAsked = resolve));
    const importing = actions.importFile();
    await asked;
    expect(fileImportOf(store.get())).toMatchObject({ path: file, loading: true });
    actions.cancelImport();
    release();
    await importing;
    expect(store.get().modal).toBeNull();

    holdPreview = null;
    await actions.importFile();
    expect(fileImportOf(store.get())).toMatchObject({ path: file, loading: false, error: null });
    await actions.confirmImport('News');
    expect(store.get().modal).toBeNull();
    expect(store.get().project?.documents.map((d) => d.title)).toContain('News');
    expect(store.get().message?.text).toContain('Imported “News”');
  });

  it('a slice can write only its own fields (checked by the type checker)', () => {
    const slice = sliceOf<'save'>(createStore(initialAppState));
    slice.set({ save: 'pending' });
    // @ts-expect-error the editing slice does not own the dialogs
    slice.set({ modal: null });
    expect(slice.get().save).toBe('pending');
  });
});
