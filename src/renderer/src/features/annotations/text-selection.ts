// Both sides snap to whole word tokens without edge punctuation (core's snapToWords).
import { snapToWords } from '../../../../core/annotation/word-span';
import { toSegmentId } from '../../../../core/ids';
import type { SegmentId } from '../../../../core/model';
import type { PendingSelection } from '../../state/annotation-store';
import { activeEditor } from '../editor/active-editor';

/** The selection inside `element` as UTF-16 offsets into its text, or null when it is elsewhere or empty. */
export function selectionOffsetsIn(element: Element): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const offset = (node: Node, at: number) => {
    const before = document.createRange();
    before.selectNodeContents(element);
    before.setEnd(node, at);
    return before.toString().length;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/**
 * The text selection the user means to annotate: the English editor's selection when it has the
 * keyboard, else a selection in one row's Arabic or (not active) English text.
 */
export function currentSelection(activeSegmentId: SegmentId | null, activeTarget: string | null): PendingSelection | null {
  const editor = activeEditor();
  if (editor?.hasFocus() && activeSegmentId !== null && activeTarget !== null) {
    const picked = editor.selectionOffsets();
    const tidy = picked ? snapToWords(activeTarget, picked.start, picked.end) : null;
    if (!tidy) return null;
    return { segmentId: activeSegmentId, side: 'target', ...tidy, text: activeTarget.slice(tidy.start, tidy.end), anchor: editor.selectionAnchor() };
  }
  return domSelection();
}

/** A selection made with the mouse or keyboard in one row's Arabic, or in a not-active row's English. */
export function domSelection(): PendingSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const node = selection.getRangeAt(0).commonAncestorContainer;
  const element = (node instanceof Element ? node : node.parentElement)?.closest('[data-annotatable]');
  const row = element?.closest<HTMLElement>('[data-segment-id]');
  if (!element || !row) return null;
  const side = element.getAttribute('data-annotatable') === 'source' ? 'source' : 'target';
  const text = element.textContent ?? '';
  const picked = selectionOffsetsIn(element);
  const tidy = picked ? snapToWords(text, picked.start, picked.end) : null;
  if (!tidy) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  return {
    segmentId: toSegmentId(Number(row.dataset.segmentId)), side, ...tidy, text: text.slice(tidy.start, tidy.end),
    anchor: { x: rect.left + rect.width / 2, y: rect.bottom },
  };
}
