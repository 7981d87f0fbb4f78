import { suggestCut } from '../../../core/align/edit/suggest-cut';
import type { AlignmentEditResult, Revision, Segment, SegmentId, TextSide } from '../../../core/model';
import type { ApiPort, AppState } from './app-state';
import type { Store } from './create-store';
import type { EditingSlice } from './editing-slice';
import type { GridSlice } from './grid-slice';
import type { MessageSlice } from './message-slice';
import type { ModalSlice } from './modal-slice';
import type { MutationRunner } from './mutation-runner';

export type EditsSlice = ReturnType<typeof createEditsSlice>;

/** Edits of rows (alignment, re-align, Fix Arabic, restore a revision) and the app-wide Undo/Redo. */
export function createEditsSlice(
  store: Store<AppState>,
  api: ApiPort,
  parts: { messages: MessageSlice; modal: ModalSlice; grid: GridSlice; editing: EditingSlice; runner: MutationRunner },
) {
  const { messages, modal, grid, editing, runner } = parts;

  /** Runs an edit of rows on the active segment; resolves whether it was made. */
  async function editActive(run: (segment: Segment) => Promise<AlignmentEditResult>, message?: string): Promise<boolean> {
    const active = grid.activeSegment();
    if (!active) return false;
    const done = await runner.mutate(() => run(active.segment), (rows) => ({ rows, ...(message ? { message } : {}) }));
    return done !== undefined;
  }

  async function undoOrRedo(channel: 'history.undo' | 'history.redo', verb: string): Promise<void> {
    await runner.mutate(
      () => api.call(channel, {}),
      (outcome) => ({ rows: outcome.change, focusPosition: outcome.change.from, history: outcome.history, message: `${verb}: ${outcome.label}` }),
    );
  }

  return {
    mergeNext: () => editActive((seg) => api.call('alignment.mergeNext', { segmentId: seg.id })),
    mergePrevious: () => editActive((seg) => api.call('alignment.mergePrevious', { segmentId: seg.id })),
    split: (side: TextSide, offset: number) => editActive((seg) => api.call('alignment.split', { segmentId: seg.id, side, offset })),
    moveFirstTargetToPrevious: () => editActive((seg) => api.call('alignment.moveFirstTargetToPrevious', { segmentId: seg.id })),
    moveLastTargetToNext: () => editActive((seg) => api.call('alignment.moveLastTargetToNext', { segmentId: seg.id })),
    insertAfter: () => editActive((seg) => api.call('alignment.insert', { segmentId: seg.id, where: 'after' })),
    deleteEmpty: () => editActive((seg) => api.call('alignment.deleteEmpty', { segmentId: seg.id })),
    toggleAlignConfirmed: () => editActive((seg) => api.call('alignment.setConfirmed', { segmentId: seg.id, value: !seg.alignConfirmed })),

    async realignSelection(): Promise<void> {
      const documentId = store.get().documentId;
      const rows = grid.selectedRows();
      if (!rows || !documentId) return;
      if (grid.filtered()) {
        messages.notify('Re-aligning works on neighbouring rows: clear the filter first.');
        return;
      }
      const { from, to } = rows;
      await runner.mutate(
        () => api.call('alignment.realign', { documentId, from, to }),
        (result) => ({
          rows: result,
          focusPosition: from,
          message: `Re-aligned segments ${from + 1}–${to + 1}: ${result.segments.length} segments now, ${result.lowConfidence} doubtful.`,
        }),
      );
    },

    undo: () => undoOrRedo('history.undo', 'Undid'),
    redo: () => undoOrRedo('history.redo', 'Redid'),

    /** History (Alt+H) and Fix Arabic… act on the active segment. */
    async openHistory(): Promise<void> {
      // What was just typed is saved first, so it is in the list.
      await editing.flush();
      if (store.get().activeIndex !== null) modal.open({ kind: 'history' });
    },
    closeHistory: () => modal.close('history'),
    openFixSource(): void {
      if (store.get().activeIndex !== null) modal.open({ kind: 'fixSource' });
    },
    closeFixSource: () => modal.close('fixSource'),

    /** Split Both Sides… acts on the active segment; what was just typed is saved first, so the dialog shows it. */
    async openSplitBoth(): Promise<void> {
      await editing.flush();
      if (store.get().activeIndex !== null) modal.open({ kind: 'splitBoth' });
    },
    closeSplitBoth: () => modal.close('splitBoth'),
    /** Cuts the active segment's Arabic at `source` and its English at `target` (its length: all English stays first), one undoable edit. */
    async splitBoth(source: number, target: number): Promise<void> {
      if (await editActive((seg) => api.call('alignment.split', { segmentId: seg.id, side: 'source', offset: source, otherOffset: target }))) modal.close('splitBoth');
    },
    /** Splits the active segment at the suggested cut (where the English shows a sentence boundary), or says why not. */
    async splitSuggested(): Promise<void> {
      await editing.flush();
      const active = grid.activeSegment();
      if (!active) return;
      const cut = suggestCut(active.segment.source, active.segment.target);
      if (!cut) {
        messages.notify('Nothing to suggest: the English of this segment is one sentence (or the Arabic is too short). Split Both Sides… (Alt+Shift+S) cuts anywhere.');
        return;
      }
      await editActive((seg) => api.call('alignment.split', { segmentId: seg.id, side: 'source', offset: cut.source, otherOffset: cut.target }));
    },

    /** A segment's revisions, oldest first (what the History dialog lists). */
    revisionsOf: (segmentId: SegmentId): Promise<Revision[]> => api.call('segment.revisions', { segmentId }),

    /** Saves a fix of the active segment's Arabic (undoable); the dialog closes once it is saved. */
    async fixSource(text: string): Promise<void> {
      if (await editActive((segment) => api.call('segment.updateSource', { segmentId: segment.id, source: text }))) modal.close('fixSource');
    },

    /** Makes a revision's text the current one again, as a new revision (undoable); the grid shows it at once. */
    async restoreRevision(revisionId: number, which: 'before' | 'after'): Promise<void> {
      await editActive(
        () => api.call('segment.restoreRevision', { revisionId, which }),
        'Restored that version as a new revision (Undo in the toolbar takes it back).',
      );
    },
  };
}
