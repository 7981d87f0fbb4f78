import type { HistoryState } from '../../../core/model';
import type { ApiPort, AppState } from './app-state';
import type { Store } from './create-store';
import { sliceOf } from './slice';

export type ChangesSlice = ReturnType<typeof createChangesSlice>;

/** The undo state and the "something changed on the server" signal other views follow. */
export function createChangesSlice(store: Store<AppState>, api: ApiPort) {
  const slice = sliceOf<'history' | 'editSeq' | 'editedSegmentIds'>(store);
  return {
    setHistory: (history: HistoryState | null) => slice.set({ history }),
    /** Asks for the undo state: only for a change whose result does not carry it. */
    async refreshHistory(): Promise<void> {
      slice.set({ history: await api.call('history.state', {}) });
    },
    /** Annotations (and comments) may have moved: on these segments, or anywhere (null). */
    markEdited(segmentIds: number[] | null): void {
      slice.set((s) => ({ editSeq: s.editSeq + 1, editedSegmentIds: segmentIds }));
    },
  };
}

/** The undo state a result carries, if it does (more results will, so no second call is needed). */
export function historyIn(result: unknown): HistoryState | undefined {
  if (typeof result !== 'object' || result === null || !('history' in result)) return undefined;
  const history: unknown = result.history;
  return isHistoryState(history) ? history : undefined;
}

function isHistoryState(value: unknown): value is HistoryState {
  return typeof value === 'object' && value !== null && 'canUndo' in value && typeof value.canUndo === 'boolean' && 'canRedo' in value && typeof value.canRedo === 'boolean';
}
