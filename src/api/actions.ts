import { fuzzyMatch, type FuzzyMatch } from '../core/text/fuzzy-match.js';

// The one list of the app's actions: what each is called, where it sits in the menu and which key runs it.
// Main builds the native menu from it and the renderer its keyboard map, toolbar tooltips and command
// palette; what an action *does* (and when it may) lives in the renderer, keyed by these ids.

/** A key combination in a form the window handler, Monaco's keybindings and Electron's menu can all use. */
export interface KeyChord {
  /** Ctrl, or Cmd on macOS. */
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
  /** KeyboardEvent.code: 'Enter', 'ArrowUp', 'KeyJ', 'Insert', … */
  readonly code: string;
}

export const MENU_GROUPS = ['file', 'edit', 'view', 'segment', 'alignment', 'review', 'annotate'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export interface ActionDescriptor {
  readonly id: string;
  /** Menu and palette title (Title Case, "…" when a dialog follows). */
  readonly label: string;
  /** One sentence for tooltips and the palette row. */
  readonly description: string;
  /** Where the native menu shows it; sections of a group are separated by a line. */
  readonly menu: { readonly group: MenuGroup; readonly section: number };
  readonly keys?: KeyChord;
  /**
   * False: while the English editor has the focus the editor keeps the key (Ctrl+Z is text undo
   * there). Every other key also works while typing.
   */
  readonly inEditor?: boolean;
  /** Main only knows whether a project is open: the menu greys these out without one. */
  readonly needsProject: boolean;
}

export const ACTIONS = [
  // File
  { id: 'project.new', label: 'New Project…', description: 'Create a new project file', menu: { group: 'file', section: 0 }, keys: { ctrl: true, code: 'KeyN' }, needsProject: false },
  { id: 'project.open', label: 'Open Project…', description: 'Open a project file', menu: { group: 'file', section: 0 }, keys: { ctrl: true, code: 'KeyO' }, needsProject: false },
  { id: 'project.openSample', label: 'Open Sample Project', description: 'Open a sample project of real Arabic–English news to try things on', menu: { group: 'file', section: 0 }, needsProject: false },
  { id: 'document.import', label: 'Import Text…', description: 'Import an Arabic text, or a bilingual file (TMX, XLIFF, TSV, CSV, JSONL), as a new document', menu: { group: 'file', section: 1 }, needsProject: true },
  { id: 'document.importTranslation', label: 'Import Translation…', description: 'Import an English translation and align it to the open document', menu: { group: 'file', section: 1 }, needsProject: true },
  { id: 'export', label: 'Export…', description: 'Export the document (TMX, XLIFF, TSV, CSV, JSONL, HTML, DOCX…)', menu: { group: 'file', section: 1 }, needsProject: true },
  { id: 'project.close', label: 'Close Project', description: 'Save and close the project', menu: { group: 'file', section: 2 }, needsProject: true },
  // Edit: the app-wide undo of changes; while typing in the editor, Ctrl+Z undoes typing instead.
  { id: 'edit.undo', label: 'Undo Last Change', description: 'Undo the last change (outside the editor, where Ctrl+Z undoes typing)', menu: { group: 'edit', section: 0 }, keys: { ctrl: true, code: 'KeyZ' }, inEditor: false, needsProject: true },
  { id: 'edit.redo', label: 'Redo Last Change', description: 'Redo the change last undone', menu: { group: 'edit', section: 0 }, keys: { ctrl: true, shift: true, code: 'KeyZ' }, inEditor: false, needsProject: true },
  // View
  { id: 'palette.open', label: 'Command Palette…', description: 'Find any action by typing part of its name, and run it', menu: { group: 'view', section: 0 }, keys: { ctrl: true, shift: true, code: 'KeyP' }, needsProject: false },
  { id: 'concordance.search', label: 'Concordance', description: 'Every occurrence of the selected Arabic words (or of words you type) in the project, with their likely English', menu: { group: 'view', section: 1 }, keys: { ctrl: true, code: 'KeyK' }, needsProject: true },
  { id: 'spelling.dictionary', label: 'Project Dictionary', description: 'The words the English spell-check accepts in this project: those you added (removable) and the names it learned', menu: { group: 'view', section: 1 }, needsProject: true },
  // Segment
  { id: 'segment.confirm', label: 'Confirm and Next', description: 'Confirm and go to the next open segment', menu: { group: 'segment', section: 0 }, keys: { ctrl: true, code: 'Enter' }, needsProject: true },
  { id: 'segment.next', label: 'Next Segment', description: 'Go to the next segment', menu: { group: 'segment', section: 0 }, keys: { ctrl: true, code: 'ArrowDown' }, needsProject: true },
  { id: 'segment.previous', label: 'Previous Segment', description: 'Go to the previous segment', menu: { group: 'segment', section: 0 }, keys: { ctrl: true, code: 'ArrowUp' }, needsProject: true },
  { id: 'segment.goTo', label: 'Go to Segment…', description: 'Go to a segment by its number (clears a filter that hides it)', menu: { group: 'segment', section: 0 }, keys: { ctrl: true, code: 'KeyG' }, needsProject: true },
  { id: 'search.open', label: 'Search and Replace…', description: 'Search the document, and replace', menu: { group: 'segment', section: 0 }, keys: { ctrl: true, shift: true, code: 'KeyF' }, needsProject: true },
  { id: 'segment.history', label: 'History…', description: 'History of this segment: every change as a diff, restore an older version', menu: { group: 'segment', section: 1 }, keys: { alt: true, code: 'KeyH' }, needsProject: true },
  { id: 'segment.fixSource', label: 'Fix Arabic…', description: 'Correct a typo in the Arabic source of this segment', menu: { group: 'segment', section: 1 }, needsProject: true },
  // Translation memory: Ctrl+1…3 replace the English with match n, Ctrl+Shift+1…3 insert it at the cursor.
  { id: 'tm.showMatches', label: 'Translation Memory Matches', description: 'Show the fuzzy matches of this segment from the project and its translation memories', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'KeyT' }, needsProject: true },
  { id: 'tm.useFirstMatch', label: 'Use Match 1', description: 'Replace the English with the best match (numbers and names adapted)', menu: { group: 'segment', section: 2 }, keys: { ctrl: true, code: 'Digit1' }, needsProject: true },
  { id: 'tm.useSecondMatch', label: 'Use Match 2', description: 'Replace the English with the second match', menu: { group: 'segment', section: 2 }, keys: { ctrl: true, code: 'Digit2' }, needsProject: true },
  { id: 'tm.useThirdMatch', label: 'Use Match 3', description: 'Replace the English with the third match', menu: { group: 'segment', section: 2 }, keys: { ctrl: true, code: 'Digit3' }, needsProject: true },
  { id: 'tm.insertFirstMatch', label: 'Insert Match 1 at Cursor', description: 'Insert the best match at the cursor in the English', menu: { group: 'segment', section: 2 }, keys: { ctrl: true, shift: true, code: 'Digit1' }, needsProject: true },
  { id: 'tm.insertSecondMatch', label: 'Insert Match 2 at Cursor', description: 'Insert the second match at the cursor in the English', menu: { group: 'segment', section: 2 }, keys: { ctrl: true, shift: true, code: 'Digit2' }, needsProject: true },
  { id: 'tm.insertThirdMatch', label: 'Insert Match 3 at Cursor', description: 'Insert the third match at the cursor in the English', menu: { group: 'segment', section: 2 }, keys: { ctrl: true, shift: true, code: 'Digit3' }, needsProject: true },
  { id: 'tm.pretranslate', label: 'Pre-translate Document', description: 'Fill the empty segments of this document from matches of 75 % or more, as Draft (one undo step)', menu: { group: 'segment', section: 2 }, needsProject: true },
  { id: 'tm.dialog', label: 'Translation Memory…', description: 'Attached TMX memories, the user TM, repetitions, pre-translate and TMX export', menu: { group: 'segment', section: 2 }, needsProject: true },
  { id: 'tm.attach', label: 'Attach Translation Memory…', description: 'Attach a TMX file to this project as a read-only translation memory', menu: { group: 'segment', section: 2 }, needsProject: true },
  // Alignment
  { id: 'alignment.mergeNext', label: 'Merge with Next', description: 'Merge with the next segment', menu: { group: 'alignment', section: 0 }, keys: { alt: true, code: 'KeyJ' }, needsProject: true },
  { id: 'alignment.mergePrevious', label: 'Merge with Previous', description: 'Merge with the previous segment', menu: { group: 'alignment', section: 0 }, keys: { alt: true, shift: true, code: 'KeyJ' }, needsProject: true },
  { id: 'alignment.split', label: 'Split at Cursor', description: 'Split the segment at the cursor (English editor, or a click in the Arabic)', menu: { group: 'alignment', section: 0 }, keys: { alt: true, code: 'KeyS' }, needsProject: true },
  { id: 'alignment.splitBoth', label: 'Split Both Sides…', description: 'Choose where to cut the Arabic and the English of this segment, and split both in one step', menu: { group: 'alignment', section: 0 }, keys: { alt: true, shift: true, code: 'KeyS' }, needsProject: true },
  { id: 'alignment.splitSuggested', label: 'Split at Suggested Cut', description: 'Split the Arabic where the English shows a sentence boundary, and the English there', menu: { group: 'alignment', section: 0 }, keys: { alt: true, code: 'KeyK' }, needsProject: true },
  { id: 'alignment.moveFirstTargetToPrevious', label: 'Move First English Sentence to Previous', description: 'Move the first English sentence to the previous segment', menu: { group: 'alignment', section: 1 }, keys: { alt: true, code: 'ArrowUp' }, needsProject: true },
  { id: 'alignment.moveLastTargetToNext', label: 'Move Last English Sentence to Next', description: 'Move the last English sentence to the next segment', menu: { group: 'alignment', section: 1 }, keys: { alt: true, code: 'ArrowDown' }, needsProject: true },
  { id: 'alignment.insertAfter', label: 'Insert Empty Segment', description: 'Insert an empty segment after this one', menu: { group: 'alignment', section: 1 }, keys: { alt: true, code: 'Insert' }, needsProject: true },
  { id: 'alignment.toggleConfirmed', label: 'Confirm Alignment', description: 'Mark the alignment confirmed (or not)', menu: { group: 'alignment', section: 2 }, keys: { alt: true, code: 'KeyC' }, needsProject: true },
  { id: 'alignment.nextLowConfidence', label: 'Next Low-Confidence Segment', description: 'Next low-confidence alignment', menu: { group: 'alignment', section: 2 }, keys: { alt: true, code: 'KeyL' }, needsProject: true },
  { id: 'alignment.realignSelection', label: 'Re-align Selection', description: 'Re-align the selected segments (Shift+click selects)', menu: { group: 'alignment', section: 2 }, keys: { alt: true, code: 'KeyR' }, needsProject: true },
  // Review
  { id: 'review.approveAndNext', label: 'Approve and Next', description: 'Approve this segment and go to the next one waiting for review', menu: { group: 'review', section: 0 }, keys: { ctrl: true, shift: true, code: 'Enter' }, needsProject: true },
  { id: 'review.reject', label: 'Reject…', description: 'Reject the segment, with a reason for the translator', menu: { group: 'review', section: 0 }, keys: { ctrl: true, shift: true, code: 'Backspace' }, needsProject: true },
  { id: 'review.approveSelection', label: 'Approve Selection', description: 'Approve every selected segment in one step (Shift+click a row to select up to it)', menu: { group: 'review', section: 0 }, needsProject: true },
  { id: 'qa.run', label: 'Run QA', description: 'Check the whole document (numbers, negation, attribution, terms, form…) and list the findings in the QA panel', menu: { group: 'review', section: 1 }, keys: { alt: true, code: 'KeyQ' }, needsProject: true },
  { id: 'qa.togglePanel', label: 'QA Panel', description: 'Show or hide the QA findings of this document', menu: { group: 'review', section: 1 }, needsProject: true },
  { id: 'qa.profile', label: 'QA Profile…', description: 'Choose which quality checks run in this project, and how severe each one is', menu: { group: 'review', section: 1 }, needsProject: true },
  { id: 'qa.exportReport', label: 'Export QA Report…', description: 'Write the QA report of this document (counts per check, every finding) as HTML or CSV', menu: { group: 'review', section: 1 }, needsProject: true },
  { id: 'comments.toggle', label: 'Comments Panel', description: 'Show or hide the review comment threads of this segment and of the document', menu: { group: 'review', section: 1 }, keys: { alt: true, code: 'KeyM' }, needsProject: true },
  // Annotate
  { id: 'annotation.annotateSelection', label: 'Annotate Selection…', description: 'Annotate the selected text (speaker, cue, content, stance, claim)', menu: { group: 'annotate', section: 0 }, keys: { alt: true, code: 'KeyA' }, needsProject: true },
  { id: 'annotation.annotateSegment', label: 'Annotate Whole Segment…', description: 'Annotate the whole segment (stance, claim)', menu: { group: 'annotate', section: 0 }, keys: { alt: true, shift: true, code: 'KeyA' }, needsProject: true },
  { id: 'annotation.togglePanel', label: 'Annotations Panel', description: 'Show or hide the annotations of this segment and of the document', menu: { group: 'annotate', section: 1 }, keys: { alt: true, code: 'KeyN' }, needsProject: true },
  { id: 'annotation.speakers', label: 'Speakers…', description: 'The speaker registry: names in both languages, merge, activity', menu: { group: 'annotate', section: 1 }, needsProject: true },
  { id: 'annotation.scheme', label: 'Annotation Scheme…', description: "Layers, labels, attributes and colours of this project's annotation scheme", menu: { group: 'annotate', section: 1 }, needsProject: true },
  // Glossary
  { id: 'glossary.togglePanel', label: 'Glossary Terms', description: 'Show or hide the glossary terms of this segment (the aids panel)', menu: { group: 'annotate', section: 2 }, keys: { alt: true, code: 'KeyG' }, needsProject: true },
  { id: 'glossary.addTerm', label: 'Add Term…', description: 'Add the selected Arabic and the selected English to the glossary in one step', menu: { group: 'annotate', section: 2 }, keys: { ctrl: true, shift: true, code: 'KeyT' }, needsProject: true },
  { id: 'glossary.open', label: 'Glossary…', description: 'Browse, edit, import (TBX, tab-separated, CSV) and export the project glossary', menu: { group: 'annotate', section: 2 }, needsProject: true },
  { id: 'glossary.insertFirst', label: 'Insert Glossary Term 1', description: 'Insert the English of the first glossary term of this segment at the cursor', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'Digit1' }, needsProject: true },
  { id: 'glossary.insertSecond', label: 'Insert Glossary Term 2', description: 'Insert the English of the second glossary term of this segment at the cursor', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'Digit2' }, needsProject: true },
  { id: 'glossary.insertThird', label: 'Insert Glossary Term 3', description: 'Insert the English of the third glossary term of this segment at the cursor', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'Digit3' }, needsProject: true },
  { id: 'glossary.insertFourth', label: 'Insert Glossary Term 4', description: 'Insert the English of the fourth glossary term of this segment at the cursor', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'Digit4' }, needsProject: true },
  { id: 'glossary.insertFifth', label: 'Insert Glossary Term 5', description: 'Insert the English of the fifth glossary term of this segment at the cursor', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'Digit5' }, needsProject: true },
  { id: 'glossary.insertSixth', label: 'Insert Glossary Term 6', description: 'Insert the English of the sixth glossary term of this segment at the cursor', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'Digit6' }, needsProject: true },
  { id: 'glossary.insertSeventh', label: 'Insert Glossary Term 7', description: 'Insert the English of the seventh glossary term of this segment at the cursor', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'Digit7' }, needsProject: true },
  { id: 'glossary.insertEighth', label: 'Insert Glossary Term 8', description: 'Insert the English of the eighth glossary term of this segment at the cursor', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'Digit8' }, needsProject: true },
  { id: 'glossary.insertNinth', label: 'Insert Glossary Term 9', description: 'Insert the English of the ninth glossary term of this segment at the cursor', menu: { group: 'segment', section: 2 }, keys: { alt: true, code: 'Digit9' }, needsProject: true },
] as const satisfies readonly ActionDescriptor[];

