import type { SegmentStatus } from '../../../core/model';
import type { ApiPort, AppState } from './app-state';
import type { Store } from './create-store';
import type { GridSlice } from './grid-slice';
import type { MessageSlice } from './message-slice';
import type { ModalSlice } from './modal-slice';
import type { MutationRunner } from './mutation-runner';
import { sliceOf } from './slice';

type NextQuery = 'segment.nextOpen' | 'review.nextForReview';

/** Where each confirming move goes next, and what to say when nothing is left. */
const NEXT: Partial<Record<SegmentStatus, { next: NextQuery; none: string }>> = {
  translated: { next: 'segment.nextOpen', none: 'Every segment of this document is confirmed.' },
  approved: { next: 'review.nextForReview', none: 'Nothing left to review in this document.' },
};

export type ReviewSlice = ReturnType<typeof createReviewSlice>;

/** Statuses (confirm, approve, reject, a status on a selection) and do-not-translate. */
export function createReviewSlice(
  store: Store<AppState>,
  api: ApiPort,
  parts: { messages: MessageSlice; modal: ModalSlice; grid: GridSlice; runner: MutationRunner },
) {
  const { messages, modal, grid, runner } = parts;
  const slice = sliceOf<'qaPrompt'>(store);

  /**
   * Confirms or approves the active segment, then goes to the next segment that needs it. The
   * segment's quality checks run in the same call, on the text just saved (the runner saves pending
   * typing first): an error stops the move and the row asks; warnings are shown and do not stop it.
   * `force` is "Confirm anyway" — the button, or the same key pressed again without typing between.
   */
  async function setStatusAndNext(status: SegmentStatus, force = false): Promise<void> {
    const documentId = store.get().documentId;
    const active = grid.activeSegment();
    const where = NEXT[status];
    if (!active || !documentId || !where) return;
    const segmentId = active.segment.id;
    const prompt = slice.get().qaPrompt;
    const again = prompt?.blocked === true && prompt.segmentId === segmentId && prompt.status === status;
    const outcome = await runner.mutate(
      () => api.call('segment.setStatusChecked', { segmentId, status, force: force || again }),
      (result) => (result.segment ? { segment: result.segment } : { history: 'unchanged', stats: false }),
    );
    if (!outcome) return;
    const { segment: updated, findings } = outcome;
    slice.set({ qaPrompt: findings.length > 0 ? { segmentId, findings, blocked: updated === null, status } : null });
    if (!updated) return;
    const { next, none } = where;
    await messages.guarded(async () => {
      // In a filtered grid the row may leave the view ("hide approved").
      await grid.refilter();
      const found = await api.call(next, { documentId, afterPosition: updated.position });
      if (found) await grid.goToPosition(found.segment.position);
      else messages.notify(none);
    });
  }

  return {
    async setStatus(index: number, status: SegmentStatus): Promise<void> {
      const segment = grid.segmentAt(index);
      if (!segment) return;
      await runner.mutate(() => api.call('segment.setStatus', { segmentId: segment.id, status }), (updated) => ({ segment: updated }));
    },

    async setDoNotTranslate(index: number, value: boolean): Promise<void> {
      const segment = grid.segmentAt(index);
      if (!segment) return;
      // Shown at once (the checkbox must not flick back while the save is on its way); undone if it fails.
      grid.showTyped(index, { ...segment, doNotTranslate: value });
      grid.bump();
      const updated = await runner.mutate(() => api.call('segment.setDoNotTranslate', { segmentId: segment.id, value }), (u) => ({ segment: u, stats: false }));
      if (updated) return;
      const now = grid.segmentAt(index);
      if (now?.id === segment.id) grid.showTyped(index, { ...now, doNotTranslate: segment.doNotTranslate });
      grid.bump();
    },

    /** Ctrl+Enter: confirm the active segment and go to the next one that still needs work. */
    confirmAndNext: () => setStatusAndNext('translated'),
    /** The reviewer's Ctrl+Shift+Enter: approve this segment, go to the next one waiting for review. */
    approveAndNext: () => setStatusAndNext('approved'),
    /** "Confirm anyway": makes the move an error stopped, knowing what the checks found. */
    async confirmAnyway(): Promise<void> {
      const prompt = slice.get().qaPrompt;
      if (prompt?.blocked && grid.activeSegment()?.segment.id === prompt.segmentId) await setStatusAndNext(prompt.status, true);
    },
    /** "Fix": the findings stay in view until the text changes; the next confirm checks again. */
    dismissQaPrompt(): void {
      if (slice.get().qaPrompt) slice.set({ qaPrompt: null });
    },
    /** Typing in a segment makes its findings stale (and a second Ctrl+Enter must check again, not force). */
    typedIn(segmentId: number): void {
      if (slice.get().qaPrompt?.segmentId === segmentId) slice.set({ qaPrompt: null });
    },

    openReject(): void {
      if (store.get().activeIndex !== null) modal.open({ kind: 'reject' });
    },
    closeReject: () => modal.close('reject'),
    /** Rejects the active segment with the reason as a comment thread; false when it did not happen. */
    async rejectActive(reason: string): Promise<boolean> {
      const active = grid.activeSegment();
      if (!active) return false;
      const { segment } = active;
      const result = await runner.mutate(
        () => api.call('review.reject', { segmentId: segment.id, reason }),
        (rows) => {
          modal.close('reject');
          return { rows, focusPosition: segment.position };
        },
      );
      return result !== undefined;
    },

    /** Sets a status on the selected rows (Shift+click selects from the active row), as one undoable step. */
    async setStatusOfSelection(status: SegmentStatus): Promise<void> {
      const documentId = store.get().documentId;
      const rows = grid.selectedRows();
      const active = grid.activeSegment();
      if (!rows || !documentId) return;
      const positions: number[] = [];
      for (let i = rows.from; i <= rows.to; i++) positions.push(grid.positionOfRow(i));
      const focus = active?.segment.position ?? positions[0]!;
      await runner.mutate(
        () => api.call('review.setStatusAt', { documentId, positions, status }),
        (change) => ({
          rows: change,
          focusPosition: focus,
          message: `${positions.length} segment${positions.length === 1 ? '' : 's'} set to ${status}. Undo takes it back in one step.`,
        }),
      );
    },
  };
}
