import { STATUS_LABELS, type SegmentStatus } from '../../../core/model';

export { STATUS_LABELS };

/** Colour and text together: status must not be told by colour alone. */
export function StatusBadge({ status }: { status: SegmentStatus }) {
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