export type ActionId = (typeof ACTIONS)[number]['id'];

/** The same list, each entry seen as a plain descriptor (optional fields readable on every entry). */
export const ACTION_LIST: readonly (ActionDescriptor & { readonly id: ActionId })[] = ACTIONS;

export const ACTION_IDS: readonly ActionId[] = ACTIONS.map((a) => a.id);

const BY_ID = new Map<string, ActionDescriptor>(ACTIONS.map((a) => [a.id, a]));

export function actionById(id: ActionId): ActionDescriptor {
  const action = BY_ID.get(id);
  if (!action) throw new Error(`Unknown action ${id}`);
  return action;
}

export function isActionId(value: string): value is ActionId {
  return BY_ID.has(value);
}

const KEY_NAMES: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓' };
// Electron's accelerator names where they differ from KeyboardEvent.code.
const ACCELERATOR_KEYS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down' };

const keyName = (code: string) => code.replace(/^Key/, '').replace(/^Digit/, '');

/** "Ctrl+Shift+P": how a chord is written in tooltips and the palette. */
export function chordLabel(chord: KeyChord): string {
  const key = KEY_NAMES[chord.code] ?? keyName(chord.code);
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** "CmdOrCtrl+Shift+P": the chord as an Electron menu accelerator. */
export function chordAccelerator(chord: KeyChord): string {
  const key = ACCELERATOR_KEYS[chord.code] ?? keyName(chord.code);
  return [chord.ctrl && 'CmdOrCtrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** A chord as one comparable string, so two actions on the same key can be found. */
export const chordKey = (chord: KeyChord): string => chordAccelerator(chord);

/** The action a key press runs, if any (Cmd counts as Ctrl). */
export function actionForKey(e: { code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): ActionDescriptor | undefined {
  const ctrl = e.ctrlKey || e.metaKey;
  return ACTION_LIST.find((a) => a.keys && a.keys.code === e.code && !!a.keys.ctrl === ctrl && !!a.keys.shift === e.shiftKey && !!a.keys.alt === e.altKey);
}

/** "Merge with the next segment (Alt+J)": an action's tooltip. */
export function actionTooltip(id: ActionId): string {
  const action = actionById(id);
  return action.keys ? `${action.description} (${chordLabel(action.keys)})` : action.description;
}

export interface ActionHit {
  action: ActionDescriptor & { id: ActionId };
  match: FuzzyMatch;
}

/** The palette's rows for what is typed: matching labels, best first; all actions, in list order, for nothing typed. */
export function searchActions(query: string): ActionHit[] {
  const hits: ActionHit[] = [];
  for (const action of ACTION_LIST) {
    const match = fuzzyMatch(query, action.label);
    if (match) hits.push({ action, match });
  }
  // Array.prototype.sort is stable: equal scores keep the list's order.
  return hits.sort((a, b) => b.match.score - a.match.score);
}
