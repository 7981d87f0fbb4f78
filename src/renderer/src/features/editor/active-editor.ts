import type { EnglishEditor } from './english-editor';

// The window's one English editor, for commands that need its cursor (split at the cursor).
let current: EnglishEditor | null = null;

export function setActiveEditor(editor: EnglishEditor | null): void {
  current = editor;
}

export function activeEditor(): EnglishEditor | null {
  return current;
}
