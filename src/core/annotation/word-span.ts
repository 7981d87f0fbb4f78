// What a person means by a selection they annotate: whole word tokens, without the punctuation
// or spaces a drag easily takes along. Arabic makes this matter twice: a mouse selection lands
// between letters (and a span inside a word cannot be drawn without breaking the joining), and
// Arabic punctuation (، ؛ ؟) sits in the Arabic Unicode block, so a rule that widens over "Arabic
// characters" swallows it («الحكومة،»). A number is one token, so «32» is never cut to «2».

export interface Span {
  start: number;
  end: number;
}

/**
 * A word token: letters, marks and digits, joined inside a word by an apostrophe, a hyphen or a
 * zero-width (non-)joiner, and inside a number by a decimal, thousands, time or date separator
 * (3.5, ٣٫٥, 1,000, 10:30, 7/10/2016).
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:(?<=\p{N})[.,٫٬:/](?=\p{N})|['’\-\u200c\u200d](?=[\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*/gu;

/** Opening quotation marks and the closing mark each is paired with. */
const CLOSING_QUOTE: Readonly<Record<string, string>> = {
  '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»', '‹': '›', '„': '“', '‚': '‘',
};
const CLOSING_MARKS = new Set(Object.values(CLOSING_QUOTE));

/** Punctuation that may stand between a quoted text's last word and its closing mark ("regret,” / disappointing.”). */
const INSIDE_QUOTE_PUNCTUATION = /[.,،؛;:!?؟…]/u;

/** The word tokens of `text`, in order. */
function wordTokens(text: string): Span[] {
  const tokens: Span[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ start: m.index, end: m.index + m[0].length });
  return tokens;
}

/**
 * Snaps a selection [start, end) of `text` to the word tokens it touches, leaving out leading and
 * trailing spaces and punctuation. A selection that takes in a quotation with both its marks keeps
 * them (a quote span shows where the quote starts and ends), with any punctuation inside the
 * closing mark. Returns null when the selection touches no word.
 */
export function snapToWords(text: string, start: number, end: number): Span | null {
  const s = Math.max(0, Math.min(start, end, text.length));
  const e = Math.min(text.length, Math.max(start, end));
  if (e <= s) return null;
  let first: Span | null = null;
  let last: Span | null = null;
  for (const token of wordTokens(text)) {
    if (token.end <= s) continue;
    if (token.start >= e) break;
    first ??= token;
    last = token;
  }
  if (!first || !last) return null;
  return withQuoteMarks(text, { start: first.start, end: last.end }, s, e);
}

/**
 * The words widened to the quotation marks at their edges, when the selection took a mark in and
 * its partner is inside the span too: «"مخيب للامال"», «its “regret,”». A lone mark is left out.
 */
function withQuoteMarks(text: string, core: Span, selStart: number, selEnd: number): Span {
  const openAt = core.start - 1 >= selStart && CLOSING_QUOTE[text[core.start - 1]!] ? core.start - 1 : null;
  let j = core.end;
  while (j < selEnd && INSIDE_QUOTE_PUNCTUATION.test(text[j]!)) j++;
  const closeAt = j < selEnd && CLOSING_MARKS.has(text[j]!) ? j : null;
  const closesInside = (open: number, end: number) => {
    const at = text.indexOf(CLOSING_QUOTE[text[open]!]!, open + 1);
    return at !== -1 && at < end;
  };
  const opensInside = (start: number, close: number) => {
    for (let i = start; i < close; i++) if (CLOSING_QUOTE[text[i]!] === text[close]) return true;
    return false;
  };
  // Each mark is kept when its partner lies inside the span; first assuming the other mark is kept.
  let keepOpen = openAt !== null && closesInside(openAt, closeAt !== null ? closeAt + 1 : core.end);
  const keepClose = closeAt !== null && opensInside(keepOpen ? openAt! : core.start, closeAt);
  if (keepOpen && !keepClose) keepOpen = closesInside(openAt!, core.end);
  return { start: keepOpen ? openAt! : core.start, end: keepClose ? closeAt! + 1 : core.end };
}
