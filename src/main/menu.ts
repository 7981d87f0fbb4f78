import type { MenuItemConstructorOptions } from 'electron';
import { ACTION_LIST, chordAccelerator, type ActionDescriptor, type ActionId, type MenuGroup } from '../api/actions.js';
import type { RecentProject } from '../api/contract.js';

export interface MenuState {
  platform: NodeJS.Platform;
  isDev: boolean;
  hasProject: boolean;
  recent: readonly RecentProject[];
}

export interface MenuActions {
  /** Sends 'menu.command' to the page, which owns the flow (dialogs, saving first, errors). */
  command(command: ActionId, path?: string): void;
  openSample(): void;
}

/** Labels treat '&' as a mnemonic marker on Windows and Linux. */
const literal = (text: string) => text.replace(/&/g, '&&');

const GROUP_LABELS: Record<MenuGroup, string> = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  segment: '&Segment',
  alignment: '&Alignment',
  review: '&Review',
  annotate: 'A&nnotate',
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** Joins sections with one separator between non-empty ones. */
function sections(...parts: MenuItemConstructorOptions[][]): MenuItemConstructorOptions[] {
  return parts.filter((p) => p.length > 0).flatMap((p, i) => (i === 0 ? p : [separator, ...p]));
}

/**
 * The native menu, built from the registered actions (src/api/actions.ts). Every action key is
 * handled by the page (its keyboard map and Monaco), so the menu only displays it
 * (`registerAccelerator: false`): a registered accelerator would take the key away from the editor.
 */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';

  const item = (action: ActionDescriptor & { id: ActionId }): MenuItemConstructorOptions => ({
    id: action.id,
    label: action.label,
    ...(action.needsProject ? { enabled: state.hasProject } : {}),
    ...(action.keys ? { accelerator: chordAccelerator(action.keys), registerAccelerator: false } : {}),
    // Main keeps a copy of the sample in the user's folder and sends its path.
    click: action.id === 'project.openSample' ? () => actions.openSample() : () => actions.command(action.id),
  });

  /** The group's actions, section by section, with `extra` items spliced in after a given action. */
  const group = (name: MenuGroup, after: Partial<Record<ActionId, MenuItemConstructorOptions>> = {}): MenuItemConstructorOptions[][] => {
    const bySection = new Map<number, MenuItemConstructorOptions[]>();
    for (const action of ACTION_LIST) {
      if (action.menu.group !== name) continue;
      const list = bySection.get(action.menu.section) ?? [];
      list.push(item(action));
      const extra = after[action.id];
      if (extra) list.push(extra);
      bySection.set(action.menu.section, list);
    }
    return [...bySection.entries()].sort(([a], [b]) => a - b).map(([, list]) => list);
  };

  const recent: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((r) => ({
        label: literal(`${r.title} — ${r.path}`),
        enabled: r.exists,
        click: () => actions.command('project.open', r.path),
      }))
    : [{ label: 'No Recent Projects', enabled: false }];

  const file = sections(...group('file', { 'project.open': { label: 'Open Recent', submenu: recent } }), isMac ? [] : [{ role: 'quit' }]);

  // Text editing: Chromium and Monaco handle these keys themselves; on macOS the menu roles are what
  // make Cmd+Z/X/C/V work in text fields, so there they keep their keys.
  const editKeys = isMac ? {} : { registerAccelerator: false };
  const textEditing: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'undo', label: 'Undo Typing' } as const, { role: 'redo', label: 'Redo Typing' } as const] : []),
    { role: 'cut', ...editKeys },
    { role: 'copy', ...editKeys },
    { role: 'paste', ...editKeys },
    { role: 'selectAll', ...editKeys },
  ];
  const edit = sections(...group('edit'), textEditing);

  const view = sections(
    ...group('view'),
    // DevTools and reloading are for development only: a translator has no use for them.
    state.isDev ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] : [],
    [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
    [{ role: 'togglefullscreen' }],
  );

  const menu = (name: MenuGroup, submenu: MenuItemConstructorOptions[]): MenuItemConstructorOptions => ({ label: GROUP_LABELS[name], submenu });
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    menu('file', file),
    menu('edit', edit),
    menu('view', view),
    menu('segment', sections(...group('segment'))),
    menu('alignment', sections(...group('alignment'))),
    menu('review', sections(...group('review'))),
    menu('annotate', sections(...group('annotate'))),
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
  ];
}
