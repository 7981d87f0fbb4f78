import type { SegmentId } from '../ids.js';
import { QA_CHECKS } from './checks/index.js';
import type { QaCheck, QaContext, QaFinding, QaHit, QaProfile, QaSegment, QaSeverity } from './types.js';

export interface QaRunOptions {
  profile?: QaProfile;
  /** Only these check ids (the CLI's --checks); others are skipped even when enabled. */
  only?: readonly string[];
  /** 'segment' runs only the per-segment checks (on confirm); 'all' adds the document checks. */
  scope?: 'segment' | 'all';
  /** The checks to run; the registry by default (tests pass their own). */
  checks?: readonly QaCheck[];
}

function settingsOf(check: QaCheck, profile: QaProfile | undefined): { enabled: boolean; severity: QaSeverity } {
  return profile?.[check.id] ?? { enabled: check.defaultOff !== true, severity: check.defaultSeverity };
}

/**
 * Runs the enabled checks over the segments (one document's, in order) and returns the findings in
 * segment order, then check order. The profile's severity wins over a hit's own, unless the profile is silent.
 */
export function runQa(segments: readonly QaSegment[], context: QaContext, options: QaRunOptions = {}): QaFinding[] {
  const checks = (options.checks ?? QA_CHECKS).filter((check) => {
    if (options.only !== undefined && !options.only.includes(check.id)) return false;
    if (options.scope === 'segment' && check.scope === 'document') return false;
    return settingsOf(check, options.profile).enabled;
  });
  const order = new Map<SegmentId, number>(segments.map((s, i) => [s.segment.id, i]));
  const findings: { finding: QaFinding; checkIndex: number }[] = [];
  const stamp = (check: QaCheck, checkIndex: number, segmentId: SegmentId, hit: QaHit): void => {
    const configured = options.profile?.[check.id];
    const severity = configured?.severity ?? hit.severity ?? check.defaultSeverity;
    findings.push({ finding: { ...hit, segmentId, check: check.id, severity }, checkIndex });
  };
  // Segment by segment, so the checks of one segment share its tokenised text (see qa/text.ts).
  for (const segment of segments) {
    checks.forEach((check, checkIndex) => {
      if (check.scope === 'segment') for (const hit of check.run(segment, context)) stamp(check, checkIndex, segment.segment.id, hit);
    });
  }
  checks.forEach((check, checkIndex) => {
    if (check.scope === 'document') for (const { segmentId, hit } of check.run(segments, context)) stamp(check, checkIndex, segmentId, hit);
  });
  findings.sort((a, b) => (order.get(a.finding.segmentId) ?? 0) - (order.get(b.finding.segmentId) ?? 0) || a.checkIndex - b.checkIndex);
  return findings.map((f) => f.finding);
}

export function qaCheckById(id: string): QaCheck | undefined {
  return QA_CHECKS.find((check) => check.id === id);
}
