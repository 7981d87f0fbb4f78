import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QaSegmentCheck } from '../../../../src/core/qa/types.js';
import { createAppStore } from '../../../../src/renderer/src/state/app-store.js';
import { createQaStore, visibleFindings } from '../../../../src/renderer/src/state/qa-store.js';
import { openSampleApi, type SampleApi } from '../../helpers/sample-api.js';

// The QA panel's store over the real handlers: run, filter, ignore (kept), un-ignore, the profile.

const said: QaSegmentCheck = {
  id: 'said', label: 'Said', description: '"said" in the English.', category: 'attribution', defaultSeverity: 'warning', scope: 'segment',
  run: ({ segment }) => (/\bsaid\b/.test(segment.target) ? [{ message: 'said' }] : []),
};
const long: QaSegmentCheck = {
  id: 'long', label: 'Long', description: 'Over 150 characters.', category: 'form', defaultSeverity: 'info', scope: 'segment',
  run: ({ segment }) => (segment.target.length > 150 ? [{ message: 'long' }] : []),
};

let env: SampleApi;
beforeEach(async () => {
  vi.useFakeTimers();
  env = await openSampleApi({}, { qaChecks: [said, long] });
});
afterEach(() => {
  vi.useRealTimers();
  env.close();
});

async function opened() {
  const app = createAppStore(env.api);
  await app.actions.init();
  const qa = createQaStore(env.api, app);
  await qa.actions.run();
  return { app, qa };
}

describe('QA store', () => {
  it('runs on the open document and filters by severity and check', async () => {
    const { qa } = await opened();
    const { result, checks } = qa.store.get();
    expect(checks.map((c) => c.id)).toEqual(['said', 'long']);
    const saids = result!.findings.filter((f) => f.check === 'said').length;
    const longs = result!.findings.filter((f) => f.check === 'long').length;
    expect(saids).toBeGreaterThan(0);
    expect(longs).toBeGreaterThan(0);
    qa.actions.setFilter({ severity: 'warning' });
    expect(visibleFindings(qa.store.get())).toHaveLength(saids);
    qa.actions.setFilter({ severity: 'all', check: 'long' });
    expect(visibleFindings(qa.store.get())).toHaveLength(longs);
  });

  it('ignore hides a finding (kept through a re-run), Show ignored lists it, un-ignore brings it back', async () => {
    const { qa } = await opened();
    const total = qa.store.get().result!.findings.length;
    const first = qa.store.get().result!.findings[0]!;
    expect(await qa.actions.ignore(first, 'quoting the agency')).toBe(true);
    expect(visibleFindings(qa.store.get())).toHaveLength(total - 1);
    expect(qa.store.get().result!.ignored).toBe(1);
    await qa.actions.run();
    expect(visibleFindings(qa.store.get())).toHaveLength(total - 1);
    qa.actions.setFilter({ showIgnored: true });
    const shown = visibleFindings(qa.store.get()).find((f) => f.fingerprint === first.fingerprint && f.segmentId === first.segmentId);
    expect(shown?.ignored).toMatchObject({ author: 'test-user', reason: 'quoting the agency' });
    await qa.actions.unignore(shown!);
    expect(qa.store.get().result!.ignored).toBe(0);
    qa.actions.setFilter({ showIgnored: false });
    expect(visibleFindings(qa.store.get())).toHaveLength(total);
  });

  it('the profile editor opens as the app dialog; saving turns a check off and runs again', async () => {
    const { app, qa } = await opened();
    await qa.actions.openProfile();
    expect(app.store.get().modal).toEqual({ kind: 'qaProfile' });
    expect(qa.store.get().profile).toEqual({ said: { enabled: true, severity: 'warning' }, long: { enabled: true, severity: 'info' } });
    await qa.actions.saveProfile({ said: { enabled: false, severity: 'warning' } });
    expect(app.store.get().modal).toBeNull();
    expect(qa.store.get().result!.findings.every((f) => f.check === 'long')).toBe(true);
  });

  it('a jump goes to the finding’s segment', async () => {
    const { app, qa } = await opened();
    const last = qa.store.get().result!.findings.at(-1)!;
    await qa.actions.jump(last);
    expect(app.actions.segmentAt(app.store.get().activeIndex!)?.id).toBe(last.segmentId);
  });
});
