import { useSyncExternalStore } from 'react';
import type { ConcordanceHit, ConcordanceResult, ConcordanceSort } from '../../../../core/concordance/types';
import { ApiCallError, call } from '../../api-client';
import { createStore } from '../../state/create-store';
import { showAid } from '../aids/aids-store';

// The concordance tab's state: the query, the sort, the hits loaded so far (a page at a time) and the
// totals. A newer search supersedes an older one: its answer is dropped, and the service cancels the
// older scan itself.

export const CONCORDANCE_AID = 'concordance';
const PAGE = 100;

export interface ConcordanceState {
  query: string;
  sort: ConcordanceSort;
  /** The query the hits are for. */
  searched: string;
  result: ConcordanceResult | null;
  hits: ConcordanceHit[];
  busy: boolean;
  error: string | null;
  /** Bumped to ask the panel to focus its field (Ctrl+K with nothing selected). */
  focusRequest: number;
  /** The project the hits are of (the panel forgets them when another is open). */
  project: string | null;
}

export const concordanceStore = createStore<ConcordanceState>({
  query: '', sort: 'document', searched: '', result: null, hits: [], busy: false, error: null, focusRequest: 0, project: null,
});

let generation = 0;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function load(offset: number): Promise<void> {
  const mine = ++generation;
  const { query, sort } = concordanceStore.get();
  if (query.trim() === '') {
    concordanceStore.set({ searched: '', result: null, hits: [], error: null });
    return;
  }
  concordanceStore.set({ busy: true, error: null });
  try {
    const result = await call('concordance.search', { query, sort, offset, limit: PAGE });
    if (mine !== generation) return;
    concordanceStore.set((s) => ({ searched: query, result, hits: offset === 0 ? result.hits : [...s.hits, ...result.hits], busy: false }));
  } catch (error) {
    if (mine !== generation) return;
    const cancelled = error instanceof ApiCallError && error.code === 'cancelled';
    concordanceStore.set({ busy: false, error: cancelled ? null : messageOf(error) });
  }
}

/** Searches the project for `query` (or the typed query), from the first page. */
export function searchConcordance(query?: string): Promise<void> {
  if (query !== undefined) concordanceStore.set({ query });
  return load(0);
}

export function sortConcordance(sort: ConcordanceSort): Promise<void> {
  concordanceStore.set({ sort });
  return load(0);
}

/** The next page of hits. */
export function moreConcordance(): Promise<void> {
  return load(concordanceStore.get().hits.length);
}

/** Stops the running search (a large project is scanned in slices, so this takes effect at once). */
export function cancelConcordance(): void {
  generation++;
  concordanceStore.set({ busy: false });
  void call('concordance.cancel', {});
}

/** Forgets the hits when they are of another project than `project` (they would point into it). */
export function resetConcordance(project: string | null): void {
  const shown = concordanceStore.get().project;
  if (shown === project) return;
  // The first project the tab sees: a search may be on its way (Ctrl+K opens the tab and searches).
  if (shown === null) {
    concordanceStore.set({ project });
    return;
  }
  generation++;
  concordanceStore.set({ project, searched: '', result: null, hits: [], busy: false, error: null });
}

/** Ctrl+K: opens the tab on the selected words, or on its search field when nothing is selected. */
export function openConcordance(selected: string | null): void {
  showAid(CONCORDANCE_AID);
  if (selected) void searchConcordance(selected);
  else concordanceStore.set((s) => ({ focusRequest: s.focusRequest + 1 }));
}

/** Asks where to save, then writes every hit (not only the loaded pages) as CSV or TSV. */
export async function exportConcordance(format: 'csv' | 'tsv'): Promise<string> {
  const { searched, sort } = concordanceStore.get();
  const path = await call('dialog.exportFile', { defaultName: `concordance.${format}`, extension: format });
  if (path === null) return '';
  const done = await call('concordance.export', { query: searched, sort, format, path });
  return `Exported ${done.rows} occurrence${done.rows === 1 ? '' : 's'}${done.capped ? ' (the first ones: there are more)' : ''}.`;
}

export function useConcordance<T>(select: (state: ConcordanceState) => T): T {
  return useSyncExternalStore(concordanceStore.subscribe, () => select(concordanceStore.get()));
}
