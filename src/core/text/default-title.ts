/** Longest default title: enough to tell documents apart in the sidebar, short enough for one line. */
export const DEFAULT_TITLE_CHARS = 60;

/** Spaces, and the invisible marks (bidi controls, BOM) a first line often starts or ends with. */
const INVISIBLE_EDGES = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/**
 * A new document's title from its text: the first line with visible text, trimmed, spaces collapsed,
 * and shortened at a word boundary (with "…") when long. Null when the text has no visible line.
 */
export function titleFromText(text: string, max = DEFAULT_TITLE_CHARS): string | null {
  for (const raw of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
    const line = raw.replace(INVISIBLE_EDGES, '').replace(/\s+/g, ' ');
    if (line === '') continue;
    if (line.length <= max) return line;
    const cut = line.slice(0, max);
    const space = cut.lastIndexOf(' ');
    // A word boundary in the second half of the cut keeps whole words; one long word is cut as is.
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s\p{P}]+$/u, '')}…`;
  }
  return null;
}
