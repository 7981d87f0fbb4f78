import { useSyncExternalStore } from 'react';
import type { TmMatch } from '../../../../core/tm/types';
import { call } from '../../api-client';
import { createStore } from '../../state/create-store';

// The translation-memory matches of the active segment, for the Matches tab and Ctrl+1…3. A lookup starts
// a short while after the row changes (moving through rows quickly asks for none of the rows passed), and
// an answer for a row that is no longer active is dropped, so lookups never hold up typing or moving.

export interface MatchesState {
  segmentId: number | null;
  matches: TmMatch[];
  loading: boolean;
  error: string | null;
}

export const matchesStore = createStore<MatchesState>({ segmentId: null, matches: [], loading: false, error: null });

const DEBOUNCE_MS = 150;
let timer: ReturnType<typeof setTimeout> | null = null;
let asked = 0;

/** Looks up the matches of `segmentId` (null: no active segment), after the debounce; stale answers are dropped. */
export function requestMatches(segmentId: number | null): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const ticket = ++asked;
  if (segmentId === null) {
    matchesStore.set({ segmentId: null, matches: [], loading: false, error: null });
    return;
  }
  if (matchesStore.get().segmentId === segmentId && !matchesStore.get().loading) return;
  matchesStore.set({ segmentId, loading: true, error: null });
  timer = setTimeout(() => {
    timer = null;
    call('tm.matches', { segmentId, max: 5 })
      .then((matches) => {
        if (ticket === asked) matchesStore.set({ matches, loading: false });
      })
      .catch((error: unknown) => {
        if (ticket === asked) matchesStore.set({ matches: [], loading: false, error: error instanceof Error ? error.message : String(error) });
      });
  }, DEBOUNCE_MS);
}

/** Forgets the answers (after attaching or detaching a memory): the next request looks up again. */
export function refreshMatches(): void {
  const { segmentId } = matchesStore.get();
  matchesStore.set({ segmentId: null });
  requestMatches(segmentId);
}

/** Match n (1-based) of the active segment, as it would be inserted (adapted when it was). */
export function matchText(n: number): string | null {
  const m = matchesStore.get().matches[n - 1];
  return m ? (m.adaptedTarget ?? m.target) : null;
}

export function useMatches<T>(select: (state: MatchesState) => T): T {
  return useSyncExternalStore(matchesStore.subscribe, () => select(matchesStore.get()));
}
