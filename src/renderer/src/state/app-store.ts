import type { DocumentId, HistoryState, Segment, SegmentFilter } from '../../../core/model';
import { initialAppState, type ApiPort, type AppState, type ModalKind, type Timers } from './app-state';
import { createChangesSlice } from './changes-slice';
import { createStore, type Store } from './create-store';
import { createEditingSlice } from './editing-slice';
import { createEditsSlice } from './edits-slice';
import { createGridSlice } from './grid-slice';
import { createImportSlice } from './import-slice';
import { createMessageSlice } from './message-slice';
import { createModalSlice } from './modal-slice';
import { createMutationRunner, type Change } from './mutation-runner';
import { createProjectSlice } from './project-slice';
import { errorCode } from './error-code';
import { createReviewSlice } from './review-slice';

export type { ApiPort, AppState, FileImportState, Modal, ModalKind, QaPrompt, SaveState, Timers } from './app-state';
export { fileImportOf, isModalOpen } from './app-state';
export { SAVE_DEBOUNCE_MS } from './editing-slice';
export type { Change } from './mutation-runner';

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * App state and its named actions, free of React so they can be tested and reused by commands.
 * One store, written by slices that each own their fields (project, grid, editing, changes,
 * messages, modal); every change of the project goes through the mutation runner.
 */
