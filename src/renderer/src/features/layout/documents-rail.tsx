import { useEffect, type ReactNode } from 'react';
import { showDocuments, useLayout } from './layout-store';

/**
 * The document list folded to a narrow rail while a side panel is docked; its button shows the list
 * over the grid (choosing a document, or the button again, folds it).
 */
export function DocumentsRail({ children }: { children: ReactNode }) {
  const shown = useLayout((s) => s.documentsShown);
  // Unfolded again (the panel closed or floats): the list must not pop up by itself next time.
  useEffect(() => () => showDocuments(false), []);
  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && showDocuments(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown]);
  return (
    <div className="documents-rail">
      <button type="button" className="rail-button" aria-expanded={shown} title="Show the documents, progress and import (the list folds while a side panel is docked)" onClick={() => showDocuments(!shown)}>
        Documents
      </button>
      {shown && (
        <div className="documents-float" onClick={(e) => (e.target as HTMLElement).closest('.document') && showDocuments(false)}>
          {children}
        </div>
      )}
    </div>
  );
}
