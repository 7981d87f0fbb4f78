import { openSampleApi, type SampleApi } from '../../helpers/sample-api.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../../../src/api/channels.js';
import { createAppStore, SAVE_DEBOUNCE_MS, type ApiPort } from '../../../../src/renderer/src/state/app-store.js';
import { getSegment } from '../../../../src/store/segments.js';
import type { SegmentId } from '../../../../src/core/model.js';
import { sample } from '../../helpers/sample.js';

// The renderer's store driven against the real handlers on a real project file:
// the same calls the UI makes, without React or a browser.

let env: SampleApi;
let deps: SampleApi['deps'];
let tmp: SampleApi['tmp'];
let calls: { channel: Channel; input: unknown }[] = [];
let api: ApiPort;

beforeEach(async () => {
  vi.useFakeTimers();
  env = await openSampleApi({ before: (channel, input) => void calls.push({ channel, input }) });
  ({ deps, api, tmp } = env);
  calls = [];
});

afterEach(() => {
  vi.useRealTimers();
  env.close();
});

const saves = () => calls.filter((c) => c.channel === 'segment.updateTarget');
const stored = (id: number) => getSegment(deps.session.require(), id as SegmentId);

describe('app store', () => {
  it('still offers every action by the name commands, menus and components call it', () => {
    const { actions } = createAppStore(api);
    const names = [
      'init', 'openProject', 'newProject', 'closeProject', 'importFile', 'setImportEncoding', 'cancelImport', 'setImportMapping',
      'importTranslation', 'confirmImport', 'importPasted', 'selectDocument', 'reloadSegments', 'segmentById', 'showSegment',
      'refreshStats', 'segmentAt', 'ensureLoaded', 'activate', 'move', 'editTarget', 'flush', 'setStatus', 'setDoNotTranslate',
      'confirmAndNext', 'mergeNext', 'mergePrevious', 'split', 'moveFirstTargetToPrevious', 'moveLastTargetToNext', 'insertAfter',
      'deleteEmpty', 'toggleAlignConfirmed', 'extendSelection', 'realignSelection', 'setFilter', 'goToPosition', 'approveAndNext',
      'openIdentity', 'closeIdentity', 'setIdentity', 'openReject', 'closeReject', 'rejectActive', 'setStatusOfSelection',
      'nextLowConfidence', 'undo', 'redo', 'dismissMessage', 'notify', 'fail', 'openPaste', 'closePaste', 'openRules', 'closeRules',
      'openExport', 'closeExport', 'openHistory', 'closeHistory', 'openFixSource', 'closeFixSource', 'revisionsOf', 'fixSource',
      'restoreRevision',
    ];
    const offered = new Map<string, unknown>(Object.entries(actions));
    expect(names.filter((name) => typeof offered.get(name) !== 'function')).toEqual([]);
  });

  it('opens the current project on the first document, at the first segment that needs work', async () => {
    const { store, actions } = createAppStore(api);
    await actions.init();
    const state = store.get();
    expect(state.ready).toBe(true);
    expect(state.total).toBe(16);
    expect(state.activeIndex).not.toBeNull();
    expect(actions.segmentAt(state.activeIndex!)?.status).toBe('rejected');
    // The figures follow the rows (not awaited by init).
    await vi.waitFor(() => expect(store.get().stats?.segments).toBe(16));
  });

  it('shows the rows without waiting for the progress figures (they read every segment at open)', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowStats: ApiPort = {
      call: async (channel, input) => {
        if (channel === 'stats.get') await held;
        return api.call(channel, input);
      },
    };
    const { store, actions } = createAppStore(slowStats);
    await actions.init();
    expect(store.get().ready).toBe(true);
    expect(actions.segmentAt(store.get().activeIndex!)?.status).toBe('rejected');
    expect(store.get().stats).toBeNull();
    release();
    await vi.waitFor(() => expect(store.get().stats?.segments).toBe(16));
  });

  it('coalesces keystrokes into one save after the debounce', async () => {
    const { store, actions } = createAppStore(api);
    await actions.init();
    const segment = actions.segmentAt(store.get().activeIndex!)!;
    actions.editTarget('Fir');
    actions.editTarget('First draft');
    expect(store.get().save).toBe('pending');
    expect(saves()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(saves()).toHaveLength(1);
    expect(stored(segment.id)?.target).toBe('First draft');
    expect(store.get().save).toBe('saved');
  });

  it('saves at once when the user moves to another segment', async () => {
    const { store, actions } = createAppStore(api);
    await actions.init();
    const index = store.get().activeIndex!;
    const segment = actions.segmentAt(index)!;
    actions.editTarget('Leaving now');
    await actions.move(1);
    expect(store.get().activeIndex).toBe(index + 1);
    expect(stored(segment.id)?.target).toBe('Leaving now');
  });

  it('confirm-and-next marks the segment translated and jumps to the next open one; says so when none is left', async () => {
    const { store, actions } = createAppStore(api);
    await actions.init();
    const visited: number[] = [];
    for (let i = 0; i < 20 && !store.get().message; i++) {
      const index = store.get().activeIndex!;
      visited.push(index);
      actions.editTarget(`Translation ${index}`);
      await actions.confirmAndNext();
      // A QA error (the stand-in English drops the Arabic's numbers) stops the move: the same key again confirms anyway.
      if (store.get().qaPrompt?.blocked) await actions.confirmAndNext();
      expect(stored(actions.segmentAt(index)!.id)?.status).toBe('translated');
    }
    expect(store.get().message).toEqual({ kind: 'info', text: 'Every segment of this document is confirmed.' });
    // Visits every open segment once, in order from the first open one, then wraps to the start.
    expect(new Set(visited).size).toBe(visited.length);
    // Only the do-not-translate boilerplate lines stay untouched.
    expect(store.get().stats?.by_status.new).toBe(sample.segments.filter((seg) => seg.doNotTranslate).length);
    expect(store.get().stats?.by_status.draft).toBe(0);
    expect(store.get().stats?.by_status.rejected).toBe(0);
  });

  it('reports a failure as a message and keeps the open project', async () => {
    const { store, actions } = createAppStore(api);
    await actions.init();
    const before = store.get().project;
    await actions.openProject(tmp.path('missing.mizan'));
    expect(store.get().message?.kind).toBe('error');
    expect(store.get().message?.text).toContain('does not exist');
    expect(store.get().project).toBe(before);
  });
});
