import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sample from '../../../resources/sample/sample-project.json';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../../src/core/model.js';

export { sample };

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The scraped article the sample was made from; outside the repo, so it may be absent. */
export const sampleSourcePath = resolve(repoRoot, '../shared/samples/syrianews-us-russia-talks.ar.txt');
export const sampleSourceExists = existsSync(sampleSourcePath);

export function sampleStatusCounts(): Record<SegmentStatus, number> {
  const counts = Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, 0])) as Record<SegmentStatus, number>;
  for (const s of sample.segments) counts[s.status as SegmentStatus] += 1;
  return counts;
}

/** Annotations of the sample by layer, counted from the JSON. */
export function sampleAnnotationCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of sample.annotations) counts[a.layer] = (counts[a.layer] ?? 0) + 1;
  return counts;
}

/** Word count by plain whitespace split, independent of the code under test. */
export const words = (text: string): number => text.split(/\s+/u).filter((w) => w !== '').length;
