/**
 * The height of wrapped text before it is laid out, from its length: `advance` is the font's average
 * character width in px, `line` its line height. Close enough for a scrollbar; measurement corrects it.
 */
export function estimateTextHeight(text: string, width: number, advance: number, line: number): number {
  return wrappedLines(text, width / advance) * line;
}

/** Lines that text takes at `perLine` characters a line, each hard line break starting one. */
export function wrappedLines(text: string, perLine: number): number {
  const width = Math.max(8, Math.floor(perLine));
  let count = 0;
  let start = 0;
  // No split(): this runs for every row of a long list.
  for (;;) {
    const end = text.indexOf('\n', start);
    const length = (end < 0 ? text.length : end) - start;
    count += Math.max(1, Math.ceil(length / width));
    if (end < 0) return count;
    start = end + 1;
  }
}
