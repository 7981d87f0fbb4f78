import { useEffect, useMemo } from 'react';
import type { MenuCommand } from '../../../../api/contract';
import { onEvent } from '../../api-client';
import type { AnnotationStore } from '../../state/annotation-store';
import type { AppStore } from '../../state/app-store';
import type { CommentStore } from '../../state/comment-store';
import type { SearchStore } from '../../state/search-store';
import { useAnnotationStore, useAppStore, useCommentStore, useSearchStore } from '../../store-context';
import { currentSelection } from '../annotations/text-selection';
import { activeEditor } from '../editor/active-editor';
import { caretOffsetIn } from '../grid/caret';

export interface CommandTarget {
  app: AppStore;
  search: SearchStore;
  annotations: AnnotationStore;
  comments: CommentStore;
}

function activeSegment({ app }: CommandTarget) {
  const index = app.store.get().activeIndex;
  return index === null ? undefined : app.actions.segmentAt(index);
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

/** Every command (native menu, keyboard, buttons) maps to store actions here. */
export function runMenuCommand(target: CommandTarget, command: MenuCommand, path?: string): void {
  const { actions, store } = target.app;
  const hasDocument = store.get().documentId !== null;
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
    case 'document.importTranslation':
      if (hasDocument) void actions.importTranslation();
      return;
    case 'export':
      actions.openExport();
      return;
    case 'search.open':
      if (hasDocument) target.search.actions.open();
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
    case 'segment.history':
      if (hasDocument) void actions.openHistory();
      return;
    case 'segment.fixSource':
      if (hasDocument) actions.openFixSource();
      return;
    case 'alignment.mergeNext':
      void actions.mergeNext();
      return;
    case 'alignment.mergePrevious':
      void actions.mergePrevious();
      return;
    case 'alignment.split':
      splitAtCursor(target);
      return;
    case 'alignment.moveFirstTargetToPrevious':
      void actions.moveFirstTargetToPrevious();
      return;
    case 'alignment.moveLastTargetToNext':
      void actions.moveLastTargetToNext();
      return;
    case 'alignment.insertAfter':
      void actions.insertAfter();
      return;
    case 'alignment.toggleConfirmed':
      void actions.toggleAlignConfirmed();
      return;
    case 'alignment.nextLowConfidence':
      void actions.nextLowConfidence();
      return;
    case 'alignment.realignSelection':
      void actions.realignSelection();
      return;
    case 'edit.undo':
      void actions.undo();
      return;
    case 'edit.redo':
      void actions.redo();
      return;
    case 'review.approveAndNext':
      if (hasDocument) void actions.approveAndNext();
      return;
    case 'review.reject':
      if (hasDocument) actions.openReject();
      return;
    case 'review.approveSelection':
      if (hasDocument) void actions.setStatusOfSelection('approved');
      return;
    case 'annotation.annotateSelection':
      if (hasDocument) annotateSelection(target);
      return;
    case 'annotation.annotateSegment':
      if (hasDocument) annotateSegment(target);
      return;
    case 'annotation.togglePanel':
      if (store.get().project) target.annotations.actions.togglePanel();
      return;
    case 'annotation.speakers':
      if (store.get().project) target.annotations.actions.openSpeakers();
      return;
    case 'annotation.scheme':
      if (store.get().project) target.annotations.actions.openScheme();
      return;
    case 'comments.toggle':
      if (store.get().project) void target.comments.actions.toggle();
      return;
  }
}

export function useMenuCommands(): void {
  const app = useAppStore();
  const search = useSearchStore();
  const annotations = useAnnotationStore();
  const comments = useCommentStore();
  const target = useMemo(() => ({ app, search, annotations, comments }), [app, search, annotations, comments]);
  useEffect(() => onEvent('menu.command', ({ command, path }) => runMenuCommand(target, command, path)), [target]);
}
