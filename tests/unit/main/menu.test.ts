import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ACTION_LIST as ACTIONS, chordAccelerator } from '../../../src/api/actions.js';
import { buildMenuTemplate, type MenuState } from '../../../src/main/menu.js';

const state = (patch: Partial<MenuState> = {}): MenuState => ({ platform: 'linux', isDev: false, hasProject: true, recent: [], ...patch });

/** Every item of the template, depth first. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(patch: Partial<MenuState> = {}) {
  const actions = { command: vi.fn(), openSample: vi.fn() };
  const template = buildMenuTemplate(state(patch), actions);
  return { template, actions, items: flatten(template) };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('the menu template built from the registered actions', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('on %s has every action exactly once, with a label', (platform) => {
    const { items } = build({ platform });
    for (const action of ACTIONS) {
      const found = items.filter((i) => i.id === action.id);
      expect(found, action.id).toHaveLength(1);
      expect(found[0]!.label).toBe(action.label);
      expect(action.label.trim()).not.toBe('');
    }
    expect(items.filter((i) => i.id !== undefined)).toHaveLength(ACTIONS.length);
  });

  it('shows each action key as its accelerator, handled by the page, and no two items share one', () => {
    const { items } = build();
    for (const action of ACTIONS) {
      const item = items.find((i) => i.id === action.id)!;
      if (action.keys) {
        expect(item.accelerator).toBe(chordAccelerator(action.keys));
        expect(item.registerAccelerator).toBe(false);
      } else expect(item.accelerator).toBeUndefined();
    }
    const accelerators = items.map((i) => i.accelerator).filter((a) => a !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('greys out the actions that need a project when none is open, and only those', () => {
    const { items } = build({ hasProject: false });
    for (const action of ACTIONS) {
      const item = items.find((i) => i.id === action.id)!;
      expect(item.enabled ?? true, action.id).toBe(!action.needsProject);
    }
  });

  it('sends the action id to the page; the sample is prepared by main first', () => {
    const { items, actions } = build();
    click(items.find((i) => i.id === 'alignment.mergeNext'));
    expect(actions.command).toHaveBeenCalledWith('alignment.mergeNext');
    click(items.find((i) => i.id === 'project.openSample'));
    expect(actions.openSample).toHaveBeenCalledOnce();
    expect(actions.command).toHaveBeenCalledTimes(1);
  });

  it('lists recent projects after Open, opening the chosen path; missing files are greyed out', () => {
    const { items, actions } = build({ recent: [{ path: '/p/a.mizan', title: 'A & B', exists: true, openedAt: 1 }, { path: '/p/gone.mizan', title: 'Gone', exists: false, openedAt: 0 }] });
    const recent = items.find((i) => i.label === 'Open Recent')!;
    const entries = recent.submenu as MenuItemConstructorOptions[];
    expect(entries.map((e) => e.label)).toEqual(['A && B — /p/a.mizan', 'Gone — /p/gone.mizan']);
    expect(entries[1]!.enabled).toBe(false);
    click(entries[0]);
    expect(actions.command).toHaveBeenCalledWith('project.open', '/p/a.mizan');
  });

  it('offers DevTools and reload only in development', () => {
    const roles = (isDev: boolean) => build({ isDev }).items.map((i) => i.role).filter(Boolean);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('never starts or ends a menu with a separator, nor puts two in a row', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      for (const top of build({ platform }).template) {
        if (!Array.isArray(top.submenu)) continue;
        const types = top.submenu.map((i) => i.type ?? 'normal');
        expect(types[0]).not.toBe('separator');
        expect(types.at(-1)).not.toBe('separator');
        expect(types.join(',')).not.toContain('separator,separator');
      }
    }
  });

  it('keeps the text-editing roles on macOS, where they make Cmd+Z work in text fields', () => {
    expect(build({ platform: 'darwin' }).items.map((i) => i.role)).toEqual(expect.arrayContaining(['appMenu', 'undo', 'redo', 'windowMenu']));
    expect(build({ platform: 'linux' }).items.map((i) => i.role)).not.toContain('undo');
    expect(build({ platform: 'linux' }).items.map((i) => i.role)).toContain('quit');
  });
});
