import type { Segment, SegmentId } from '../../../core/model';
import type { ApiPort, AppState, Timers } from './app-state';
import type { Store } from './create-store';
import type { GridSlice } from './grid-slice';
import { errorCode } from './error-code';
import { sliceOf } from './slice';

/** Translations are saved this long after the last keystroke (and at once when leaving a segment). */
export const SAVE_DEBOUNCE_MS = 300;
/** A failed save is sent again after 1 s, 2 s, 4 s… and then every 30 s, until it is saved. */
export const RETRY_FIRST_MS = 1_000;
export const RETRY_MAX_MS = 30_000;

export function retryDelay(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, failures - 1));
}

/** Typed English not saved yet: the newest text of one segment. */
export interface UnsavedEdit {
  index: number;
  segmentId: SegmentId;
  target: string;
  session: string;
  /**
   * The English this edit replaces, as the page had it from the project: sent with the first save of
   * an editing session, so a change made meanwhile elsewhere (another window, the CLI) is a conflict,
   * never silently overwritten.
   */
  expected?: string;
  /** The project refused this text for good: it is not sent again until the user asks. */
  refused?: boolean;
}

export interface EditingLinks {
  /** A save's result: the row shows it, views of the segment's annotations reload, the undo state follows. */
  saved(segment: Segment, result: unknown): Promise<void>;
  report(error: unknown): void;
  notify(text: string): void;
  /** A save the project refuses for good (not a passing lock): show the text, let the user decide. */
  refused(): void;
}

/**
 * Refusals that another try cannot change (the segment is gone, the text is refused, no project):
 * waiting and retrying is for a busy or locked project, these go to the user at once.
 */
const PERMANENT = new Set(['bad-input', 'not-found', 'no-project', 'not-a-project', 'corrupt-project', 'newer-version', 'conflict', 'read-only']);

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isPermanent(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && PERMANENT.has(code);
}

export type EditingSlice = ReturnType<typeof createEditingSlice>;

/**
 * The translation being typed. Keystrokes are coalesced into one save; a save that fails keeps the
 * text (it is never dropped), says so, and is retried with backoff until it succeeds.
 */
