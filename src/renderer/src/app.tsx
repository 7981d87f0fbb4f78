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
import { useAppState, useAppStore } from './store-context';
import { MessageBar } from './ui/message-bar';

export function App() {
  const { actions } = useAppStore();
  const ready = useAppState((s) => s.ready);
  const project = useAppState((s) => s.project);
  const pasteOpen = useAppState((s) => s.pasteOpen);
  const importing = useAppState((s) => s.fileImport !== null);
  const rulesOpen = useAppState((s) => s.rulesOpen);
  const exportOpen = useAppState((s) => s.exportOpen);
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
        </div>
      ) : (
        <StartScreen />
      )}
      {pasteOpen && <PasteImportDialog />}
      {importing && <FileImportDialog />}
      {rulesOpen && <SegmentationRulesDialog />}
      {exportOpen && <ExportDialog />}
    </div>
  );
}
