// The hand-made hard cases (tests/fixtures/qa/hard-cases.json): every pair must give exactly the listed
// findings (errors and warnings) across all segment checks, so a check that starts to misfire on an
// Arabic trap fails here as well as one that stops finding what it should.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQa, type QaSpeakerName, type QaTerm } from '../../../../src/core/qa/index.js';
import { qaSegment } from './qa-fixtures.js';

interface HardCase {
  source: string;
  target: string;
  expect: string[];
  note?: string;
}
interface HardCases {
  speakers: QaSpeakerName[];
  terms: QaTerm[];
  cases: HardCase[];
}

const fixture: HardCases = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../fixtures/qa/hard-cases.json'), 'utf8'));

describe('hard cases', () => {
  it('has 20 to 40 cases', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(20);
    expect(fixture.cases.length).toBeLessThanOrEqual(40);
  });

  it.each(fixture.cases.map((c) => [c.note ?? c.target, c] as const))('%s', (_, c) => {
    const findings = runQa([qaSegment(c.source, c.target)], { speakers: fixture.speakers, terms: fixture.terms }, { scope: 'segment' });
    const found = [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.check))].sort();
    expect(found).toEqual([...c.expect].sort());
  });
});
