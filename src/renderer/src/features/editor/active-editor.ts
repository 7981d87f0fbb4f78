import type { EnglishEditor } from './english-editor';

// The window's one English editor, for commands that need its cursor (split at the cursor) and for
// the grid, which hosts it in the active row (it subscribes: the editor is made after the first render).
let current: EnglishEditor | null = null;
const listeners = new Set<() => void>();

export function setActiveEditor(editor: EnglishEditor | null): void {
  current = editor;
  for (const listener of listeners) listener();
}

export function activeEditor(): EnglishEditor | null {
  return current;
}

export function subscribeActiveEditor(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
