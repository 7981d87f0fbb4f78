import type { SaveState } from '../state/app-store';
import { useAnnotationState, useAnnotationStore, useAppState, useAppStore, useCommentState, useCommentStore, useSearchStore } from '../store-context';

const SAVE_TEXT: Record<SaveState, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'All changes saved',
  retrying: 'Not saved — retrying',
  failed: 'Not saved — see the message above',
};

export function TopBar() {
  const { actions } = useAppStore();
  const search = useSearchStore();
  const annotations = useAnnotationStore();
  const panelOpen = useAnnotationState((s) => s.panelOpen);
  const comments = useCommentStore();
  const commentsOpen = useCommentState((s) => s.open);
  const project = useAppState((s) => s.project);
  const save = useAppState((s) => s.save);
  const identity = useAppState((s) => s.identity);
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
      {identity && (
        <button type="button" className="identity-chip" title="Who is working (recorded on every change); click to change" onClick={actions.openIdentity}>
          {identity.userName} · {identity.role === 'reviewer' ? 'Reviewer' : 'Translator'}
        </button>
      )}
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
          <button type="button" aria-pressed={commentsOpen} onClick={() => void comments.actions.toggle()} title="Review comment threads of this segment and of the document (Alt+M)">
            Comments
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
