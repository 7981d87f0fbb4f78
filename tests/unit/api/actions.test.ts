import { describe, expect, it } from 'vitest';
import { ACTION_LIST as ACTIONS, ACTION_IDS, MENU_GROUPS, actionForKey, actionTooltip, chordAccelerator, chordKey, chordLabel, searchActions } from '../../../src/api/actions.js';
import { MENU_COMMANDS } from '../../../src/api/contract.js';

const press = (code: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  code, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt,
});

describe('the registered actions', () => {
  it('have unique ids, named noun.verb, and are what the menu may send', () => {
    expect(new Set(ACTION_IDS).size).toBe(ACTIONS.length);
    for (const id of ACTION_IDS) expect(id).toMatch(/^[a-z]+(\.[a-z][A-Za-z]*)?$/);
    expect(MENU_COMMANDS).toEqual(ACTION_IDS);
  });

  it('each have a label, a description and a menu group', () => {
    for (const action of ACTIONS) {
      expect(action.label.trim(), action.id).not.toBe('');
      expect(action.description.trim(), action.id).not.toBe('');
      expect(MENU_GROUPS).toContain(action.menu.group);
    }
  });

  it('never share a key', () => {
    const keys = ACTIONS.flatMap((a) => (a.keys ? [chordKey(a.keys)] : []));
    const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(repeated).toEqual([]);
  });

  it('no longer call the app-wide undo an "alignment edit"', () => {
    for (const action of ACTIONS) expect(action.label).not.toMatch(/alignment edit/i);
  });

  it('open the palette with Ctrl+Shift+P', () => {
    expect(actionForKey(press('KeyP', { ctrl: true, shift: true }))?.id).toBe('palette.open');
  });
});

describe('keys', () => {
  it('are found by the exact modifiers, Cmd counting as Ctrl', () => {
    expect(actionForKey(press('KeyJ', { alt: true }))?.id).toBe('alignment.mergeNext');
    expect(actionForKey(press('KeyJ', { alt: true, shift: true }))?.id).toBe('alignment.mergePrevious');
    expect(actionForKey(press('Enter', { meta: true }))?.id).toBe('segment.confirm');
    expect(actionForKey(press('KeyJ'))).toBeUndefined();
    expect(actionForKey(press('KeyJ', { alt: true, ctrl: true }))).toBeUndefined();
  });

  it('are written for people and for Electron', () => {
    expect(chordLabel({ ctrl: true, shift: true, code: 'KeyP' })).toBe('Ctrl+Shift+P');
    expect(chordLabel({ alt: true, code: 'ArrowUp' })).toBe('Alt+↑');
    expect(chordAccelerator({ alt: true, code: 'ArrowUp' })).toBe('Alt+Up');
    expect(chordAccelerator({ ctrl: true, shift: true, code: 'Backspace' })).toBe('CmdOrCtrl+Shift+Backspace');
    expect(chordAccelerator({ alt: true, code: 'Insert' })).toBe('Alt+Insert');
  });

  it('appear in tooltips', () => {
    expect(actionTooltip('alignment.mergeNext')).toBe('Merge with the next segment (Alt+J)');
    expect(actionTooltip('annotation.speakers')).not.toContain('(');
  });
});

describe('searchActions (the palette)', () => {
  it('lists every action in list order when nothing is typed', () => {
    expect(searchActions('').map((h) => h.action.id)).toEqual(ACTION_IDS);
  });

  it('finds "merge" with the two merges first, "Merge with Next" on top', () => {
    const ids = searchActions('merge').map((h) => h.action.id);
    expect(ids.slice(0, 2)).toEqual(['alignment.mergeNext', 'alignment.mergePrevious']);
  });

  it('ranks word starts: "mwp" is Merge with Previous, "mwn" Merge with Next (as the README says)', () => {
    expect(searchActions('mwp')[0]?.action.id).toBe('alignment.mergePrevious');
    expect(searchActions('mwn')[0]?.action.id).toBe('alignment.mergeNext');
  });

  it('finds nothing for letters no label has in that order', () => {
    expect(searchActions('zzqx')).toEqual([]);
  });
});
