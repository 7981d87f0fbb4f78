import type { QaSeverity } from '../../../../core/qa/types';

const LABELS: Record<QaSeverity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function SeverityBadge({ severity }: { severity: QaSeverity }) {
  return <span className={`qa-severity qa-${severity}`}>{LABELS[severity]}</span>;
}
