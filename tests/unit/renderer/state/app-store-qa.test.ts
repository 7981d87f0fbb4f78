import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QaSegmentCheck } from '../../../../src/core/qa/types.js';
import { createAppStore } from '../../../../src/renderer/src/state/app-store.js';
import { getSegment } from '../../../../src/store/segments.js';
import { toSegmentId } from '../../../../src/core/ids.js';
import { openSampleApi, type SampleApi } from '../../helpers/sample-api.js';

// Confirm and approve run the segment's checks: errors stop the move and ask, warnings show.

const badWord: QaSegmentCheck = {
  id: 'bad-word', label: 'Bad word', description: 'BAD in the English.', category: 'form', defaultSeverity: 'error', scope: 'segment',
  run: ({ segment }) => (segment.target.includes('BAD') ? [{ message: 'BAD is not English' }] : []),
};
const meh: QaSegmentCheck = {
  id: 'meh', label: 'Meh', description: 'meh in the English.', category: 'form', defaultSeverity: 'warning', scope: 'segment',
  run: ({ segment }) => (segment.target.includes('meh') ? [{ message: 'meh is weak' }] : []),
};

let env: SampleApi;
beforeEach(async () => {
  vi.useFakeTimers();
  env = await openSampleApi({}, { qaChecks: [badWord, meh] });
});
afterEach(() => {
  vi.useRealTimers();
  env.close();
});

const status = (id: number) => getSegment(env.deps.session.require(), toSegmentId(id))?.status;

async function openedStore() {
  const app = createAppStore(env.api);
  await app.actions.init();
  const index = app.store.get().activeIndex!;
  return { ...app, index, segment: app.actions.segmentAt(index)! };
}

describe('confirm with quality checks', () => {
  it('an error stops Ctrl+Enter on the row and asks; Ctrl+Enter again (or Confirm anyway) confirms', async () => {
    const { store, actions, index, segment } = await openedStore();
    actions.editTarget('A BAD translation');
    await actions.confirmAndNext();
    expect(status(segment.id)).toBe('rejected');
    expect(store.get().activeIndex).toBe(index);
    expect(store.get().qaPrompt).toMatchObject({ segmentId: segment.id, blocked: true, status: 'translated', findings: [{ check: 'bad-word', severity: 'error', message: 'BAD is not English' }] });
    await actions.confirmAndNext();
    expect(status(segment.id)).toBe('translated');
    expect(store.get().activeIndex).not.toBe(index);
    expect(store.get().qaPrompt).toMatchObject({ segmentId: segment.id, blocked: false });
  });

  it('typing after the prompt drops it, so the next Ctrl+Enter checks again instead of forcing', async () => {
    const { store, actions, segment } = await openedStore();
    actions.editTarget('BAD');
    await actions.confirmAndNext();
    actions.editTarget('BAD still');
    expect(store.get().qaPrompt).toBeNull();
    await actions.confirmAndNext();
    expect(status(segment.id)).toBe('rejected');
    expect(store.get().qaPrompt?.blocked).toBe(true);
    await actions.confirmAnyway();
    expect(status(segment.id)).toBe('translated');
  });

  it('"Fix" keeps the row and drops the prompt; a fixed text confirms at once', async () => {
    const { store, actions, index, segment } = await openedStore();
    actions.editTarget('BAD');
    await actions.confirmAndNext();
    actions.dismissQaPrompt();
    expect(store.get().qaPrompt).toBeNull();
    actions.editTarget('A good translation');
    await actions.confirmAndNext();
    expect(status(segment.id)).toBe('translated');
    expect(store.get().activeIndex).not.toBe(index);
  });

  it('warnings do not stop the move; they stay shown on the confirmed row', async () => {
    const { store, actions, segment } = await openedStore();
    actions.editTarget('A meh translation');
    await actions.confirmAndNext();
    expect(status(segment.id)).toBe('translated');
    expect(store.get().qaPrompt).toMatchObject({ segmentId: segment.id, blocked: false, findings: [{ check: 'meh', severity: 'warning' }] });
  });
});
