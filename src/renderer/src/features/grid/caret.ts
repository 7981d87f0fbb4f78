/**
 * Where the user clicked or selected inside an element, as a UTF-16 offset into its text, or null
 * when the selection is elsewhere. Works across highlight elements inside the text.
 */
export function caretOffsetIn(element: Element): number | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}
