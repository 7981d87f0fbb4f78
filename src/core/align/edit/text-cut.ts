// Cutting and joining segment text. Offsets are UTF-16 code units into the stored text (as spans are).

/** Where a text was cut: the first part is text[0, firstEnd), the second text[secondStart, length). */
export interface TextCut {
  first: string;
  second: string;
  /** End of the first part in the original text (the cut, minus whitespace trimmed before it). */
  firstEnd: number;
  /** The cut offset as given. */
  offset: number;
  /** Start of the second part in the original text (the cut, plus whitespace trimmed after it). */
  secondStart: number;
}

const SPACE = /\s/u;

/**
 * Cuts `text` at `offset` (0..length) and trims the whitespace on both sides of the cut, so
 * "Hello. World" cut at 6 or 7 gives "Hello." and "World". Either part may come out empty;
 * callers that need both non-empty check it (see isProperCut).
 */
export function cutText(text: string, offset: number): TextCut {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`offset ${offset} is outside the text (0..${text.length})`);
  }
  let firstEnd = offset;
  while (firstEnd > 0 && SPACE.test(text[firstEnd - 1]!)) firstEnd--;
  let secondStart = offset;
  while (secondStart < text.length && SPACE.test(text[secondStart]!)) secondStart++;
  return { first: text.slice(0, firstEnd), second: text.slice(secondStart), firstEnd, offset, secondStart };
}

/** A cut that leaves text on both sides (whitespace does not count). */
export function isProperCut(cut: TextCut): boolean {
  return cut.first.trim() !== '' && cut.second.trim() !== '';
}

export interface JoinedText {
  text: string;
  /** Where the second text starts in the joined one: add it to the second text's span offsets. */
  shift: number;
}

/** Joins two texts with a single space when both are non-empty (the first's trailing whitespace is kept as is). */
export function joinTexts(first: string, second: string): JoinedText {
  if (first === '') return { text: second, shift: 0 };
  if (second === '') return { text: first, shift: first.length };
  const separator = SPACE.test(first[first.length - 1]!) || SPACE.test(second[0]!) ? '' : ' ';
  return { text: first + separator + second, shift: first.length + separator.length };
}