export function createEditingSlice(store: Store<AppState>, api: ApiPort, timers: Timers, grid: GridSlice, links: EditingLinks) {
  const slice = sliceOf<'save'>(store);
  /** Unsaved edits by segment, oldest first; an entry leaves only once its very text is saved. */
  const unsaved = new Map<SegmentId, UnsavedEdit>();
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let chain: Promise<boolean> = Promise.resolve(true);
  let sessionSeq = 0;
  let session = '';
  /** Editing sessions of a segment (`session:segment`) whose first save already carried the text it replaces. */
  const checked = new Set<string>();

  function clearTimers(): void {
    if (debounce) timers.clearTimeout(debounce);
    if (retry) timers.clearTimeout(retry);
    debounce = null;
    retry = null;
  }

  async function saveAll(): Promise<boolean> {
    if (unsaved.size === 0) return true;
    const recovering = failures > 0;
    let refusedNow = false;
    for (;;) {
      // Refused edits wait for the user ("Try again now", or new typing in that segment).
      const job = [...unsaved.values()].find((edit) => !edit.refused);
      if (!job) break;
      slice.set({ save: 'saving' });
      let saved: Segment;
      try {
        saved = await api.call('segment.updateTarget', {
          segmentId: job.segmentId, target: job.target, session: job.session, ...(job.expected === undefined ? {} : { expectedTarget: job.expected }),
        });
      } catch (error) {
        if (!isPermanent(error)) {
          willRetry(error);
          return false;
        }
        refuse(job, error);
        refusedNow = true;
        continue;
      }
      // Newer text typed while this was on its way stays queued.
      if (unsaved.get(job.segmentId) === job) unsaved.delete(job.segmentId);
      failures = 0;
      try {
        await links.saved(saved, saved);
      } catch (error) {
        // The text is saved; only refreshing a view failed.
        links.report(error);
      }
    }
    if (unsaved.size > 0) {
      slice.set({ save: 'failed' });
      // Shown once per refusal (not again on every row the user moves to).
      if (refusedNow) links.refused();
      return false;
    }
    slice.set({ save: 'saved' });
    if (recovering) links.notify('Your translation is saved now.');
    return true;
  }

  /** A passing failure (a busy or locked project): keep the text, try again later. */
  function willRetry(error: unknown): void {
    failures += 1;
    slice.set({ save: 'retrying' });
    // Said once per run of failures (the top bar keeps showing "not saved — retrying").
    if (failures === 1) links.report(new Error(`Your translation is not saved yet: ${reasonOf(error)} It is kept here and Mizan keeps trying to save it.`));
    if (retry) timers.clearTimeout(retry);
    retry = timers.setTimeout(() => {
      retry = null;
      void flush();
    }, retryDelay(failures));
  }

  /** A refusal for good: keep the text, stop sending it, let the user see it and decide. */
  function refuse(job: UnsavedEdit, error: unknown): void {
    failures += 1;
    if (unsaved.get(job.segmentId) === job) unsaved.set(job.segmentId, { ...job, refused: true });
    links.report(new Error(`Your translation could not be saved: ${reasonOf(error)} The text is kept: copy it, or discard it.`));
  }

  /** Writes every unsaved edit now; true once nothing is left unsaved. Every path that leaves a segment comes here. */
  function flush(): Promise<boolean> {
    clearTimers();
    chain = chain.then(saveAll, saveAll);
    return chain;
  }

  return {
    flush,
    /** Whether edits are waiting to be saved (typed, or a save failed and is retried). */
    hasUnsaved: () => unsaved.size > 0,
    unsavedEdits: (): UnsavedEdit[] => [...unsaved.values()],
    /** The English typed here for a segment and not saved yet. */
    localTarget: (segmentId: SegmentId): string | undefined => unsaved.get(segmentId)?.target,
    newSession(): void {
      sessionSeq += 1;
      session = `${Date.now().toString(36)}-${sessionSeq}`;
    },

    editTarget(text: string): void {
      const active = grid.activeSegment();
      if (!active || active.segment.target === text) return;
      const { index, segment } = active;
      const others = [...unsaved.keys()].some((id) => id !== segment.id);
      grid.showTyped(index, { ...segment, target: text });
      // The first edit of a session checks the project still holds the English the user saw. Newer
      // typing before a save goes out carries the check of the edit it replaces (the row then shows
      // typed text, not the project's).
      const previous = unsaved.get(segment.id);
      const key = `${session}:${segment.id}`;
      const expected = previous ? previous.expected : checked.has(key) ? undefined : segment.target;
      checked.add(key);
      // Re-inserted so the map stays oldest-first by last keystroke.
      unsaved.delete(segment.id);
      unsaved.set(segment.id, { index, segmentId: segment.id, target: text, session, ...(expected === undefined ? {} : { expected }) });
      if (others) void flush();
      if (slice.get().save !== 'retrying' && slice.get().save !== 'failed') slice.set({ save: 'pending' });
      if (debounce) timers.clearTimeout(debounce);
      debounce = timers.setTimeout(() => void flush(), SAVE_DEBOUNCE_MS);
    },

    /** Sends every unsaved edit again now, refused ones too (the user asked to). */
    retry(): Promise<boolean> {
      // Asked knowingly (the refusal said why): a conflict check is not made again.
      for (const [id, { expected: _checked, ...edit }] of unsaved) if (edit.refused) unsaved.set(id, { ...edit, refused: false });
      return flush();
    },

    /** Gives up the unsaved edits (the user chose to, after being shown them). */
    discardUnsaved(): void {
      clearTimers();
      unsaved.clear();
      failures = 0;
      slice.set({ save: 'idle' });
    },
  };
}
