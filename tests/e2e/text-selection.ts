import type { Page } from '@playwright/test';

/** Selects `needle` inside a row's text as a mouse drag would, and lets go of the button. */
export async function selectInRow(page: Page, row: number, side: 'source' | 'target', needle: string): Promise<void> {
  await page.evaluate(
    ([row, side, needle]) => {
      const element = document.querySelectorAll('.segment-row')[row as number]!.querySelector(`[data-annotatable="${side}"]`)!;
      const at = element.textContent!.indexOf(needle as string);
      if (at < 0) throw new Error(`"${needle}" is not in row ${row}`);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (at >= seen && at < seen + length) range.setStart(node, at - seen);
        const end = at + (needle as string).length;
        if (end > seen && end <= seen + length) range.setEnd(node, end - seen);
        seen += length;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [row, side, needle] as const,
  );
}
