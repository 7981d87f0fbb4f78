import type { MenuCommand } from '../../../../api/contract';

/** A key combination in a form both the window handler and Monaco's keybindings can use. */
export interface KeyChord {
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** KeyboardEvent.code: 'Enter', 'ArrowUp', 'KeyJ', 'Insert', … */
  code: string;
}

export interface KeyCommand {
  command: MenuCommand;
  label: string;
  chord: KeyChord;
  /** Also handled while typing in the English editor (else the editor keeps the key). */
  inEditor: boolean;
}

/** Every keyboard command of the grid, in one registry: the editor, the window and the help read it. */
export const KEY_COMMANDS: readonly KeyCommand[] = [
  { command: 'segment.confirm', label: 'Confirm and go to the next open segment', chord: { ctrl: true, code: 'Enter' }, inEditor: true },
  { command: 'segment.next', label: 'Next segment', chord: { ctrl: true, code: 'ArrowDown' }, inEditor: true },
  { command: 'segment.previous', label: 'Previous segment', chord: { ctrl: true, code: 'ArrowUp' }, inEditor: true },
  { command: 'search.open', label: 'Search and replace', chord: { ctrl: true, shift: true, code: 'KeyF' }, inEditor: true },
  { command: 'segment.history', label: 'History of this segment: every change as a diff, restore an older version', chord: { alt: true, code: 'KeyH' }, inEditor: true },
  { command: 'alignment.mergeNext', label: 'Merge with the next segment', chord: { alt: true, code: 'KeyJ' }, inEditor: true },
  { command: 'alignment.mergePrevious', label: 'Merge with the previous segment', chord: { alt: true, shift: true, code: 'KeyJ' }, inEditor: true },
  { command: 'alignment.split', label: 'Split the segment at the cursor (English editor, or a click in the Arabic)', chord: { alt: true, code: 'KeyS' }, inEditor: true },
  { command: 'alignment.moveFirstTargetToPrevious', label: 'Move the first English sentence to the previous segment', chord: { alt: true, code: 'ArrowUp' }, inEditor: true },
  { command: 'alignment.moveLastTargetToNext', label: 'Move the last English sentence to the next segment', chord: { alt: true, code: 'ArrowDown' }, inEditor: true },
  { command: 'alignment.insertAfter', label: 'Insert an empty segment after this one', chord: { alt: true, code: 'Insert' }, inEditor: true },
  { command: 'alignment.toggleConfirmed', label: 'Mark the alignment confirmed (or not)', chord: { alt: true, code: 'KeyC' }, inEditor: true },
  { command: 'alignment.nextLowConfidence', label: 'Next low-confidence alignment', chord: { alt: true, code: 'KeyL' }, inEditor: true },
  { command: 'alignment.realignSelection', label: 'Re-align the selected segments (Shift+click selects)', chord: { alt: true, code: 'KeyR' }, inEditor: true },
  { command: 'review.approveAndNext', label: 'Approve and go to the next segment waiting for review', chord: { ctrl: true, shift: true, code: 'Enter' }, inEditor: true },
  { command: 'review.reject', label: 'Reject the segment, with a reason', chord: { ctrl: true, shift: true, code: 'Backspace' }, inEditor: true },
  { command: 'annotation.annotateSelection', label: 'Annotate the selected text (speaker, cue, content, stance, claim)', chord: { alt: true, code: 'KeyA' }, inEditor: true },
  { command: 'annotation.annotateSegment', label: 'Annotate the whole segment (stance, claim)', chord: { alt: true, shift: true, code: 'KeyA' }, inEditor: true },
  { command: 'annotation.togglePanel', label: 'Show or hide the annotations panel', chord: { alt: true, code: 'KeyN' }, inEditor: true },
  { command: 'comments.toggle', label: 'Show or hide the review comments panel', chord: { alt: true, code: 'KeyM' }, inEditor: true },
  // In the editor Ctrl+Z is text undo; outside it, it undoes the last alignment edit.
  { command: 'edit.undo', label: 'Undo the last alignment edit', chord: { ctrl: true, code: 'KeyZ' }, inEditor: false },
  { command: 'edit.redo', label: 'Redo', chord: { ctrl: true, shift: true, code: 'KeyZ' }, inEditor: false },
];

export function matchKeyCommand(e: KeyboardEvent): KeyCommand | undefined {
  const ctrl = e.ctrlKey || e.metaKey;
  return KEY_COMMANDS.find((k) => k.chord.code === e.code && !!k.chord.ctrl === ctrl && !!k.chord.shift === e.shiftKey && !!k.chord.alt === e.altKey);
}

const KEY_NAMES: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', Enter: 'Enter', Insert: 'Insert' };

/** " (Ctrl+…)": the key of a command, for a button's tooltip; empty when it has none. */
export function commandKeyHint(command: MenuCommand): string {
  const key = KEY_COMMANDS.find((k) => k.command === command);
  return key ? ` (${chordLabel(key.chord)})` : '';
}

export function chordLabel(chord: KeyChord): string {
  const key = KEY_NAMES[chord.code] ?? chord.code.replace(/^Key/, '');
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}
