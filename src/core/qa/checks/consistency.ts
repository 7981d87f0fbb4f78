// Consistency across a document: the same Arabic translated two ways, or two different Arabic sentences
// given the same English. Compared after folding and without punctuation, so a changed comma or hamza
// seat is not a difference.
import { foldForMatch } from '../../text/normalize/index.js';
import type { SegmentId } from '../../ids.js';
import type { QaDocumentCheck, QaHit } from '../types.js';
import { comparable } from '../text.js';

const key = (text: string): string => foldForMatch(comparable(text)).replace(/[^\p{L}\p{Nd}\s]/gu, '').replace(/\s+/gu, ' ').trim();
const wordCount = (text: string): number => (text.match(/[\p{L}\p{Nd}]+/gu) ?? []).length;

type Row = { id: SegmentId; position: number; source: string; target: string };

/**
 * Segments whose `by` side matches an earlier segment's (after folding) while their `other` side does not:
 * the first of each group is the reference, every later one that differs from it is reported.
 */
function disagreements(segments: Parameters<QaDocumentCheck['run']>[0], by: 'source' | 'target', minWords: number, message: (first: Row) => string) {
  const groups = new Map<string, Row[]>();
  for (const { segment } of segments) {
    if (segment.doNotTranslate || segment.target.trim() === '' || wordCount(segment[by]) < minWords) continue;
    const k = key(segment[by]);
    groups.set(k, [...(groups.get(k) ?? []), { id: segment.id, position: segment.position, source: segment.source, target: segment.target }]);
  }
  const other = by === 'source' ? 'target' : 'source';
  const out: { segmentId: SegmentId; hit: QaHit }[] = [];
  for (const [first, ...rest] of groups.values()) {
    for (const row of rest) if (key(row[other]) !== key(first![other])) out.push({ segmentId: row.id, hit: { message: message(first!) } });
  }
  return out;
}

export const inconsistentTranslation: QaDocumentCheck = {
  id: 'inconsistent-translation',
  label: 'Same Arabic, different English',
  description: 'The same Arabic is translated differently elsewhere in the document.',
  category: 'consistency',
  defaultSeverity: 'warning',
  scope: 'document',
  run: (segments) => disagreements(segments, 'source', 2, (first) => `The same Arabic is translated differently in segment ${first.position + 1}: "${first.target}".`),
};

export const inconsistentSource: QaDocumentCheck = {
  id: 'inconsistent-source',
  label: 'Different Arabic, same English',
  description: 'Two different Arabic segments have the same English.',
  category: 'consistency',
  defaultSeverity: 'warning',
  scope: 'document',
  // Four words at least: short English ("Yes.", "He said.") legitimately renders many Arabic sentences.
  run: (segments) => disagreements(segments, 'target', 4, (first) => `Segment ${first.position + 1} has a different Arabic with the same English: check one of them was not pasted by mistake.`),
};
