import { snapToWords, type Span } from '../../../src/core/annotation/word-span.js';

/** True when a stored span's text ends or starts with punctuation other than a quotation it encloses. */
export function hasLoosePunctuation(text: string, span: Span): boolean {
  const snapped = snapToWords(text, span.start, span.end);
  return !snapped || snapped.start !== span.start || snapped.end !== span.end;
}
