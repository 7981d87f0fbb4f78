import { describe, expect, it } from 'vitest';
import { toDocumentId, toSegmentId } from '../../../../src/core/ids.js';
import { runQa, type QaCheck, type QaSegment } from '../../../../src/core/qa/index.js';

const seg = (id: number, source: string, target: string, doNotTranslate = false): QaSegment => ({
  segment: { id: toSegmentId(id), documentId: toDocumentId(1), position: id - 1, source, target, status: 'draft', doNotTranslate },
  annotations: [],
});
const context = { speakers: [], terms: [] };

describe('runQa', () => {
  it('runs the registry: an empty English is an error, a do-not-translate segment is not', () => {
    const findings = runQa([seg(1, 'قال', ''), seg(2, 'قال', 'He said'), seg(3, 'URL', '', true)], context);
    expect(findings).toEqual([{ segmentId: toSegmentId(1), check: 'empty-target', severity: 'error', message: 'The English is empty.' }]);
  });

  const doc: QaCheck = {
    id: 'same-target', label: 'x', description: 'x', category: 'consistency', defaultSeverity: 'warning', scope: 'document',
    run: (segments) => segments.filter((s) => s.segment.target === 'dup').map((s) => ({ segmentId: s.segment.id, hit: { message: 'dup' } })),
  };
  const off: QaCheck = { ...doc, id: 'off', defaultOff: true, run: () => [{ segmentId: toSegmentId(1), hit: { message: 'never' } }] };

  it('orders by segment then check, applies the profile and skips document checks on confirm', () => {
    const checks = [doc, off];
    const segments = [seg(1, 'a', 'dup'), seg(2, 'b', 'dup')];
    expect(runQa(segments, context, { checks }).map((f) => [f.segmentId, f.check, f.severity])).toEqual([[1, 'same-target', 'warning'], [2, 'same-target', 'warning']]);
    expect(runQa(segments, context, { checks, profile: { 'same-target': { enabled: true, severity: 'error' }, off: { enabled: true, severity: 'info' } } })
      .map((f) => [f.segmentId, f.check, f.severity])).toEqual([[1, 'same-target', 'error'], [1, 'off', 'info'], [2, 'same-target', 'error']]);
    expect(runQa(segments, context, { checks, scope: 'segment' })).toEqual([]);
    expect(runQa(segments, context, { checks, only: ['off'] })).toEqual([]);
  });
});
