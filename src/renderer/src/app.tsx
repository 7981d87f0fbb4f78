import { AddTermDialog } from './features/glossary/add-term-dialog';
import { GlossaryDialog } from './features/glossary/glossary-dialog';
import { useEffect } from 'react';
import { onEvent, call } from './api-client';
import { useCommandTarget } from './features/commands/command-target';
import { useActionKeys } from './features/commands/use-action-keys';
import { useMenuCommands } from './features/commands/use-menu-commands';
import { CommandPalette } from './features/palette/command-palette';
import { DocumentSidebar } from './features/documents/document-sidebar';
import { SegmentGrid } from './features/grid/segment-grid';
import { GoToDialog } from './features/grid/go-to-dialog';
import { TranslationMemoryDialog } from './features/tm/tm-dialog';
import { ExportDialog } from './features/export/export-dialog';
import { FixSourceDialog } from './features/history/fix-source-dialog';
import { SplitBothDialog } from './features/split/split-both-dialog';
import { HistoryDialog } from './features/history/history-dialog';
import { FileImportDialog } from './features/import/file-import-dialog';
import { PasteImportDialog } from './features/import/paste-import-dialog';
import { SegmentationRulesDialog } from './features/settings/segmentation-rules-dialog';
import { SearchPanel } from './features/search/search-panel';
import { StartScreen } from './features/start/start-screen';
import { TopBar } from './features/top-bar';
import { AnnotatePopover } from './features/annotations/annotate-popover';
import { AnnotationForm } from './features/annotations/annotation-form';
import { AnnotationPanel } from './features/annotations/annotation-panel';
import { CommentsPanel } from './features/comments/comments-panel';
import { CounterpartDialog } from './features/annotations/counterpart-dialog';
import { SchemeDialog } from './features/annotations/scheme-dialog';
import { SchemeStyles } from './features/annotations/scheme-styles';
import { IdentityDialog } from './features/review/identity-dialog';
import { RejectDialog } from './features/review/reject-dialog';
import { UnsavedEditsDialog } from './features/save/unsaved-edits-dialog';
import { SpeakerRegistryDialog } from './features/speakers/speaker-registry-dialog';
import { QaProfileDialog } from './features/qa/qa-profile-dialog';
import { useAnnotationState, useAppState, useAppStore, useCommentState, useSearchState } from './store-context';
import { DocumentsRail } from './features/layout/documents-rail';
import { useLayout } from './features/layout/layout-store';
import { MessageBar } from './ui/message-bar';
import { AidsDock, useAidsOpen } from './features/aids/aids-dock';
import { ProjectLockDialog, ReadOnlyBanner } from './features/project/project-lock-dialog';

export function App() {
  const { actions } = useAppStore();
  const ready = useAppState((s) => s.ready);
  const project = useAppState((s) => s.project);
  // The one open dialog (at most one at a time).
  const modal = useAppState((s) => s.modal?.kind ?? null);
  const activeSegmentId = useAppState((s) => (s.activeIndex === null ? null : (actions.segmentAt(s.activeIndex)?.id ?? null)));
  const panelOpen = useAnnotationState((s) => s.panelOpen);
  const commentsOpen = useCommentState((s) => s.open);
  const searchOpen = useSearchState((s) => s.open);
  const placement = useLayout((s) => s.placement);
  // A docked side panel folds the document list to a rail: the two text columns keep their width.
  const aidsOpen = useAidsOpen();
  const sidePanel = panelOpen || commentsOpen || searchOpen || aidsOpen;
  const folded = sidePanel && placement === 'docked';
  const form = useAnnotationState((s) => s.form);
  const commandTarget = useCommandTarget();
  useMenuCommands(commandTarget);
  useActionKeys(commandTarget);

  // Closing the window: save what is typed, then tell main it may close.
  useEffect(
    () =>
      onEvent('app.closeRequested', () => {
        // Closes only once everything typed is saved; otherwise the dialog shows what is not (and it is
        // retried), and main is told to stop waiting so it does not close over the unsaved text.
        const hold = () => {
          void call('app.closeHeld', {});
          actions.showUnsaved();
        };
        void actions.flush().then((saved) => (saved ? call('app.closeReady', {}) : hold()), hold);
      }),
    [actions],
  );
  // Another session took over this project: show the read-only banner now, not at the next failed save.
  useEffect(() => onEvent('project.accessChanged', () => void actions.refreshAccess()), [actions]);

  if (!ready) return <div className="loading" aria-busy="true">Loading…</div>;
  return (
    <div className="app">
      <TopBar target={commandTarget} />
      <MessageBar />
      <ReadOnlyBanner />
      {project ? (
        <div className={`workspace${sidePanel ? ` panel-${placement}` : ''}`}>
          {folded ? (
            <DocumentsRail>
              <DocumentSidebar />
            </DocumentsRail>
          ) : (
            <DocumentSidebar />
          )}
          <SegmentGrid />
          <SearchPanel />
          {panelOpen && <AnnotationPanel />}
          {commentsOpen && <CommentsPanel />}
          {aidsOpen && <AidsDock />}
        </div>
      ) : (
        <StartScreen />
      )}
      {modal === 'paste' && <PasteImportDialog />}
      {modal === 'import' && <FileImportDialog />}
      {modal === 'rules' && <SegmentationRulesDialog />}
      {modal === 'export' && <ExportDialog />}
      {modal === 'history' && <HistoryDialog />}
      {/* A new key per segment: the text field starts from that segment's Arabic. */}
      {modal === 'fixSource' && <FixSourceDialog key={activeSegmentId ?? 'none'} />}
      {modal === 'splitBoth' && <SplitBothDialog key={activeSegmentId ?? 'none'} />}
      <SchemeStyles />
      <AnnotatePopover />
      {/* A new key per form: its fields start from the selection or the annotation edited. */}
      {form && <AnnotationForm key={form.editing ? `edit-${form.editing.id}` : `new-${form.selection?.segmentId}-${form.selection?.start}-${form.layer}`} />}
      <CounterpartDialog />
      {modal === 'speakers' && <SpeakerRegistryDialog />}
      {modal === 'scheme' && <SchemeDialog />}
      {modal === 'glossary' && <GlossaryDialog />}
      {modal === 'addTerm' && <AddTermDialog />}
      {modal === 'qaProfile' && <QaProfileDialog />}
      {modal === 'reject' && <RejectDialog />}
      {modal === 'goTo' && <GoToDialog />}
      {modal === 'translationMemory' && <TranslationMemoryDialog />}
      {modal === 'identity' && <IdentityDialog />}
      {modal === 'unsaved' && <UnsavedEditsDialog />}
      <CommandPalette target={commandTarget} />
      <ProjectLockDialog />
    </div>
  );
}
