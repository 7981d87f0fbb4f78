import type { AppState } from './app-state';
import type { Store } from './create-store';

export type Patch<K extends keyof AppState> = Partial<Pick<AppState, K>>;

/**
 * A slice's view of the one app store: it reads everything, but writes only the fields it owns
 * (the type of `set` allows no other key), so no slice writes another's state.
 */
export interface Slice<K extends keyof AppState> {
  get(): AppState;
  set(patch: Patch<K> | ((s: AppState) => Patch<K>)): void;
}

export function sliceOf<K extends keyof AppState>(store: Store<AppState>): Slice<K> {
  return { get: store.get, set: (patch) => store.set(patch) };
}
