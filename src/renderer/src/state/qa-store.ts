import type { DocumentId } from '../../../core/model';
import type { QaCheckInfo, QaListedFinding, QaProfileEntry, QaRunResult } from '../../../core/qa/results';
import type { QaSeverity } from '../../../core/qa/types';
import type { ApiPort, AppStore } from './app-store';
import { busyCalls } from './busy-calls';
import { createStore } from './create-store';
import { NOT_SAVED_YET } from './mutation-runner';

// The QA panel's data: the last run over the open document (ignored findings included and marked, so
// "Show ignored" needs no second run), its filters, and the profile the editor changes.

export type QaGrouping = 'check' | 'segment';

export interface QaState {
  result: QaRunResult | null;
  /** The document `result` is about, and the app's editSeq when it ran (a later edit makes it stale). */
  ranOn: { documentId: DocumentId; editSeq: number } | null;
  checks: QaCheckInfo[];
  busy: boolean;
  showIgnored: boolean;
  severity: QaSeverity | 'all';
  check: string | 'all';
  groupBy: QaGrouping;
  /** The profile editor's copy (null until it is opened). */
  profile: Record<string, QaProfileEntry> | null;
}

const initial: QaState = {
  result: null, ranOn: null, checks: [], busy: false, showIgnored: false, severity: 'all', check: 'all', groupBy: 'check', profile: null,
};

export type QaStore = ReturnType<typeof createQaStore>;

/** Identifies a finding across runs: segment, check, fingerprint (what an ignore is kept under). */
export const findingKey = (f: Pick<QaListedFinding, 'segmentId' | 'check' | 'fingerprint'>) => `${f.segmentId}:${f.check}:${f.fingerprint}`;

/** The findings the panel lists with its filters. */
export function visibleFindings(state: Pick<QaState, 'result' | 'showIgnored' | 'severity' | 'check'>): QaListedFinding[] {
  return (state.result?.findings ?? []).filter(
    (f) => (state.showIgnored || !f.ignored) && (state.severity === 'all' || f.severity === state.severity) && (state.check === 'all' || f.check === state.check),
  );
}

export function createQaStore(api: ApiPort, app: AppStore) {
  const store = createStore(initial);

  const busy = busyCalls((on) => store.set({ busy: on }), (error) => app.actions.fail(error));

  const replaceFinding = (key: string, next: (f: QaListedFinding) => QaListedFinding) =>
    store.set((s) => {
      if (!s.result) return {};
      let ignored = s.result.ignored;
      const findings = s.result.findings.map((f) => {
        if (findingKey(f) !== key) return f;
        const changed = next(f);
        ignored += (changed.ignored ? 1 : 0) - (f.ignored ? 1 : 0);
        return changed;
      });
      return { result: { ...s.result, findings, ignored } };
    });

  const actions = {
    /** Checks the open document (after saving what is typed, so the checks see it). */
    async run(): Promise<void> {
      const documentId = app.store.get().documentId;
      if (documentId === null) return;
      if (!(await app.actions.flush())) {
        app.actions.fail(new Error(NOT_SAVED_YET));
        return;
      }
      // Edits after this point make the run stale (the panel offers Re-run).
      const editSeq = app.store.get().editSeq;
      const done = await busy(async () => {
        const checks = store.get().checks.length ? store.get().checks : await api.call('qa.checks', {});
        const result = await api.call('qa.run', { documentId, scope: 'all', includeIgnored: true });
        return { checks, result };
      });
      if (!done) return;
      const { check } = store.get();
      store.set({ ...done, ranOn: { documentId, editSeq }, check: done.checks.some((c) => c.id === check) ? check : 'all' });
    },
    setFilter: (patch: Partial<Pick<QaState, 'severity' | 'check' | 'groupBy' | 'showIgnored'>>) => store.set(patch),
    jump: (finding: QaListedFinding) => app.actions.goToPosition(finding.position),

    /** Ignores a finding, saying why; it stays listed (marked) only while "Show ignored" is on. */
    async ignore(finding: QaListedFinding, reason: string): Promise<boolean> {
      const note = await busy(() => api.call('qa.ignore', { segmentId: finding.segmentId, check: finding.check, fingerprint: finding.fingerprint, reason }));
      if (!note) return false;
      replaceFinding(findingKey(finding), (f) => ({ ...f, ignored: note }));
      return true;
    },
    async unignore(finding: QaListedFinding): Promise<void> {
      const done = await busy(() => api.call('qa.unignore', { segmentId: finding.segmentId, check: finding.check, fingerprint: finding.fingerprint }));
      if (!done) return;
      replaceFinding(findingKey(finding), ({ ignored: _gone, ...f }) => f);
    },

    // ---- the profile editor (a dialog of the app's one modal)
    async openProfile(): Promise<void> {
      const loaded = await busy(async () => ({ checks: await api.call('qa.checks', {}), profile: await api.call('qa.getProfile', {}) }));
      if (!loaded) return;
      store.set(loaded);
      app.actions.openModal('qaProfile');
    },
    closeProfile: () => app.actions.closeModal('qaProfile'),
    /** Saves the profile (every check's row), closes the editor and checks again if a run is shown. */
    async saveProfile(profile: Record<string, QaProfileEntry>, reset = false): Promise<void> {
      const saved = await busy(() => api.call('qa.setProfile', { profile: reset ? {} : profile, ...(reset ? { reset } : {}) }));
      if (!saved) return;
      store.set({ profile: saved });
      app.actions.closeModal('qaProfile');
      if (store.get().result) await actions.run();
    },

    /** "Export QA Report…": HTML, or CSV when the chosen name ends in .csv. */
    async exportReport(): Promise<void> {
      const documentId = app.store.get().documentId;
      if (documentId === null) return;
      const title = app.store.get().project?.documents.find((d) => d.id === documentId)?.title ?? 'document';
      const done = await busy(async () => {
        const path = await api.call('dialog.exportFile', { defaultName: `${title} QA report.html`, extension: 'html' });
        if (path === null) return null;
        return api.call('qa.exportReport', { documentId, path, format: /\.csv$/i.test(path) ? 'csv' : 'html' });
      });
      if (done) app.actions.notify(`QA report written to ${done.path}: ${done.findings} finding${done.findings === 1 ? '' : 's'}${done.ignored ? `, ${done.ignored} ignored (counted, not listed)` : ''}.`);
    },
  };

  return { store, actions };
}
