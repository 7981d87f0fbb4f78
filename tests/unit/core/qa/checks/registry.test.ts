import { describe, expect, it } from 'vitest';
import { QA_CHECKS, QA_SEVERITIES, qaCheckById, runQa } from '../../../../../src/core/qa/index.js';
import { EMPTY_CONTEXT, qaSegment } from '../qa-fixtures.js';

describe('QA_CHECKS', () => {
  it('has unique kebab-case ids, a label, a description and a known severity for every check', () => {
    const ids = QA_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of QA_CHECKS) {
      expect(check.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
      expect(check.label.length).toBeGreaterThan(3);
      expect(check.description).toMatch(/\.$/u);
      expect(QA_SEVERITIES).toContain(check.defaultSeverity);
      expect(qaCheckById(check.id)).toBe(check);
    }
  });

  it('is silent on a faithful translation and on a do-not-translate segment', () => {
    const segments = [
      qaSegment('وقال المتحدث باسم الوزارة إن ١٢ شخصاً قُتلوا، ولم يُصب أحد بجروح خطيرة.', 'The ministry spokesman said 12 people were killed, and nobody was seriously injured.', { id: 1 }),
      qaSegment('https://example.org', 'https://example.org', { id: 2, doNotTranslate: true }),
    ];
    expect(runQa(segments, EMPTY_CONTEXT)).toEqual([]);
  });
});
