// A save that fails never loses the typed text: it is kept, the top bar says "retrying", it is sent
// again with backoff, and leaving the project waits for it. Driven against the real handlers with a
// fake transport that fails the first saves (as a locked database would).
import { openSampleApi, type SampleApi } from '../../helpers/sample-api.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../../../src/api/channels.js';
import type { SegmentId } from '../../../../src/core/model.js';
import { createAppStore, SAVE_DEBOUNCE_MS, type ApiPort } from '../../../../src/renderer/src/state/app-store.js';
import { RETRY_FIRST_MS, RETRY_MAX_MS, retryDelay } from '../../../../src/renderer/src/state/editing-slice.js';
import { NOT_SAVED_YET } from '../../../../src/renderer/src/state/mutation-runner.js';
import { getSegment } from '../../../../src/store/segments.js';

let env: SampleApi;
let deps: SampleApi['deps'];
let api: ApiPort;
let calls: Channel[] = [];
/** How many of the next saves fail. */
let failSaves: number;
/** Adds an undo state to save results, as the services will (then no history.state call is needed). */
let carryHistory: boolean;

beforeEach(async () => {
  vi.useFakeTimers();
  failSaves = 0;
  carryHistory = false;
  env = await openSampleApi({
    before: (channel) => {
      calls.push(channel);
      if (channel === 'segment.updateTarget' && failSaves > 0) {
        failSaves -= 1;
        throw new Error('The project is busy (database is locked).');
      }
    },
    after: (channel, value) =>
      channel === 'segment.updateTarget' && carryHistory
        ? { ...(value as object), history: { canUndo: true, canRedo: false, undoLabel: 'Carried', redoLabel: null } }
        : value,
  });
  ({ deps, api } = env);
  calls = [];
});

afterEach(() => {
  vi.useRealTimers();
  env.close();
});

const stored = (id: number) => getSegment(deps.session.require(), id as SegmentId)!;
const count = (channel: Channel) => calls.filter((c) => c === channel).length;

async function openStore() {
  const app = createAppStore(api);
  await app.actions.init();
  const index = app.store.get().activeIndex!;
  return { ...app, index, segment: app.actions.segmentAt(index)! };
}

describe('app store: a failed save', () => {
  it('keeps the text, says it is retrying, and saves it on the retry', async () => {
    const { store, actions, index, segment } = await openStore();
    failSaves = 1;
    actions.editTarget('Kept through a failure');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(store.get().save).toBe('retrying');
    expect(store.get().message?.kind).toBe('error');
    expect(store.get().message?.text).toContain('database is locked');
    expect(store.get().message?.text).toContain('keeps trying');
    expect(stored(segment.id).target).toBe(segment.target);
    expect(actions.segmentAt(index)?.target).toBe('Kept through a failure');
    expect(actions.unsavedEdits().map((e) => e.target)).toEqual(['Kept through a failure']);

    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(stored(segment.id).target).toBe('Kept through a failure');
    expect(store.get().save).toBe('saved');
    expect(actions.unsavedEdits()).toEqual([]);
    expect(store.get().message).toEqual({ kind: 'info', text: 'Your translation is saved now.' });
  });

  it('retries with growing delays (1 s, 2 s, 4 s …, at most 30 s) and says so only once', async () => {
    expect([1, 2, 3, 4, 10].map(retryDelay)).toEqual([RETRY_FIRST_MS, 2 * RETRY_FIRST_MS, 4 * RETRY_FIRST_MS, 8 * RETRY_FIRST_MS, RETRY_MAX_MS]);
    const { store, actions, segment } = await openStore();
    failSaves = 3;
    actions.editTarget('Fourth time lucky');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(count('segment.updateTarget')).toBe(1);
    store.set({ message: null });
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(count('segment.updateTarget')).toBe(2);
    await vi.advanceTimersByTimeAsync(2 * RETRY_FIRST_MS - 10);
    expect(count('segment.updateTarget')).toBe(2);
    await vi.advanceTimersByTimeAsync(10);
    expect(count('segment.updateTarget')).toBe(3);
    expect(store.get().message).toBeNull();
    await vi.advanceTimersByTimeAsync(4 * RETRY_FIRST_MS);
    expect(count('segment.updateTarget')).toBe(4);
    expect(stored(segment.id).target).toBe('Fourth time lucky');
    expect(store.get().save).toBe('saved');
  });

  it('saves the newest text when more is typed while a save is failing', async () => {
    const { actions, segment } = await openStore();
    failSaves = 1;
    actions.editTarget('First try');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    actions.editTarget('First try, then more');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(stored(segment.id).target).toBe('First try, then more');
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS);
    expect(stored(segment.id).target).toBe('First try, then more');
  });

  it('moving to another row keeps the failed edit queued; both edits are saved once the project answers', async () => {
    const { actions, index, segment } = await openStore();
    failSaves = 1;
    actions.editTarget('Row one');
    await actions.move(1);
    const next = actions.segmentAt(index + 1)!;
    actions.editTarget('Row two');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(stored(segment.id).target).toBe('Row one');
    expect(stored(next.id).target).toBe('Row two');
    expect(actions.segmentAt(index)?.target).toBe('Row one');
  });

  it('closing the project waits: it shows what is not saved, and closes once it is', async () => {
    const { store, actions, segment } = await openStore();
    failSaves = 2;
    actions.editTarget('Do not lose me');
    await actions.closeProject();
    expect(store.get().project).not.toBeNull();
    expect(store.get().modal).toEqual({ kind: 'unsaved' });
    expect(actions.unsavedEdits().map((e) => e.target)).toEqual(['Do not lose me']);
    expect(count('project.close')).toBe(0);

    await actions.retrySave();
    expect(store.get().modal).toEqual({ kind: 'unsaved' });
    await actions.retrySave();
    expect(store.get().modal).toBeNull();
    expect(stored(segment.id).target).toBe('Do not lose me');
    await actions.closeProject();
    expect(store.get().project).toBeNull();
  });

  it('a change of rows is not made while typing is unsaved (it would act on older text)', async () => {
    const { store, actions, index, segment } = await openStore();
    const totalBefore = store.get().total;
    failSaves = 1;
    actions.editTarget('Typed before a merge');
    await actions.mergeNext();
    expect(store.get().message?.text).toBe(NOT_SAVED_YET);
    expect(store.get().total).toBe(totalBefore);
    expect(count('alignment.mergeNext')).toBe(0);
    expect(actions.segmentAt(index)?.target).toBe('Typed before a merge');
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(stored(segment.id).target).toBe('Typed before a merge');
  });

  it('discarding the unsaved edits (a knowing choice) shows the saved text again', async () => {
    const { store, actions, index, segment } = await openStore();
    failSaves = 100;
    actions.editTarget('Given up');
    await actions.closeProject();
    await actions.discardUnsaved();
    expect(store.get().modal).toBeNull();
    expect(store.get().save).toBe('idle');
    expect(actions.segmentAt(index)?.target).toBe(segment.target);
    const saves = count('segment.updateTarget');
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS * 2);
    expect(count('segment.updateTarget')).toBe(saves);
    await actions.closeProject();
    expect(store.get().project).toBeNull();
  });
});

