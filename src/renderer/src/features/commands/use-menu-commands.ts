import { useEffect } from 'react';
import type { MenuCommand } from '../../../../api/contract';
import { onEvent } from '../../api-client';
import type { AppStore } from '../../state/app-store';
import { useAppStore } from '../../store-context';

/** Native menu items (and anything else that sends a MenuCommand) map to store actions here. */
export function runMenuCommand({ actions, store }: AppStore, command: MenuCommand, path?: string): void {
  switch (command) {
    case 'project.new':
      void actions.newProject(false);
      return;
    case 'project.openSample':
      // Main keeps a copy of the sample in the user's folder and sends its path.
      if (path) void actions.openProject(path);
      else void actions.newProject(true);
      return;
    case 'project.open':
      void actions.openProject(path);
      return;
    case 'project.close':
      void actions.closeProject();
      return;
    case 'document.import':
      if (store.get().project) void actions.importFile();
      return;
    case 'export':
      store.set({ message: { kind: 'info', text: 'Export is not built yet: it comes with the exchange-formats work (TMX, XLIFF, TSV, JSONL, HTML, TXT).' } });
      return;
    case 'segment.confirm':
      void actions.confirmAndNext();
      return;
    case 'segment.next':
      void actions.move(1);
      return;
    case 'segment.previous':
      void actions.move(-1);
      return;
  }
}

export function useMenuCommands(): void {
  const appStore = useAppStore();
  useEffect(() => onEvent('menu.command', ({ command, path }) => runMenuCommand(appStore, command, path)), [appStore]);
}
