import { useEffect } from 'react';
import { onEvent, call } from './api-client';
import { useMenuCommands } from './features/commands/use-menu-commands';
import { DocumentSidebar } from './features/documents/document-sidebar';
import { SegmentGrid } from './features/grid/segment-grid';
import { ExportDialog } from './features/export/export-dialog';
import { FileImportDialog } from './features/import/file-import-dialog';
import { PasteImportDialog } from './features/import/paste-import-dialog';
import { SegmentationRulesDialog } from './features/settings/segmentation-rules-dialog';
import { SearchPanel } from './features/search/search-panel';
import { StartScreen } from './features/start/start-screen';
import { TopBar } from './features/top-bar';
import { AnnotatePopover } from './features/annotations/annotate-popover';
import { AnnotationForm } from './features/annotations/annotation-form';
import { AnnotationPanel } from './features/annotations/annotation-panel';
import { CounterpartDialog } from './features/annotations/counterpart-dialog';
import { SchemeDialog } from './features/annotations/scheme-dialog';
import { SchemeStyles } from './features/annotations/scheme-styles';
import { SpeakerRegistryDialog } from './features/speakers/speaker-registry-dialog';
import { useAnnotationState, useAppState, useAppStore } from './store-context';
import { MessageBar } from './ui/message-bar';

export function App() {
  const { actions } = useAppStore();
  const ready = useAppState((s) => s.ready);
  const project = useAppState((s) => s.project);
  const pasteOpen = useAppState((s) => s.pasteOpen);
  const importing = useAppState((s) => s.fileImport !== null);
  const rulesOpen = useAppState((s) => s.rulesOpen);
  const exportOpen = useAppState((s) => s.exportOpen);
  const panelOpen = useAnnotationState((s) => s.panelOpen);
  const form = useAnnotationState((s) => s.form);
  const speakersOpen = useAnnotationState((s) => s.speakersOpen);
  const schemeOpen = useAnnotationState((s) => s.schemeOpen);
  useMenuCommands();

  // Closing the window: save what is typed, then tell main it may close.
  useEffect(
    () =>
      onEvent('app.closeRequested', () => {
        void actions.flush().finally(() => void call('app.closeReady', {}));
      }),
    [actions],
  );

  if (!ready) return <div className="loading" aria-busy="true">Loading…</div>;
  return (
    <div className="app">
      <TopBar />
      <MessageBar />
      {project ? (
        <div className="workspace">
          <DocumentSidebar />
          <SegmentGrid />
          <SearchPanel />
          {panelOpen && <AnnotationPanel />}
        </div>
      ) : (
        <StartScreen />
      )}
      {pasteOpen && <PasteImportDialog />}
      {importing && <FileImportDialog />}
      {rulesOpen && <SegmentationRulesDialog />}
      {exportOpen && <ExportDialog />}
      <SchemeStyles />
      <AnnotatePopover />
      {/* A new key per form: its fields start from the selection or the annotation edited. */}
      {form && <AnnotationForm key={form.editing ? `edit-${form.editing.id}` : `new-${form.selection?.segmentId}-${form.selection?.start}-${form.layer}`} />}
      <CounterpartDialog />
      {speakersOpen && <SpeakerRegistryDialog />}
      {schemeOpen && <SchemeDialog />}
    </div>
  );
}
