import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentProject } from '../api/contract.js';

export interface MenuState {
  platform: NodeJS.Platform;
  isDev: boolean;
  hasProject: boolean;
  recent: readonly RecentProject[];
}

export interface MenuActions {
  /** Sends 'menu.command' to the page, which owns the flow (dialogs, saving first, errors). */
  command(command: MenuCommand, path?: string): void;
  openSample(): void;
}

/** Labels treat '&' as a mnemonic marker on Windows and Linux. */
const literal = (text: string) => text.replace(/&/g, '&&');

/**
 * The native menu. Keys the page handles itself (Monaco's Ctrl+Enter, Ctrl+Up/Down, and text
 * editing) are only displayed (`registerAccelerator: false`): a registered accelerator would take
 * the key away from the editor.
 */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.command(command);
  const needsProject = { enabled: state.hasProject };
  const pageKey = (accelerator: string) => ({ accelerator, registerAccelerator: false });
  // macOS routes key equivalents through the page first; elsewhere leave editing keys to Chromium/Monaco.
  const editKeys = isMac ? {} : { registerAccelerator: false };

  const recent: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((r) => ({
        label: literal(`${r.title} — ${r.path}`),
        enabled: r.exists,
        click: () => actions.command('project.open', r.path),
      }))
    : [{ label: 'No Recent Projects', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: send('project.new') },
      { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: send('project.open') },
      { label: 'Open Recent', submenu: recent },
      { label: 'Open Sample Project', click: () => actions.openSample() },
      { type: 'separator' },
      { label: 'Import Text…', ...needsProject, click: send('document.import') },
      { label: 'Import Translation…', ...needsProject, click: send('document.importTranslation') },
      { label: 'Export…', ...needsProject, click: send('export') },
      { type: 'separator' },
      { label: 'Close Project', ...needsProject, click: send('project.close') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo', ...editKeys },
      { role: 'redo', ...editKeys },
      { type: 'separator' },
      { role: 'cut', ...editKeys },
      { role: 'copy', ...editKeys },
      { role: 'paste', ...editKeys },
      { role: 'selectAll', ...editKeys },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(state.isDev ? [{ role: 'reload' } as const, { role: 'forceReload' } as const] : []),
      { role: 'toggleDevTools' },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const segment: MenuItemConstructorOptions = {
    label: '&Segment',
    submenu: [
      { label: 'Confirm and Next', ...needsProject, ...pageKey('CmdOrCtrl+Enter'), click: send('segment.confirm') },
      { label: 'Next Segment', ...needsProject, ...pageKey('CmdOrCtrl+Down'), click: send('segment.next') },
      { label: 'Previous Segment', ...needsProject, ...pageKey('CmdOrCtrl+Up'), click: send('segment.previous') },
      { label: 'Search and Replace…', ...needsProject, ...pageKey('CmdOrCtrl+Shift+F'), click: send('search.open') },
      { type: 'separator' },
      { label: 'History…', ...needsProject, ...pageKey('Alt+H'), click: send('segment.history') },
      { label: 'Fix Arabic…', ...needsProject, click: send('segment.fixSource') },
    ],
  };

  const alignment: MenuItemConstructorOptions = {
    label: '&Alignment',
    submenu: [
      { label: 'Merge with Next', ...needsProject, ...pageKey('Alt+J'), click: send('alignment.mergeNext') },
      { label: 'Merge with Previous', ...needsProject, ...pageKey('Alt+Shift+J'), click: send('alignment.mergePrevious') },
      { label: 'Split at Cursor', ...needsProject, ...pageKey('Alt+S'), click: send('alignment.split') },
      { type: 'separator' },
      { label: 'Move First English Sentence to Previous', ...needsProject, ...pageKey('Alt+Up'), click: send('alignment.moveFirstTargetToPrevious') },
      { label: 'Move Last English Sentence to Next', ...needsProject, ...pageKey('Alt+Down'), click: send('alignment.moveLastTargetToNext') },
      { label: 'Insert Empty Segment', ...needsProject, ...pageKey('Alt+Insert'), click: send('alignment.insertAfter') },
      { type: 'separator' },
      { label: 'Confirm Alignment', ...needsProject, ...pageKey('Alt+C'), click: send('alignment.toggleConfirmed') },
      { label: 'Next Low-Confidence Segment', ...needsProject, ...pageKey('Alt+L'), click: send('alignment.nextLowConfidence') },
      { label: 'Re-align Selection', ...needsProject, ...pageKey('Alt+R'), click: send('alignment.realignSelection') },
      { type: 'separator' },
      { label: 'Undo Alignment Edit', ...needsProject, click: send('edit.undo') },
      { label: 'Redo Alignment Edit', ...needsProject, click: send('edit.redo') },
    ],
  };

  const review: MenuItemConstructorOptions = {
    label: '&Review',
    submenu: [
      { label: 'Approve and Next', ...needsProject, ...pageKey('CmdOrCtrl+Shift+Enter'), click: send('review.approveAndNext') },
      { label: 'Reject…', ...needsProject, ...pageKey('CmdOrCtrl+Shift+Backspace'), click: send('review.reject') },
      { label: 'Approve Selection', ...needsProject, click: send('review.approveSelection') },
      { type: 'separator' },
      { label: 'Comments Panel', ...needsProject, ...pageKey('Alt+M'), click: send('comments.toggle') },
    ],
  };

  const annotate: MenuItemConstructorOptions = {
    label: 'A&nnotate',
    submenu: [
      { label: 'Annotate Selection…', ...needsProject, ...pageKey('Alt+A'), click: send('annotation.annotateSelection') },
      { label: 'Annotate Whole Segment…', ...needsProject, ...pageKey('Alt+Shift+A'), click: send('annotation.annotateSegment') },
      { type: 'separator' },
      { label: 'Annotations Panel', ...needsProject, ...pageKey('Alt+N'), click: send('annotation.togglePanel') },
      { label: 'Speakers…', ...needsProject, click: send('annotation.speakers') },
      { label: 'Annotation Scheme…', ...needsProject, click: send('annotation.scheme') },
    ],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    segment,
    alignment,
    review,
    annotate,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
  ];
}
