import type { ReactNode } from 'react';
import { showDocuments, useLayout } from './layout-store';

/**
 * The document list folded to a narrow rail while a side panel is docked; its button shows the list
 * over the grid (choosing a document, or the button again, folds it).
 */
export function DocumentsRail({ children }: { children: ReactNode }) {
  const shown = useLayout((s) => s.documentsShown);
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
