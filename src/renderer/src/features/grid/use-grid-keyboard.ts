import { useEffect } from 'react';
import { matchKeyCommand } from '../commands/key-commands';
import { runMenuCommand, type CommandTarget } from '../commands/use-menu-commands';

/**
 * The grid's keyboard commands when focus is outside the English editor (Monaco runs the same
 * registry itself while it has focus). Text fields and dialogs keep their keys.
 */
export function useGridKeyboard(target: CommandTarget): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const element = e.target as Element | null;
      if (element?.closest('.monaco-editor, input:not([type=checkbox]), textarea, select, .dialog')) return;
      const match = matchKeyCommand(e);
      if (!match) return;
      e.preventDefault();
      runMenuCommand(target, match.command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [target]);
}