export function createAppStore(api: ApiPort, timers: Timers = globalThis) {
  const store: Store<AppState> = createStore(initialAppState);
  // A write refused because another session took over: the read-only banner shows at once.
  const messages = createMessageSlice(store, (error) => {
    if (errorCode(error) === 'read-only') void project.refreshProject().catch(() => undefined);
  });
  const modal = createModalSlice(store);
  const changes = createChangesSlice(store, api);
  // Slices that need each other (leaving a row saves it; a save shows in its row) are linked by
  // closures: none of them is called while the store is being made.
  const grid = createGridSlice(store, api, {
    flush: () => editing.flush(),
    newSession: () => editing.newSession(),
    refreshStats: () => void messages.guarded(project.refreshStats),
    notify: messages.notify,
  });
  const editing = createEditingSlice(store, api, timers, grid, {
    saved: (segment, result) => runner.apply({ segment, edited: [segment.id], stats: false }, result),
    report: messages.report,
    notify: messages.notify,
    refused: () => modal.open({ kind: 'unsaved' }),
  });
  const project = createProjectSlice(store, api, { messages, modal, grid, editing, changes });
  const runner = createMutationRunner(messages, editing, grid, changes, { refreshStats: project.refreshStats, refreshProject: project.refreshProject });
  const imports = createImportSlice(store, api, { messages, modal, project, runner });
  const review = createReviewSlice(store, api, { messages, modal, grid, runner });
  const edits = createEditsSlice(store, api, { messages, modal, grid, editing, runner });
  const guarded = messages.guarded;

  const actions = {
    // ---- project
    init: project.init,
    openProject: project.openProject,
    chooseLockAccess: project.chooseLockAccess,
    /** Re-reads whether the open project is read-only (after a take-over elsewhere). */
    refreshAccess: () => guarded(project.refreshProject),
    newProject: project.newProject,
    closeProject: project.closeProject,
    /** The progress panel's figures (words, statuses, open comments) after a change made elsewhere. */
    refreshStats: () => guarded(project.refreshStats),
    openIdentity: () => modal.open({ kind: 'identity' }),
    closeIdentity: () => modal.close('identity'),
    setIdentity: project.setIdentity,

    // ---- imports
    importFile: imports.importFile,
    importTranslation: imports.importTranslation,
    setImportEncoding: imports.setImportEncoding,
    setImportMapping: imports.setImportMapping,
    setImportMode: imports.setImportMode,
    cancelImport: imports.cancelImport,
    confirmImport: imports.confirmImport,
    importPasted: imports.importPasted,
    openPaste: () => modal.open({ kind: 'paste' }),
    closePaste: () => modal.close('paste'),

    // ---- grid
    selectDocument: (documentId: DocumentId) => guarded(() => grid.selectDocument(documentId)),
    /** Drops cached segments (after a bulk change such as replace-all) and reloads what is on screen; takes the change's undo state. */
    reloadSegments: (history?: HistoryState) => runner.apply({ reload: true, ...(history ? { history } : {}) }),
    segmentById: grid.segmentById,
    segmentAt: grid.segmentAt,
    /**
     * A segment changed on the server by something other than its text (a comment changed its open
     * count): show it, keeping any English typed here and not saved yet.
     */
    showSegment(segment: Segment): void {
      grid.showSegment(segment, editing.localTarget);
    },
    ensureLoaded: (index: number) => grid.ensureLoaded(index, messages.report),
    activate: (index: number, scroll = true) => guarded(() => grid.activate(index, scroll)),
    move: (delta: number) => guarded(() => grid.activate((store.get().activeIndex ?? -1) + delta)),
    /** Shift+click: the rows between the active one and this one are the selection. */
    extendSelection: grid.extendSelection,
    /** Shows only the segments that pass `filter` (null shows all); the active segment stays if it passes. */
    setFilter: (filter: SegmentFilter | null) => guarded(() => grid.setFilter(filter)),
    /** Goes to a segment by its document position (search hits, annotations, comments). */
    goToPosition: (position: number) => guarded(() => grid.goToPosition(position)),
    /** The Go to segment dialog (Ctrl+G). */
    openGoTo(): void {
      if (store.get().documentId !== null) modal.open({ kind: 'goTo' });
    },
    closeGoTo: () => modal.close('goTo'),
    /** Goes to segment N (1-based) and closes the dialog; returns why it could not, for the dialog to show. */
    async goToNumber(number: number): Promise<string | null> {
      let problem: string | null = null;
      await guarded(async () => {
        problem = await grid.goToNumber(number);
        if (problem === null) modal.close('goTo');
      });
      return problem;
    },
    async nextLowConfidence(): Promise<void> {
      await guarded(async () => {
        const { documentId } = store.get();
        if (!documentId) return;
        const position = grid.activeSegment()?.segment.position ?? -1;
        const next = await api.call('alignment.nextLowConfidence', { documentId, afterPosition: position });
        if (next) await grid.goToPosition(next.segment.position);
        else messages.notify('No doubtful alignments left in this document.');
      });
    },

    // ---- editing
    /** Typing: a confirm prompt on the row no longer describes its text, so it goes. */
    editTarget(text: string): void {
      const active = grid.activeSegment();
      if (active && active.segment.target !== text) review.typedIn(active.segment.id);
      editing.editTarget(text);
    },
    /** Saves what is typed now; resolves false when it could not be saved yet (it is kept and retried). */
    flush: editing.flush,
    /** The unsaved-edits dialog: try again now. */
    async retrySave(): Promise<void> {
      if (await editing.retry()) modal.close('unsaved');
    },
    /** The unsaved-edits dialog: give them up knowingly (the rows show the saved text again). */
    async discardUnsaved(): Promise<void> {
      editing.discardUnsaved();
      modal.close('unsaved');
      await runner.apply({ reload: true, history: 'unchanged', stats: false });
    },
    unsavedEdits: editing.unsavedEdits,
    /** Shows what is not saved yet (a close or leave was held back for it). */
    showUnsaved: () => modal.open({ kind: 'unsaved' }),
    closeUnsaved: () => modal.close('unsaved'),

    // ---- statuses and review
    setStatus: review.setStatus,
    setDoNotTranslate: review.setDoNotTranslate,
    confirmAndNext: review.confirmAndNext,
    approveAndNext: review.approveAndNext,
    confirmAnyway: review.confirmAnyway,
    dismissQaPrompt: review.dismissQaPrompt,
    openReject: review.openReject,
    closeReject: review.closeReject,
    rejectActive: review.rejectActive,
    setStatusOfSelection: review.setStatusOfSelection,

    // ---- edits of rows, history
    mergeNext: edits.mergeNext,
    mergePrevious: edits.mergePrevious,
    split: edits.split,
    moveFirstTargetToPrevious: edits.moveFirstTargetToPrevious,
    moveLastTargetToNext: edits.moveLastTargetToNext,
    insertAfter: edits.insertAfter,
    deleteEmpty: edits.deleteEmpty,
    toggleAlignConfirmed: edits.toggleAlignConfirmed,
    realignSelection: edits.realignSelection,
    undo: edits.undo,
    redo: edits.redo,
    openHistory: edits.openHistory,
    closeHistory: edits.closeHistory,
    openFixSource: edits.openFixSource,
    closeFixSource: edits.closeFixSource,
    openSplitBoth: edits.openSplitBoth,
    closeSplitBoth: edits.closeSplitBoth,
    splitBoth: edits.splitBoth,
    splitSuggested: edits.splitSuggested,
    revisionsOf: edits.revisionsOf,
    fixSource: edits.fixSource,
    restoreRevision: edits.restoreRevision,

    /**
     * A change made through another store (annotations, comments, replace-all): applied like the
     * app's own; the undo state comes from `change.history` or from a `result` that carries it.
     */
    applyChange: (change: Change, result?: unknown) => runner.apply(change, result),

    // ---- messages and the other dialogs
    dismissMessage: messages.dismiss,
    notify: messages.notify,
    fail: messages.report,
    openRules: () => modal.open({ kind: 'rules' }),
    closeRules: () => modal.close('rules'),
    openExport(): void {
      if (store.get().documentId !== null) modal.open({ kind: 'export' });
    },
    closeExport: () => modal.close('export'),
    /** Dialogs whose content belongs to another store (speakers, scheme): opened and closed by kind. */
    openModal: (kind: 'speakers' | 'scheme' | 'glossary' | 'translationMemory' | 'qaProfile') => modal.open({ kind }),
    openAddTerm: (draft: { source: string; target: string } = { source: '', target: '' }) => modal.open({ kind: 'addTerm', ...draft }),
    closeModal: (kind: ModalKind) => modal.close(kind),
  };

  return { store, actions };
}
