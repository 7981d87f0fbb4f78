import { useEffect } from 'react';
import type { AppStore } from '../../state/app-store';

/**
 * Segment navigation when focus is outside the editor (Monaco handles the same keys
 * itself while it has focus, so those events are skipped here).
 */
export function useGridKeyboard(actions: AppStore['actions']): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as Element | null;
      if (target?.closest('.monaco-editor, input:not([type=checkbox]), textarea, select, .dialog')) return;
      if (e.key === 'Enter') void actions.confirmAndNext();
      else if (e.key === 'ArrowDown') void actions.move(1);
      else if (e.key === 'ArrowUp') void actions.move(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
