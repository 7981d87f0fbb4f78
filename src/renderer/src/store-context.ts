import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState, AppStore } from './state/app-store';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const value = useContext(StoreContext);
  if (!value) throw new Error('StoreContext is missing');
  return value;
}

export function useAppState<T>(select: (state: AppState) => T): T {
  const { store } = useAppStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