describe('app store: the mutation runner', () => {
  it('asks for the undo state after a save whose result does not carry it', async () => {
    const { store, actions } = await openStore();
    const before = count('history.state');
    actions.editTarget('Asks once');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(count('history.state')).toBe(before + 1);
    expect(store.get().history?.canUndo).toBe(true);
  });

  it('takes the undo state from a result that carries it, without a second call', async () => {
    const { store, actions } = await openStore();
    carryHistory = true;
    const before = count('history.state');
    actions.editTarget('Carried along');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(count('history.state')).toBe(before);
    expect(store.get().history?.undoLabel).toBe('Carried');
  });

  it('an alignment edit applies its rows, focus, undo state and figures from one result', async () => {
    const { store, actions, index } = await openStore();
    const totalBefore = store.get().total;
    const editSeq = store.get().editSeq;
    const before = count('history.state');
    await actions.mergeNext();
    expect(store.get().total).toBe(totalBefore - 1);
    expect(store.get().activeIndex).toBe(index);
    expect(store.get().history?.undoLabel).toBeTruthy();
    expect(count('history.state')).toBe(before);
    expect(store.get().editSeq).toBe(editSeq + 1);
    expect(store.get().editedSegmentIds).toBeNull();
  });
});

describe('app store: a bulk change from another store', () => {
  it('replace-all saves the typing first, then reloads the rows and tells annotation views to reload', async () => {
    const { createSearchStore } = await import('../../../../src/renderer/src/state/search-store.js');
    const app = await openStore();
    const search = createSearchStore(api, app);
    app.actions.editTarget('Typed: the US said so');
    const editSeq = app.store.get().editSeq;
    search.actions.update({ query: 'US', matchCase: true, replacement: 'United States', scope: 'target' });
    await search.actions.replaceAll();
    expect(stored(app.segment.id).target).toBe('Typed: the United States said so');
    expect(app.actions.segmentAt(app.index)?.target).toBe('Typed: the United States said so');
    expect(app.store.get().editSeq).toBeGreaterThan(editSeq);
    expect(app.store.get().editedSegmentIds).toBeNull();
  });
});

describe('app store: a save refused for good', () => {
  it('is not retried; the text is kept and shown, and only the user sends it again or gives it up', async () => {
    const real = api;
    let refuse = true;
    let refusals = 0;
    api = {
      call(channel, input) {
        if (channel !== 'segment.updateTarget' || !refuse) return real.call(channel, input);
        refusals += 1;
        return Promise.reject(Object.assign(new Error('That segment no longer exists.'), { code: 'not-found' }));
      },
    };
    const { store, actions, index, segment } = await openStore();
    actions.editTarget('Refused text');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(refusals).toBe(1);
    expect(store.get().save).toBe('failed');
    expect(store.get().modal).toEqual({ kind: 'unsaved' });
    expect(store.get().message?.text).toContain('no longer exists');
    expect(actions.unsavedEdits().map((e) => e.target)).toEqual(['Refused text']);
    actions.closeUnsaved();
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS * 2);
    await actions.move(1);
    expect(refusals).toBe(1);
    expect(store.get().modal).toBeNull();
    expect(actions.segmentAt(index)?.target).toBe('Refused text');

    refuse = false;
    actions.showUnsaved();
    await actions.retrySave();
    expect(store.get().modal).toBeNull();
    expect(store.get().save).toBe('saved');
    expect(stored(segment.id).target).toBe('Refused text');
  });
});
