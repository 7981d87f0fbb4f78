import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { dirname, extname, join } from 'node:path';
import type { HostPorts } from '../services/handlers.js';
import { GLOSSARY_FORMAT_MODULES } from '../core/glossary/formats/index.js';
import { IMPORT_FILTERS } from './import-filters.js';

const PROJECT_FILTER = { name: 'Mizan project', extensions: ['mizan'] };

/** Native file dialogs, modal to the window; each returns a path or null when cancelled. */
export function createDialogPorts(getWindow: () => BrowserWindow | null): Omit<HostPorts, 'closeReady' | 'closeHeld' | 'emit'> {
  let lastDir: string | null = null;
  const startDir = () => lastDir ?? app.getPath('documents');
  const remember = (path: string | null) => {
    if (path) lastDir = dirname(path);
    return path;
  };

  const open = async (options: OpenDialogOptions) => {
    const win = getWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return remember(result.canceled ? null : (result.filePaths[0] ?? null));
  };
  const save = async (options: SaveDialogOptions) => {
    const win = getWindow();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return remember(result.canceled || !result.filePath ? null : result.filePath);
  };

  return {
    openProjectDialog: () =>
      open({ title: 'Open Project', defaultPath: startDir(), filters: [PROJECT_FILTER], properties: ['openFile'] }),
    newProjectDialog: async () => {
      const path = await save({
        title: 'New Project',
        defaultPath: join(startDir(), 'Untitled.mizan'),
        filters: [PROJECT_FILTER],
        // No overwrite prompt where it is optional: project.new refuses an existing file anyway.
        properties: ['createDirectory'],
      });
      // Linux dialogs do not add the extension from the filter.
      return path && extname(path).toLowerCase() !== '.mizan' ? `${path}.mizan` : path;
    },
    importTextDialog: () =>
      open({ title: 'Import Text', defaultPath: startDir(), filters: [...IMPORT_FILTERS], properties: ['openFile'] }),
    importGlossaryDialog: () =>
      open({
        title: 'Import Glossary',
        defaultPath: startDir(),
        filters: [
          { name: 'Glossaries (TBX, tab-separated, CSV)', extensions: [...new Set(GLOSSARY_FORMAT_MODULES.flatMap((m) => m.extensions))] },
          { name: 'All files', extensions: ['*'] },
        ],
        properties: ['openFile'],
      }),
    exportFileDialog: async (defaultName, extension) => {
      const path = await save({
        title: 'Export',
        defaultPath: join(startDir(), defaultName),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return path && extname(path).toLowerCase() !== `.${extension}` ? `${path}.${extension}` : path;
    },
  };
}
