import { expect } from 'vitest';
import { defaultRuleSet, type DefaultRuleLanguage } from '../../../../../src/core/text/segmentation/default-rules.js';
import { explainSegmentation, segmentText } from '../../../../../src/core/text/segmentation/segment-text.js';
import type { SegmentationRuleSet, SentenceSpan } from '../../../../../src/core/text/segmentation/types.js';

/** [description, input, expected sentence texts] */
export type SentenceCase = [string, string, string[]];

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** Segments with the default rules and checks the invariants every result must keep. */
export function sentences(text: string, lang: DefaultRuleLanguage): string[] {
  const spans = segmentText(text, defaultRuleSet(lang));
  expectWellFormed(text, spans);
  return spans.map((s) => s.text);
}

/**
 * Offsets slice to the text, spans are trimmed, ascending, non-overlapping, never cross a line break,
 * paragraphs count up from 0 without gaps, and no visible character is lost or reordered.
 */
export function expectWellFormed(text: string, spans: SentenceSpan[]): void {
  // One expect at the end (not one per span): a 1 MB text has tens of thousands of spans.
  expect(firstViolation(text, spans)).toBeNull();
  const visible = (s: string): string => s.replace(/[\s\p{Cf}]/gu, '');
  expect(visible(spans.map((s) => s.text).join(''))).toBe(visible(text));
}

function firstViolation(text: string, spans: SentenceSpan[]): string | null {
  let previousEnd = 0;
  let previousParagraph = -1;
  for (const [i, span] of spans.entries()) {
    const problem =
      text.slice(span.start, span.end) !== span.text ? 'text is not the slice start..end' :
      span.text !== span.text.trim() || span.text === '' ? 'text is not trimmed or is empty' :
      span.start < previousEnd ? 'overlaps the previous span' :
      LINE_BREAK.test(span.text) ? 'crosses a line break' :
      span.paragraph !== previousParagraph && span.paragraph !== previousParagraph + 1 ? 'paragraph skips or goes back' :
      null;
    if (problem) return `span ${i} ${JSON.stringify(span)}: ${problem}`;
    previousEnd = span.end;
    previousParagraph = span.paragraph;
  }
  return null;
}

/** Indexes of the rules that decided at least once over all the inputs. */
export function rulesExercised(inputs: string[], ruleSet: SegmentationRuleSet): Set<number> {
  const used = new Set<number>();
  for (const input of inputs) for (const d of explainSegmentation(input, ruleSet)) used.add(d.rule);
  return used;
}
