import { useEffect } from 'react';
import { actionForKey, isActionId } from '../../../../api/actions';
import type { CommandTarget } from './command-target';
import { runAction } from './run-action';

/**
 * The window's keyboard map, from the registered actions, while focus is outside the English editor
 * (Monaco binds the same keys itself while it has focus). Text fields and dialogs keep their keys.
 */
export function useActionKeys(target: CommandTarget): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const element = e.target instanceof Element ? e.target : null;
      if (element?.closest('.monaco-editor, input:not([type=checkbox]), textarea, select, .dialog')) return;
      const action = actionForKey(e);
      if (!action || !isActionId(action.id)) return;
      e.preventDefault();
      runAction(target, action.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [target]);
}
