// The store's History / Fix Arabic actions against the real handlers on a real project file.
import { openSampleApi, type SampleApi } from '../../helpers/sample-api.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SegmentId } from '../../../../src/core/model.js';
import { createAppStore, SAVE_DEBOUNCE_MS, type ApiPort } from '../../../../src/renderer/src/state/app-store.js';
import { listRevisions } from '../../../../src/store/revisions.js';
import { getSegment } from '../../../../src/store/segments.js';

let env: SampleApi;
let deps: SampleApi['deps'];
let api: ApiPort;

beforeEach(async () => {
  vi.useFakeTimers();
  env = await openSampleApi();
  ({ deps, api } = env);
});

afterEach(() => {
  vi.useRealTimers();
  env.close();
});

const stored = (id: number) => getSegment(deps.session.require(), id as SegmentId)!;
const revisions = (id: number) => listRevisions(deps.session.require(), id as SegmentId);

async function openStore() {
  const app = createAppStore(api);
  await app.actions.init();
  const index = app.store.get().activeIndex!;
  return { ...app, index, segment: app.actions.segmentAt(index)! };
}

describe('app store: history and source fixes', () => {
  it('Fix Arabic saves the source, closes the dialog, shows the new text in the row and offers undo', async () => {
    const { store, actions, index, segment } = await openStore();
    actions.openFixSource();
    expect(store.get().modal).toEqual({ kind: 'fixSource' });
    const fixed = `${segment.source} (مصحح)`;
    await actions.fixSource(fixed);
    expect(store.get()).toMatchObject({ modal: null, activeIndex: index, history: { canUndo: true, undoLabel: 'Fix Arabic' } });
    expect(actions.segmentAt(index)?.source).toBe(fixed);
    expect(stored(segment.id).source).toBe(fixed);
    await actions.undo();
    expect(actions.segmentAt(index)?.source).toBe(segment.source);
  });

  it('a refused fix keeps the dialog open and says why', async () => {
    const { store, actions } = await openStore();
    actions.openFixSource();
    await actions.fixSource('x'.repeat(1_000_001));
    expect(store.get().modal).toEqual({ kind: 'fixSource' });
    expect(store.get().message?.kind).toBe('error');
  });

  it('opening the history saves what was typed first; restore shows the old text in the grid and bumps editSeq', async () => {
    const { store, actions, index, segment } = await openStore();
    actions.editTarget('Typed just now');
    await actions.openHistory();
    expect(store.get().modal).toEqual({ kind: 'history' });
    const list = await actions.revisionsOf(segment.id);
    const typed = list.filter((r) => r.field === 'target').at(-1)!;
    expect(typed.after).toBe('Typed just now');

    const seq = store.get().editSeq;
    await actions.restoreRevision(typed.id, 'before');
    expect(actions.segmentAt(index)?.target).toBe(segment.target);
    expect(stored(segment.id).target).toBe(segment.target);
    expect(store.get().editSeq).toBeGreaterThan(seq);
    expect(store.get().modal).toEqual({ kind: 'history' });
    expect(revisions(segment.id).filter((r) => r.field === 'target').map((r) => r.after)).toEqual(['Typed just now', segment.target]);
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(stored(segment.id).target).toBe(segment.target);
  });

  it('history and fix dialogs need an active segment, one closes the other, closing the project closes them', async () => {
    const { store, actions } = await openStore();
    await actions.openHistory();
    actions.openFixSource();
    expect(store.get().modal).toEqual({ kind: 'fixSource' });
    await actions.closeProject();
    expect(store.get().modal).toBeNull();
    await actions.openHistory();
    actions.openFixSource();
    expect(store.get().modal).toBeNull();
  });
});
