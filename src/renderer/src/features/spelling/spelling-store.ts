import { useSyncExternalStore } from 'react';
import type { SpellingMiss } from '../../../../core/spelling/misspelled-words';
import type { ProjectWords } from '../../../../core/spelling/project-words';
import { call } from '../../api-client';
import { createStore } from '../../state/create-store';
import SpellWorker from './spell.worker?worker';
import type { SpellReply, SpellRequest } from './spell-protocol';

// The English spell-check's state in the page: the project's words (fetched from the project, kept in
// the worker) and the requests to the worker. The worker starts on the first check, so a session
// that never types English never loads the dictionary.

export interface SpellingState {
  words: ProjectWords | null;
  /** Words ignored for this session (the "Ignore" quick fix): not stored. */
  ignored: ReadonlySet<string>;
  /** Bumped when what counts as correct changed, so the editor checks its text again. */
  version: number;
}

export const spellingStore = createStore<SpellingState>({ words: null, ignored: new Set(), version: 0 });

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (reply: SpellReply) => void>();

function post(request: SpellRequest): void {
  if (!worker) {
    worker = new SpellWorker();
    worker.onmessage = (event: MessageEvent<SpellReply>) => {
      const resolve = pending.get(event.data.id);
      pending.delete(event.data.id);
      resolve?.(event.data);
    };
    const { words } = spellingStore.get();
    if (words) worker.postMessage({ kind: 'words', words } satisfies SpellRequest);
  }
  worker.postMessage(request);
}

function ask(request: { kind: 'check'; text: string } | { kind: 'suggest'; word: string }): Promise<SpellReply> {
  const id = ++nextId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    post({ ...request, id });
  });
}

/** The words of `text` the dictionary and the project's words reject (ignored ones left out). */
export async function checkSpelling(text: string): Promise<SpellingMiss[]> {
  const reply = await ask({ kind: 'check', text });
  if (reply.kind !== 'check') return [];
  const { ignored } = spellingStore.get();
  return reply.misses.filter((m) => !ignored.has(m.word));
}

export async function suggestSpelling(word: string): Promise<string[]> {
  const reply = await ask({ kind: 'suggest', word });
  return reply.kind === 'suggest' ? reply.suggestions : [];
}

function setWords(words: ProjectWords): void {
  spellingStore.set((s) => ({ words, version: s.version + 1 }));
  worker?.postMessage({ kind: 'words', words } satisfies SpellRequest);
}

let lastFetch = 0;
const REFRESH_MS = 2000;

/**
 * Reads the project's words again (the registry may have learned a name). Called when the editor shows
 * a segment; at most every two seconds unless `force`.
 */
export async function refreshProjectWords(force = false): Promise<void> {
  const now = Date.now();
  if (!force && now - lastFetch < REFRESH_MS) return;
  lastFetch = now;
  try {
    setWords(await call('spelling.words', {}));
  } catch {
    // No project (closed meanwhile): the shipped dictionary alone still checks.
  }
}

export async function addProjectWord(word: string): Promise<void> {
  setWords(await call('spelling.addWord', { word }));
}

export async function removeProjectWord(word: string): Promise<void> {
  setWords(await call('spelling.removeWord', { word }));
}

export function ignoreWord(word: string): void {
  spellingStore.set((s) => ({ ignored: new Set([...s.ignored, word]), version: s.version + 1 }));
}

export function useSpelling<T>(select: (state: SpellingState) => T): T {
  return useSyncExternalStore(spellingStore.subscribe, () => select(spellingStore.get()));
}
