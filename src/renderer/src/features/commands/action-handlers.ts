import type { ActionId } from '../../../../api/actions';
import { showAid, toggleAid } from '../aids/aids-store';
import { currentSelection, domSelection } from '../annotations/text-selection';
import { openConcordance } from '../concordance/concordance-store';
import { DICTIONARY_AID } from '../spelling/dictionary-panel';
import { GLOSSARY_AID } from '../glossary/glossary-aid';
import { insertableTerms, knownTerms } from '../glossary/term-store';
import { activeEditor } from '../editor/active-editor';
import { caretOffsetIn } from '../grid/caret';
import { openPalette } from '../palette/palette-store';
import type { CommandTarget } from './command-target';
import { applyMatch, attachMemory, fillRepetitions, matchUnavailable, pretranslateDocument, showMatches } from '../tm/tm-actions';

/**
 * What an action does, and when it may. `when` reads the stores' state (never the DOM) and returns
 * why the action cannot run now, or null when it can: the palette shows the reason, toolbars grey out.
 */
export interface ActionHandler {
  when?(target: CommandTarget): string | null;
  /** `path`: a file the menu already chose (Open Recent, the sample's copy, a second instance's file). */
  run(target: CommandTarget, path?: string): void;
}

// Preconditions, from state.
const needsProject = ({ app }: CommandTarget) => (app.store.get().project ? null : 'Open or create a project first.');
const needsDocument = (target: CommandTarget) =>
  needsProject(target) ?? (target.app.store.get().documentId !== null ? null : 'Open a document first (the list on the left).');
const needsSegment = (target: CommandTarget) =>
  needsDocument(target) ?? (target.app.store.get().activeIndex !== null ? null : 'Click a segment first.');

const isSaving = ({ app }: CommandTarget) => app.store.get().save === 'pending' || app.store.get().save === 'saving';

function activeSegment({ app }: CommandTarget) {
  const index = app.store.get().activeIndex;
  return index === null ? undefined : app.actions.segmentAt(index);
}

/** Alt+n: the n-th term's preferred English at the English editor's cursor (the panel numbers them the same). */
function insertTerm(n: number): ActionHandler {
  return {
    when: needsSegment,
    run: (target) => {
      const segment = activeSegment(target);
      if (!segment) return;
      const pick = insertableTerms(knownTerms(segment.id, segment.source))[n - 1];
      if (!pick) {
        target.app.actions.notify(`This segment has no glossary term ${n} (the Glossary panel, Alt+G, lists them).`);
        return;
      }
      activeEditor()?.insertAtCursor(pick.english);
    },
  };
}

/** Ctrl+Shift+T: the Arabic selected in the pane and the English selected in the editor, prefilled. */
function addTermFromSelection(target: CommandTarget): void {
  const picked = domSelection();
  const source = picked?.side === 'source' ? (picked.text ?? '') : '';
  target.app.actions.openAddTerm({ source, target: activeEditor()?.selectedText().trim() ?? '' });
}

/** Offers the layers for what is selected (Alt+A), or says how to select. */
function annotateSelection(target: CommandTarget): void {
  const segment = activeSegment(target);
  const pending = currentSelection(segment?.id ?? null, segment ? segment.target : null);
  if (pending) target.annotations.actions.offer(pending);
  else target.app.actions.notify('To annotate, select words in the Arabic or the English text first, then press Alt+A (Alt+Shift+A annotates the whole segment).');
}

function annotateSegment(target: CommandTarget): void {
  const segment = activeSegment(target);
  if (!segment) return;
  // Only to place the popover next to the row.
  const row = document.querySelector('.segment-row.active .col-gutter')?.getBoundingClientRect();
  target.annotations.actions.offer({ segmentId: segment.id, side: 'segment', start: null, end: null, text: null, anchor: { x: (row?.left ?? 0) + 40, y: row?.bottom ?? 80 } });
}

/** Split where the user is: the English editor's cursor, or a click/selection in the active Arabic text. */
function splitAtCursor({ app }: CommandTarget): void {
  const editor = activeEditor();
  if (editor?.hasFocus()) {
    void app.actions.split('target', editor.cursorOffset());
    return;
  }
  const arabic = document.querySelector('.segment-row.active .source-text');
  const offset = arabic ? caretOffsetIn(arabic) : null;
  if (offset !== null) void app.actions.split('source', offset);
  else app.actions.notify('To split, put the cursor in the English editor, or click in the Arabic text where it should be cut, then press Alt+S.');
}

