import { useSyncExternalStore } from 'react';
import { createStore } from '../../state/create-store';

// How the window is laid out: the renderer's own state, apart from the app's stores (nothing is saved
// in the project). Side panels (Comments, Annotations, Search) are docked beside the grid or float over
// it; docked, the document list folds into a rail so the two text columns keep their width.

export type PanelPlacement = 'docked' | 'overlay';

export interface LayoutState {
  placement: PanelPlacement;
  /** The folded document list, shown over the grid for a moment. */
  documentsShown: boolean;
  /** The grid's filter bar (under the ribbon) is open. */
  filtersShown: boolean;
}

const PLACEMENT_KEY = 'mizan.panelPlacement';

function savedPlacement(): PanelPlacement {
  try {
    return globalThis.localStorage?.getItem(PLACEMENT_KEY) === 'overlay' ? 'overlay' : 'docked';
  } catch {
    return 'docked'; // storage refused (a locked-down profile): the default is fine
  }
}

export const layoutStore = createStore<LayoutState>({ placement: savedPlacement(), documentsShown: false, filtersShown: false });

export function setPanelPlacement(placement: PanelPlacement): void {
  layoutStore.set({ placement });
  try {
    globalThis.localStorage?.setItem(PLACEMENT_KEY, placement);
  } catch {
    // Not remembered across sessions; the choice still holds now.
  }
}

export const showFilters = (shown: boolean): void => layoutStore.set({ filtersShown: shown });

export const showDocuments = (shown: boolean): void => layoutStore.set({ documentsShown: shown });

export function useLayout<T>(select: (state: LayoutState) => T): T {
  return useSyncExternalStore(layoutStore.subscribe, () => select(layoutStore.get()));
}
