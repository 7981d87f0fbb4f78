import type { Store } from './create-store';
import type { AppState } from './app-state';
import { sliceOf } from './slice';

export type MessageSlice = ReturnType<typeof createMessageSlice>;

/** The message bar: errors and notices, one at a time. */
export function createMessageSlice(store: Store<AppState>, onError: (error: unknown) => void = () => undefined) {
  const slice = sliceOf<'message'>(store);
  const report = (error: unknown): void => {
    const text = error instanceof Error ? error.message : String(error);
    slice.set({ message: { kind: 'error', text } });
    onError(error);
  };
  return {
    report,
    notify: (text: string) => slice.set({ message: { kind: 'info', text } }),
    dismiss: () => slice.set({ message: null }),
    /** Runs `work`; a failure becomes the message (every action that the UI fires goes through here). */
    async guarded(work: () => Promise<void>): Promise<void> {
      try {
        await work();
      } catch (error) {
        report(error);
      }
    },
  };
}
