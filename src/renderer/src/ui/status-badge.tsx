import type { SegmentStatus } from '../../../core/model';

export const STATUS_LABELS: Record<SegmentStatus, string> = {
  new: 'New',
  draft: 'Draft',
  translated: 'Translated',
  reviewed: 'Reviewed',
  approved: 'Approved',
  rejected: 'Rejected',
};

/** Colour and text together: status must not be told by colour alone. */
export function StatusBadge({ status }: { status: SegmentStatus }) {
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
