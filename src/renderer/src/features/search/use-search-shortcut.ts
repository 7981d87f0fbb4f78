import { useEffect } from 'react';
import { useAppState, useSearchStore } from '../../store-context';

/** Ctrl+Shift+F opens project search from anywhere (Ctrl+F stays Monaco's find-in-segment). */
export function useSearchShortcut(): void {
  const { actions } = useSearchStore();
  const hasProject = useAppState((s) => s.project !== null);
  useEffect(() => {
    if (!hasProject) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && (e.key === 'F' || e.key === 'f')) {
        e.preventDefault();
        actions.open();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, hasProject]);
}
