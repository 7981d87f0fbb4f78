import type { QaFinding, QaSegment } from './types.js';

/**
 * What names a finding across edits, so an ignore can be remembered: the check, its message and the
 * text the finding points at (its range's characters, not their offsets). Typing elsewhere in the
 * segment moves offsets but keeps the fingerprint, so the finding stays ignored; changing the text it
 * is about (or anything its message names, such as a number) makes a new finding that shows again.
 * A finding without a range is named by its message alone.
 */
export function findingFingerprint(finding: Pick<QaFinding, 'check' | 'message' | 'range'>, segment: Pick<QaSegment['segment'], 'source' | 'target'>): string {
  const { range } = finding;
  const covered = range ? `${range.side}:${segment[range.side].slice(range.start, range.end)}` : '';
  return hash53(`${finding.check}\u0000${finding.message}\u0000${covered}`);
}

/** cyrb53: a fast 53-bit string hash; collisions between findings of one segment and check are negligible. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
