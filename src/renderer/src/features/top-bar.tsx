import type { SaveState } from '../state/app-store';
import { useAnnotationState, useAnnotationStore, useAppState, useAppStore, useSearchStore } from '../store-context';

const SAVE_TEXT: Record<SaveState, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'All changes saved',
  failed: 'Not saved — see the message above',
};

export function TopBar() {
  const { actions } = useAppStore();
  const search = useSearchStore();
  const annotations = useAnnotationStore();
  const panelOpen = useAnnotationState((s) => s.panelOpen);
  const project = useAppState((s) => s.project);
  const save = useAppState((s) => s.save);
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-name">Mizan</span>
        <span className="brand-ar" lang="ar" dir="rtl">ميزان</span>
      </div>
      {project && (
        <div className="project-title" title={project.path}>
          {project.title}
        </div>
      )}
      <div className="save-state" data-state={save} aria-live="polite">
        {SAVE_TEXT[save]}
      </div>
      <nav className="top-actions">
        <button type="button" onClick={() => void actions.newProject(false)}>New…</button>
        <button type="button" onClick={() => void actions.openProject()}>Open…</button>
        {project && (
          <button type="button" onClick={search.actions.toggle} title="Search and replace (Ctrl+Shift+F)">
            Search
          </button>
        )}
        {project && (
          <button type="button" aria-pressed={panelOpen} onClick={annotations.actions.togglePanel} title="Annotations of this segment and of the document (Alt+N)">
            Annotations
          </button>
        )}
        {project && (
          <button type="button" onClick={annotations.actions.openSpeakers} title="The speaker registry: names in both languages, merge, activity">
            Speakers…
          </button>
        )}
        {project && (
          <button type="button" onClick={annotations.actions.openScheme} title="Layers, labels, attributes and colours of this project's annotation scheme">
            Annotation scheme…
          </button>
        )}
        {project && <button type="button" onClick={() => void actions.closeProject()}>Close</button>}
      </nav>
    </header>
  );
}
