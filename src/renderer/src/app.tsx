import { useEffect } from 'react';
import { onEvent, call } from './api-client';
import { useMenuCommands } from './features/commands/use-menu-commands';
import { DocumentSidebar } from './features/documents/document-sidebar';
import { SegmentGrid } from './features/grid/segment-grid';
import { ExportDialog } from './features/export/export-dialog';
import { FixSourceDialog } from './features/history/fix-source-dialog';
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
import { SpeakerRegistryDialog } from './features/speakers/speaker-registry-dialog';
import { useAnnotationState, useAppState, useAppStore, useCommentState } from './store-context';
import { MessageBar } from './ui/message-bar';
import { ProjectLockDialog, ReadOnlyBanner } from './features/project/project-lock-dialog';

export function App() {
  const { actions } = useAppStore();
  const ready = useAppState((s) => s.ready);
  const project = useAppState((s) => s.project);
  const pasteOpen = useAppState((s) => s.pasteOpen);
  const importing = useAppState((s) => s.fileImport !== null);
  const rulesOpen = useAppState((s) => s.rulesOpen);
  const exportOpen = useAppState((s) => s.exportOpen);
  const historyOpen = useAppState((s) => s.historyOpen);
  const fixSourceOpen = useAppState((s) => s.fixSourceOpen);
  const activeSegmentId = useAppState((s) => (s.activeIndex === null ? null : (actions.segmentAt(s.activeIndex)?.id ?? null)));
  const panelOpen = useAnnotationState((s) => s.panelOpen);
  const commentsOpen = useCommentState((s) => s.open);
  const form = useAnnotationState((s) => s.form);
  const speakersOpen = useAnnotationState((s) => s.speakersOpen);
  const schemeOpen = useAnnotationState((s) => s.schemeOpen);
  const rejectOpen = useAppState((s) => s.rejectOpen);
  const identityOpen = useAppState((s) => s.identityOpen);
  useMenuCommands();

  // Closing the window: save what is typed, then tell main it may close.
  useEffect(
    () =>
      onEvent('app.closeRequested', () => {
        void actions.flush().finally(() => void call('app.closeReady', {}));
      }),
    [actions],
  );
  // Another session took over this project: show the read-only banner now, not at the next failed save.
  useEffect(() => onEvent('project.accessChanged', () => void actions.refreshAccess()), [actions]);

  if (!ready) return <div className="loading" aria-busy="true">Loading…</div>;
  return (
    <div className="app">
      <TopBar />
      <MessageBar />
      <ReadOnlyBanner />
      {project ? (
        <div className="workspace">
          <DocumentSidebar />
          <SegmentGrid />
          <SearchPanel />
          {panelOpen && <AnnotationPanel />}
          {commentsOpen && <CommentsPanel />}
        </div>
      ) : (
        <StartScreen />
      )}
      {pasteOpen && <PasteImportDialog />}
      {importing && <FileImportDialog />}
      {rulesOpen && <SegmentationRulesDialog />}
      {exportOpen && <ExportDialog />}
      {historyOpen && <HistoryDialog />}
      {/* A new key per segment: the text field starts from that segment's Arabic. */}
      {fixSourceOpen && <FixSourceDialog key={activeSegmentId ?? 'none'} />}
      <SchemeStyles />
      <AnnotatePopover />
      {/* A new key per form: its fields start from the selection or the annotation edited. */}
      {form && <AnnotationForm key={form.editing ? `edit-${form.editing.id}` : `new-${form.selection?.segmentId}-${form.selection?.start}-${form.layer}`} />}
      <CounterpartDialog />
      {speakersOpen && <SpeakerRegistryDialog />}
      {schemeOpen && <SchemeDialog />}
      {rejectOpen && <RejectDialog />}
      {identityOpen && <IdentityDialog />}
      <ProjectLockDialog />
    </div>
  );
}
