// Consistency across a document: the same Arabic translated two ways, or two different Arabic sentences
// given the same English. Compared after folding and without punctuation, so a changed comma or hamza
// seat is not a difference.
import { foldForMatch } from '../../text/normalize/index.js';
import type { SegmentId } from '../../ids.js';
import type { QaDocumentCheck, QaHit } from '../types.js';
import { comparable } from '../text.js';

const key = (text: string): string => foldForMatch(comparable(text)).replace(/[^\p{L}\p{Nd}\s]/gu, '').replace(/\s+/gu, ' ').trim();
const wordCount = (text: string): number => (text.match(/[\p{L}\p{Nd}]+/gu) ?? []).length;

/** Groups the translated segments by one side's key; the first of each group is the reference. */
function groups(segments: Parameters<QaDocumentCheck['run']>[0], by: 'source' | 'target', minWords: number) {
  const out = new Map<string, { id: SegmentId; position: number; source: string; target: string }[]>();
  for (const { segment } of segments) {
    if (segment.doNotTranslate || segment.target.trim() === '' || wordCount(segment[by]) < minWords) continue;
    const k = key(segment[by]);
    const list = out.get(k) ?? [];
    list.push({ id: segment.id, position: segment.position, source: segment.source, target: segment.target });
    out.set(k, list);
  }
  return [...out.values()].filter((g) => g.length > 1);
}

export const inconsistentTranslation: QaDocumentCheck = {
  id: 'inconsistent-translation',
  label: 'Same Arabic, different English',
  description: 'The same Arabic is translated differently elsewhere in the document.',
  category: 'consistency',
  defaultSeverity: 'warning',
  scope: 'document',
  run(segments) {
    const out: { segmentId: SegmentId; hit: QaHit }[] = [];
    for (const group of groups(segments, 'source', 2)) {
      const [first] = group;
      for (const other of group.slice(1)) {
        if (key(other.target) === key(first!.target)) continue;
        out.push({ segmentId: other.id, hit: { message: `The same Arabic is translated differently in segment ${first!.position + 1}: "${first!.target}".` } });
      }
    }
    return out;
  },
};

export const inconsistentSource: QaDocumentCheck = {
  id: 'inconsistent-source',
  label: 'Different Arabic, same English',
  description: 'Two different Arabic segments have the same English.',
  category: 'consistency',
  defaultSeverity: 'warning',
  scope: 'document',
  run(segments) {
    const out: { segmentId: SegmentId; hit: QaHit }[] = [];
    for (const group of groups(segments, 'target', 4)) {
      const [first] = group;
      for (const other of group.slice(1)) {
        if (key(other.source) === key(first!.source)) continue;
        out.push({ segmentId: other.id, hit: { message: `Segment ${first!.position + 1} has a different Arabic with the same English: check one of them was not pasted by mistake.` } });
      }
    }
    return out;
  },
};
