import { call } from '../../api-client';
import type { CommandTarget } from '../commands/command-target';
import { activeEditor } from '../editor/active-editor';
import { showAid } from '../aids/aids-store';
import { matchText, matchesStore, refreshMatches } from './matches-store';

// What the translation-memory actions do (their entries are in src/api/actions.ts, their handlers in
// action-handlers.ts). Inserting goes through the English editor as an edit, so it is saved like typing
// and Ctrl+Z in the editor takes it back.

function activeSegmentId({ app }: CommandTarget): number | null {
  const index = app.store.get().activeIndex;
  return index === null ? null : (app.actions.segmentAt(index)?.id ?? null);
}

/** Why match n cannot be used now, or null. */
export function matchUnavailable(target: CommandTarget, n: number): string | null {
  const id = activeSegmentId(target);
  if (id === null) return 'Click a segment first.';
  if (matchesStore.get().segmentId !== id || matchesStore.get().loading) return 'The matches of this segment are still being looked up.';
  return matchText(n) === null ? `This segment has no match ${n} (Alt+T shows its matches).` : null;
}

/** Ctrl+n replaces the English with match n; Ctrl+Shift+n inserts it at the cursor. */
export function applyMatch(target: CommandTarget, n: number, how: 'replace' | 'insert'): void {
  const problem = matchUnavailable(target, n);
  const text = matchText(n);
  const editor = activeEditor();
  if (problem !== null || text === null || !editor) {
    target.app.actions.notify(problem ?? 'Click the English of a segment first.');
    return;
  }
  if (how === 'replace') editor.replaceText(text);
  else editor.insertAtCursor(text);
  editor.focus();
  const adapted = matchesStore.get().matches[n - 1]?.adaptations ?? [];
  if (adapted.length > 0) target.app.actions.notify(`Match ${n} adapted: ${adapted.map((a) => `${a.from} → ${a.to}`).join(', ')}.`);
}

export function showMatches(): void {
  showAid('matches');
}

/** Fills the document's empty segments from matches of 75 % or more, as one undo step. */
export async function pretranslateDocument({ app }: CommandTarget): Promise<void> {
  const documentId = app.store.get().documentId;
  if (documentId === null) return;
  if (!(await app.actions.flush())) return;
  try {
    const done = await call('segment.pretranslate', { documentId, min: 75 });
    app.actions.notify(done.filled === 0
      ? `No empty segment had a match of 75 % or more (${done.empty} empty).`
      : `Pre-translated ${done.filled} of ${done.empty} empty segments as Draft (${done.exact} exact, ${done.adapted} adapted; Undo reverts it).`);
    await app.actions.reloadSegments(done.history);
  } catch (error) {
    app.actions.fail(error);
  }
}

/** Attaches a TMX file the user picks as a read-only memory of the project. */
export async function attachMemory({ app }: CommandTarget): Promise<void> {
  try {
    const path = await call('dialog.importText', undefined);
    if (path === null) return;
    const { memory, warnings } = await call('tm.attach', { path });
    app.actions.notify(`Attached "${memory.name}": ${memory.unitCount} units.${warnings.length > 0 ? ` ${warnings.join('; ')}.` : ''}`);
    refreshMatches();
    showAid('matches');
  } catch (error) {
    app.actions.fail(error);
  }
}

/** After a confirmation: identical empty sources of the document get the same English (one undo step). */
export async function fillRepetitions({ app }: CommandTarget, segmentId: number): Promise<void> {
  try {
    const done = await call('tm.propagate', { segmentId });
    if (done.filled === 0) return;
    app.actions.notify(`Filled ${done.filled} repetition${done.filled === 1 ? '' : 's'} of this segment with its English (Undo reverts it).`);
    await app.actions.reloadSegments(done.history);
  } catch (error) {
    app.actions.fail(error);
  }
}
