import { useSyncExternalStore } from 'react';
import { createStore } from '../../state/create-store';

// The translator-aids dock: one side panel whose tabs are the aids (matches, glossary, concordance, QA…).
// A view-only store like the layout's: which tab shows and whether the dock is open; no project data.

export type AidId = string;

export interface AidsState {
  open: boolean;
  tab: AidId | null;
}

export const aidsStore = createStore<AidsState>({ open: false, tab: null });

/** Opens the dock on `tab` (the action of each aid calls this). */
export function showAid(tab: AidId): void {
  aidsStore.set({ open: true, tab });
}

/** Opens the dock on `tab`, or closes it when that tab already shows. */
export function toggleAid(tab: AidId): void {
  const { open, tab: shown } = aidsStore.get();
  aidsStore.set(open && shown === tab ? { open: false } : { open: true, tab });
}

export function closeAids(): void {
  aidsStore.set({ open: false });
}

export function useAids<T>(select: (state: AidsState) => T): T {
  return useSyncExternalStore(aidsStore.subscribe, () => select(aidsStore.get()));
}
