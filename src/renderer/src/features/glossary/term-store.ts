import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { GlossaryEntry, TermHit } from '../../../../core/glossary/types';
import type { SegmentId } from '../../../../core/ids';
import { call } from '../../api-client';
import { createStore } from '../../state/create-store';

// The glossary as the page sees it: the terms recognised in the rows on screen (asked for in batches, kept
// per segment with the source they were found in, so an edited Arabic is asked again) and the entries for
// completion. The main process compiles the glossary once per change, so a row costs one small answer.
// A view cache, not project state: any change to the glossary clears it (glossaryChanged).

interface TermState {
  /** The project the cache is for: another project starts empty. */
  project: string | null;
  /** Terms by segment, with the source they were recognised in. */
  bySegment: ReadonlyMap<SegmentId, { source: string; terms: TermHit[] }>;
  entries: GlossaryEntry[] | null;
  /** Bumped on every glossary change, so views that read entries ask again. */
  version: number;
}

export const termStore = createStore<TermState>({ project: null, bySegment: new Map(), entries: null, version: 0 });

const wanted = new Map<SegmentId, string>();
let flushing: ReturnType<typeof setTimeout> | null = null;

/** Rows render in bursts (scrolling): one call for all the rows of a frame. */
function request(segmentId: SegmentId, source: string): void {
  if (wanted.get(segmentId) === source) return;
  wanted.set(segmentId, source);
  flushing ??= setTimeout(flush, 16);
}

function flush(): void {
  flushing = null;
  const batch = [...wanted].slice(0, 500);
  for (const [id] of batch) wanted.delete(id);
  if (wanted.size > 0) flushing = setTimeout(flush, 16);
  const { project, version } = termStore.get();
  call('glossary.recognise', { segmentIds: batch.map(([id]) => id) })
    .then((results) => {
      const state = termStore.get();
      // A late answer for another project or an older glossary is dropped (the rows ask again).
      if (state.project !== project || state.version !== version) return;
      const next = new Map(state.bySegment);
      const sources = new Map(batch);
      for (const r of results) next.set(r.segmentId, { source: sources.get(r.segmentId) ?? '', terms: r.terms });
      termStore.set({ bySegment: next });
    })
    // A row deleted meanwhile (merge) fails the batch: those rows show no underline until asked again.
    .catch(() => undefined);
}

/** Resets the cache when the open project changes (ids of one project mean nothing in another). */
export function useTermProject(project: string | null): void {
  useEffect(() => {
    if (termStore.get().project !== project) {
      wanted.clear();
      termStore.set({ project, bySegment: new Map(), entries: null, version: termStore.get().version + 1 });
    }
  }, [project]);
}

/** Registry speakers are terms too: when a name changes, the rows are recognised again. */
export function useTermsFollowRegistry(speakers: readonly { nameSource: string; nameTarget: string }[]): void {
  const names = speakers.map((s) => `${s.nameSource}\u0000${s.nameTarget}`).join('\u0001');
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (seen.current !== null && seen.current !== names) glossaryChanged();
    seen.current = names;
  }, [names]);
}

/** After an add, edit, removal or import: everything is recognised again. */
export function glossaryChanged(): void {
  wanted.clear();
  termStore.set((s) => ({ bySegment: new Map(), entries: null, version: s.version + 1 }));
}

/** The terms of a row's source, or an empty list while they are asked for. */
export function useSegmentTerms(segmentId: SegmentId | undefined, source: string): readonly TermHit[] {
  const cached = useSyncExternalStore(termStore.subscribe, () => (segmentId === undefined ? undefined : termStore.get().bySegment.get(segmentId)));
  // The version is a dependency: after a glossary change (or another project) the row asks again.
  const version = useSyncExternalStore(termStore.subscribe, () => termStore.get().version);
  const fresh = cached !== undefined && cached.source === source;
  useEffect(() => {
    if (!fresh && segmentId !== undefined && source !== '') request(segmentId, source);
  }, [fresh, segmentId, source, version]);
  return fresh ? cached.terms : NONE;
}
const NONE: readonly TermHit[] = [];

/** The terms of a segment as known now (the Alt+1…9 handler reads this; the panel shows the same list). */
export function knownTerms(segmentId: SegmentId, source: string): readonly TermHit[] {
  const cached = termStore.get().bySegment.get(segmentId);
  return cached !== undefined && cached.source === source ? cached.terms : NONE;
}

/** The glossary's entries, loaded once per change (completion and the Glossary dialog read them). */
export function loadEntries(): Promise<GlossaryEntry[]> {
  const { entries, version } = termStore.get();
  if (entries) return Promise.resolve(entries);
  return call('glossary.list', {}).then((list) => {
    if (termStore.get().version === version) termStore.set({ entries: list });
    return list;
  });
}

export function useGlossaryEntries(): GlossaryEntry[] | null {
  const entries = useSyncExternalStore(termStore.subscribe, () => termStore.get().entries);
  useEffect(() => {
    if (entries === null) void loadEntries().catch(() => undefined);
  }, [entries]);
  return entries;
}

/** Unique English a term offers, preferred first, numbered as Alt+1…9 insert them: one line per term. */
export function insertableTerms(terms: readonly TermHit[]): { hit: TermHit; english: string }[] {
  const seen = new Set<string>();
  const out: { hit: TermHit; english: string }[] = [];
  for (const hit of terms) {
    const english = hit.targets[0];
    if (english === undefined || seen.has(`${hit.term}\u0000${english}`)) continue;
    seen.add(`${hit.term}\u0000${english}`);
    out.push({ hit, english });
  }
  return out;
}
