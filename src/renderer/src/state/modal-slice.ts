import type { AppState, Modal } from './app-state';
import type { Store } from './create-store';
import { sliceOf } from './slice';

export type ModalSlice = ReturnType<typeof createModalSlice>;

/** The one open dialog. Opening a dialog replaces any other; closing closes only that kind. */
export function createModalSlice(store: Store<AppState>) {
  const slice = sliceOf<'modal'>(store);
  return {
    open: (modal: Modal) => slice.set({ modal }),
    /** Closes the open dialog if it is of this kind (a late close of another dialog does nothing). */
    close(kind: Modal['kind']): void {
      if (slice.get().modal?.kind === kind) slice.set({ modal: null });
    },
    closeAny: () => slice.set({ modal: null }),
    /** Replaces the open dialog's state, if it is still open (an answer that arrives after Cancel is dropped). */
    update(kind: Modal['kind'], next: (modal: Modal) => Modal): void {
      const modal = slice.get().modal;
      if (modal?.kind === kind) slice.set({ modal: next(modal) });
    },
  };
}
