import type { DocumentId, ProjectInfo } from '../../../core/model';
import type { ApiPort, AppState } from './app-state';
import type { ChangesSlice } from './changes-slice';
import type { Store } from './create-store';
import type { EditingSlice } from './editing-slice';
import type { GridSlice } from './grid-slice';
import type { MessageSlice } from './message-slice';
import type { ModalSlice } from './modal-slice';
import { errorCode } from './error-code';
import { sliceOf } from './slice';

export type ProjectSlice = ReturnType<typeof createProjectSlice>;

/** Which project is open (open, new, close), who is working, and the progress figures. */
export function createProjectSlice(
  store: Store<AppState>,
  api: ApiPort,
  parts: { messages: MessageSlice; modal: ModalSlice; grid: GridSlice; editing: EditingSlice; changes: ChangesSlice },
) {
  const slice = sliceOf<'ready' | 'project' | 'recent' | 'stats' | 'identity'>(store);
  const { messages, modal, grid, editing, changes } = parts;

  async function refreshStats(): Promise<void> {
    const { documentId } = slice.get();
    const stats = await api.call('stats.get', documentId ? { documentId } : {});
    slice.set({ stats });
  }

  async function refreshProject(): Promise<void> {
    slice.set({ project: await api.call('project.current', {}) });
  }

  async function showProject(project: ProjectInfo | null): Promise<void> {
    grid.clear();
    // Dialogs of a segment of the old project go with it.
    for (const kind of ['history', 'fixSource', 'reject', 'export'] as const) modal.close(kind);
    slice.set({ project, stats: null, recent: await api.call('project.recent', {}) });
    changes.setHistory(project ? await api.call('history.state', {}) : null);
    if (project?.backupPath) {
      messages.notify(`This project was upgraded to the current file format; a copy of the old file was kept at ${project.backupPath}`);
    }
    const first = project?.documents[0];
    if (first) await messages.guarded(() => grid.selectDocument(first.id));
  }

  /**
   * Leaving the project (close, open another): only once every edit is saved. Otherwise nothing
   * happens and the dialog lists what is not saved (retry, or give it up knowingly).
   */
  async function leave(): Promise<boolean> {
    if (await editing.flush()) return true;
    modal.open({ kind: 'unsaved' });
    return false;
  }

  return {
    refreshStats,
    refreshProject,
    leave,

    async init(): Promise<void> {
      await messages.guarded(async () => {
        const prefs = await api.call('prefs.get', {});
        slice.set({ identity: { userName: prefs.userName, role: prefs.role, chosen: prefs.identityChosen } });
        // First use: ask who is working before anything is recorded under the login name.
        if (!prefs.identityChosen) modal.open({ kind: 'identity' });
        await showProject(await api.call('project.current', {}));
      });
      slice.set({ ready: true });
    },

    async openProject(path?: string): Promise<void> {
      await messages.guarded(async () => {
        const chosen = path ?? (await api.call('dialog.openProject', {}));
        if (!chosen || !(await leave())) return;
        try {
          await showProject(await api.call('project.open', { path: chosen }));
        } catch (error) {
          if (errorCode(error) !== 'locked') throw error;
          modal.open({ kind: 'lock', path: chosen, message: error instanceof Error ? error.message : String(error) });
        }
      });
    },

    /** The answer to "someone else is editing this project": open it read-only, take over, or neither. */
    async chooseLockAccess(access: 'readOnly' | 'takeOver' | null): Promise<void> {
      const choice = store.get().modal;
      modal.close('lock');
      if (choice?.kind !== 'lock' || access === null) return;
      await messages.guarded(async () => showProject(await api.call('project.open', { path: choice.path, access })));
    },

    async newProject(sample = false): Promise<void> {
      await messages.guarded(async () => {
        const chosen = await api.call('dialog.newProject', {});
        if (!chosen || !(await leave())) return;
        await showProject(await api.call('project.new', { path: chosen, sample }));
      });
    },

    async closeProject(): Promise<void> {
      await messages.guarded(async () => {
        if (!(await leave())) return;
        await api.call('project.close', {});
        await showProject(null);
      });
    },

    /** After an import: the project's documents, a notice, and the new document shown. */
    async showImported(doc: { id: DocumentId; title: string; segmentCount: number }): Promise<void> {
      await refreshProject();
      messages.notify(`Imported “${doc.title}”: ${doc.segmentCount} segments`);
      await grid.selectDocument(doc.id);
    },

    async setIdentity(userName: string, role: 'translator' | 'reviewer'): Promise<void> {
      await messages.guarded(async () => {
        await editing.flush();
        const prefs = await api.call('prefs.set', { userName, role });
        slice.set({ identity: { userName: prefs.userName, role: prefs.role, chosen: prefs.identityChosen } });
        modal.close('identity');
      });
    },
  };
}
