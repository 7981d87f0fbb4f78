import type { HistoryState, Segment } from '../../../core/model';
import { historyIn, type ChangesSlice } from './changes-slice';
import type { EditingSlice } from './editing-slice';
import type { GridSlice, RowsChange } from './grid-slice';
import type { MessageSlice } from './message-slice';

/**
 * What a change did, in one shape for every mutation, so it is applied one way:
 * rows reloaded and the cursor placed, a row shown in place, the undo state, the figures.
 */
export interface Change {
  /** Rows of the open document changed (moved, merged, split, restored): reload them, go to the focus. */
  rows?: RowsChange;
  /** Text changed anywhere in the document (a bulk replace): reload what is on screen, stay on the row. */
  reload?: boolean;
  /** Where the cursor goes after `rows` (a document position); else the change's focus. */
  focusPosition?: number;
  /** One segment changed in place (status, do-not-translate, a comment count); English typed here is kept. */
  segment?: Segment;
  /** Annotations of these segments may have moved (null: anywhere in the document). Implied by `rows`. */
  edited?: number[] | null;
  /**
   * The undo state after the change. Left out, it is taken from the result when the result carries
   * `history`, and asked for only when it does not; 'unchanged' for changes that are not recorded.
   */
  history?: HistoryState | 'unchanged';
  /** Refresh the progress figures (default: yes). */
  stats?: boolean;
  /** Refresh the project (its documents and their counts); default: when rows changed. */
  project?: boolean;
  /** A notice for the message bar once it is applied. */
  message?: string;
}

export interface RunnerLinks {
  refreshStats(): Promise<void>;
  refreshProject(): Promise<void>;
}

export const NOT_SAVED_YET =
  'Not done: your last translation is not saved yet. Try again once the top bar says “All changes saved”.';

export type MutationRunner = ReturnType<typeof createMutationRunner>;

/**
 * The one way the renderer changes the project: save pending typing first (and stop if it cannot
 * be saved, so the change never acts on text the server has not got), call the API, apply the
 * result as a `Change`. A failure becomes the message bar's error and changes nothing here.
 */
export function createMutationRunner(messages: MessageSlice, editing: EditingSlice, grid: GridSlice, changes: ChangesSlice, links: RunnerLinks) {
  async function apply(change: Change, result?: unknown): Promise<void> {
    if (change.rows) await grid.applyRows(change.rows, change.focusPosition);
    else if (change.reload) await grid.reload();
    if (change.segment) grid.showSegment(change.segment, editing.localTarget);
    const history = change.history ?? historyIn(result);
    if (history === undefined) await changes.refreshHistory();
    else if (history !== 'unchanged') changes.setHistory(history);
    if (change.rows || change.reload) changes.markEdited(null);
    else if (change.edited !== undefined) changes.markEdited(change.edited);
    if (change.stats ?? true) await links.refreshStats();
    if (change.project ?? change.rows !== undefined) await links.refreshProject();
    if (change.message) messages.notify(change.message);
  }

  /**
   * Runs one mutation: `call` the API, then apply what `toChange` makes of its result.
   * Resolves to the result, or undefined when it did not happen (the message bar says why).
   */
  async function mutate<R>(call: () => Promise<R>, toChange: (result: R) => Change, options: { flush?: boolean } = {}): Promise<R | undefined> {
    try {
      if ((options.flush ?? true) && !(await editing.flush())) {
        messages.report(new Error(NOT_SAVED_YET));
        return undefined;
      }
      const result = await call();
      await apply(toChange(result), result);
      return result;
    } catch (error) {
      messages.report(error);
      return undefined;
    }
  }

  return {
    mutate,
    /** Applies a change made through another store (annotations, comments), guarded like a mutation. */
    apply: (change: Change, result?: unknown) => messages.guarded(() => apply(change, result)),
  };
}
