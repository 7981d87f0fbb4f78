import { actionTooltip } from '../../../api/actions';
import type { SaveState } from '../state/app-store';
import { useAnnotationState, useAppState, useAppStore, useCommentState, useSearchStore } from '../store-context';
import { ActionButton } from './commands/action-button';
import type { CommandTarget } from './commands/command-target';

const SAVE_TEXT: Record<SaveState, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'All changes saved',
  retrying: 'Not saved — retrying',
  failed: 'Not saved — see the message above',
};

export function TopBar({ target }: { target: CommandTarget }) {
  const { actions } = useAppStore();
  const search = useSearchStore();
  const panelOpen = useAnnotationState((s) => s.panelOpen);
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
        <ActionButton id="palette.open" target={target}>
          Commands
        </ActionButton>
        <ActionButton id="project.new" target={target}>New…</ActionButton>
        <ActionButton id="project.open" target={target}>Open…</ActionButton>
        {project && (
          // Search opens with its key; the button also closes it.
          <button type="button" onClick={search.actions.toggle} title={actionTooltip('search.open')}>
            Search
          </button>
        )}
        {project && (
          <ActionButton id="annotation.togglePanel" target={target} pressed={panelOpen}>
            Annotations
          </ActionButton>
        )}
        {project && (
          <ActionButton id="comments.toggle" target={target} pressed={commentsOpen}>
            Comments
          </ActionButton>
        )}
        {project && (
          <ActionButton id="annotation.speakers" target={target}>
            Speakers…
          </ActionButton>
        )}
        {project && (
          <ActionButton id="annotation.scheme" target={target}>
            Annotation scheme…
          </ActionButton>
        )}
        {project && (
          <ActionButton id="project.close" target={target}>
            Close
          </ActionButton>
        )}
      </nav>
    </header>
  );
}
