// "3 minutes ago", "yesterday", "12 Mar": how long ago a comment was written, as review tools say it.

const STEPS: { unit: Intl.RelativeTimeFormatUnit; seconds: number; below: number }[] = [
  { unit: 'minute', seconds: 60, below: 60 * 60 },
  { unit: 'hour', seconds: 60 * 60, below: 24 * 60 * 60 },
  { unit: 'day', seconds: 24 * 60 * 60, below: 7 * 24 * 60 * 60 },
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** `at` relative to `now` (both in ms): "just now" under a minute (or a clock slightly ahead), then minutes, hours, days, then the date. */
export function relativeTime(at: number, now: number): string {
  const seconds = Math.round((now - at) / 1000);
  if (seconds < 60) return 'just now';
  for (const step of STEPS) {
    if (seconds < step.below) return relative.format(-Math.floor(seconds / step.seconds), step.unit);
  }
  const date = new Date(at);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** The full date and time, for a tooltip. */
export function fullTime(at: number): string {
  return new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