/** Ctrl+K: the concordance of the Arabic words selected in a row, or its search field when none are. */
function concordance({ annotations }: CommandTarget): void {
  const selection = domSelection();
  // Selecting words offers the annotation layers; Ctrl+K says the selection was for the concordance.
  if (annotations.store.get().pending) annotations.actions.offer(null);
  openConcordance(selection?.side === 'source' ? selection.text : null);
}

function selectedCount({ app }: CommandTarget): number {
  const { activeIndex, selectionEnd } = app.store.get();
  return activeIndex === null ? 0 : selectionEnd === null ? 1 : Math.abs(selectionEnd - activeIndex) + 1;
}

/** Every registered action's behaviour: a missing id is a compile error. */
export const ACTION_HANDLERS: { readonly [Id in ActionId]: ActionHandler } = {
  'project.new': { run: ({ app }) => void app.actions.newProject(false) },
  'project.open': { run: ({ app }, path) => void app.actions.openProject(path) },
  'project.openSample': {
    // From the menu, main sends the path of the user's copy; from the palette, a new sample project is made.
    run: ({ app }, path) => void (path ? app.actions.openProject(path) : app.actions.newProject(true)),
  },
  'project.close': { when: needsProject, run: ({ app }) => void app.actions.closeProject() },
  'document.import': { when: needsProject, run: ({ app }) => void app.actions.importFile() },
  'document.importTranslation': { when: needsDocument, run: ({ app }) => void app.actions.importTranslation() },
  export: { when: needsDocument, run: ({ app }) => app.actions.openExport() },
  'edit.undo': {
    // Typing not yet saved is undoable too: undo saves it first.
    when: (t) => needsProject(t) ?? (t.app.store.get().history?.canUndo || isSaving(t) ? null : 'Nothing to undo.'),
    run: ({ app }) => void app.actions.undo(),
  },
  'edit.redo': {
    when: (t) => needsProject(t) ?? (t.app.store.get().history?.canRedo ? null : 'Nothing to redo.'),
    run: ({ app }) => void app.actions.redo(),
  },
  'palette.open': { run: () => openPalette() },
  'concordance.search': { when: needsProject, run: concordance },
  'spelling.dictionary': { when: needsProject, run: () => toggleAid(DICTIONARY_AID) },
  'search.open': { when: needsDocument, run: ({ search }) => search.actions.open() },
  'segment.confirm': {
    when: needsSegment,
    run: (target) => {
      const confirmed = activeSegment(target)?.id;
      void target.app.actions.confirmAndNext().then(() => (confirmed === undefined ? undefined : fillRepetitions(target, confirmed)));
    },
  },
  'tm.showMatches': { when: needsProject, run: () => showMatches() },
  'tm.useFirstMatch': { when: (t) => needsSegment(t) ?? matchUnavailable(t, 1), run: (t) => applyMatch(t, 1, 'replace') },
  'tm.useSecondMatch': { when: (t) => needsSegment(t) ?? matchUnavailable(t, 2), run: (t) => applyMatch(t, 2, 'replace') },
  'tm.useThirdMatch': { when: (t) => needsSegment(t) ?? matchUnavailable(t, 3), run: (t) => applyMatch(t, 3, 'replace') },
  'tm.insertFirstMatch': { when: (t) => needsSegment(t) ?? matchUnavailable(t, 1), run: (t) => applyMatch(t, 1, 'insert') },
  'tm.insertSecondMatch': { when: (t) => needsSegment(t) ?? matchUnavailable(t, 2), run: (t) => applyMatch(t, 2, 'insert') },
  'tm.insertThirdMatch': { when: (t) => needsSegment(t) ?? matchUnavailable(t, 3), run: (t) => applyMatch(t, 3, 'insert') },
  'tm.pretranslate': { when: needsDocument, run: (t) => void pretranslateDocument(t) },
  'tm.attach': { when: needsProject, run: (t) => void attachMemory(t) },
  'tm.dialog': { when: needsProject, run: ({ app }) => app.actions.openModal('translationMemory') },
  'segment.next': { when: needsDocument, run: ({ app }) => void app.actions.move(1) },
  'segment.previous': { when: needsDocument, run: ({ app }) => void app.actions.move(-1) },
  'segment.goTo': { when: needsDocument, run: ({ app }) => app.actions.openGoTo() },
  'segment.history': { when: needsSegment, run: ({ app }) => void app.actions.openHistory() },
  'segment.fixSource': { when: needsSegment, run: ({ app }) => app.actions.openFixSource() },
  'alignment.mergeNext': { when: needsSegment, run: ({ app }) => void app.actions.mergeNext() },
  'alignment.mergePrevious': { when: needsSegment, run: ({ app }) => void app.actions.mergePrevious() },
  'alignment.split': { when: needsSegment, run: splitAtCursor },
  'alignment.splitBoth': { when: needsSegment, run: ({ app }) => void app.actions.openSplitBoth() },
  'alignment.splitSuggested': { when: needsSegment, run: ({ app }) => void app.actions.splitSuggested() },
  'alignment.moveFirstTargetToPrevious': { when: needsSegment, run: ({ app }) => void app.actions.moveFirstTargetToPrevious() },
  'alignment.moveLastTargetToNext': { when: needsSegment, run: ({ app }) => void app.actions.moveLastTargetToNext() },
  'alignment.insertAfter': { when: needsSegment, run: ({ app }) => void app.actions.insertAfter() },
  'alignment.toggleConfirmed': { when: needsSegment, run: ({ app }) => void app.actions.toggleAlignConfirmed() },
  'alignment.nextLowConfidence': { when: needsDocument, run: ({ app }) => void app.actions.nextLowConfidence() },
  'alignment.realignSelection': { when: needsSegment, run: ({ app }) => void app.actions.realignSelection() },
  'review.approveAndNext': { when: needsDocument, run: ({ app }) => void app.actions.approveAndNext() },
  'review.reject': { when: needsSegment, run: ({ app }) => app.actions.openReject() },
  'review.approveSelection': {
    when: (t) => needsSegment(t) ?? (selectedCount(t) > 1 ? null : 'Shift+click a row to select from the active row to it first.'),
    run: ({ app }) => void app.actions.setStatusOfSelection('approved'),
  },
  'qa.run': {
    when: needsDocument,
    run: ({ qa }) => {
      showAid('qa');
      void qa.actions.run();
    },
  },
  'qa.togglePanel': { when: needsProject, run: () => toggleAid('qa') },
  'qa.profile': { when: needsProject, run: ({ qa }) => void qa.actions.openProfile() },
  'qa.exportReport': { when: needsDocument, run: ({ qa }) => void qa.actions.exportReport() },
  'comments.toggle': { when: needsProject, run: ({ comments }) => void comments.actions.toggle() },
  'annotation.annotateSelection': { when: needsSegment, run: annotateSelection },
  'annotation.annotateSegment': { when: needsSegment, run: annotateSegment },
  'annotation.togglePanel': { when: needsProject, run: ({ annotations }) => annotations.actions.togglePanel() },
  'annotation.speakers': { when: needsProject, run: ({ annotations }) => annotations.actions.openSpeakers() },
  'annotation.scheme': { when: needsProject, run: ({ annotations }) => annotations.actions.openScheme() },
  'glossary.togglePanel': { when: needsProject, run: () => toggleAid(GLOSSARY_AID) },
  'glossary.addTerm': { when: needsProject, run: addTermFromSelection },
  'glossary.open': { when: needsProject, run: ({ app }) => app.actions.openModal('glossary') },
  'glossary.insertFirst': insertTerm(1),
  'glossary.insertSecond': insertTerm(2),
  'glossary.insertThird': insertTerm(3),
  'glossary.insertFourth': insertTerm(4),
  'glossary.insertFifth': insertTerm(5),
  'glossary.insertSixth': insertTerm(6),
  'glossary.insertSeventh': insertTerm(7),
  'glossary.insertEighth': insertTerm(8),
  'glossary.insertNinth': insertTerm(9),
};
