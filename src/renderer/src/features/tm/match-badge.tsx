import { useSyncExternalStore } from 'react';
import { call } from '../../api-client';
import './tm.css';

// The grid row's "87 %" badge for a pre-translated segment: where its English came from and how well it
// matched. Rows ask for their segment; the asks of one render are batched into one call, and the answer is
// kept per segment and English (a segment whose English changed, an undo, asks again).

type Entry = { origin: string; score: number } | null;
const known = new Map<string, Entry>();
const listeners = new Set<() => void>();
let pending = new Map<number, string>();
let scheduled = false;

const keyOf = (segmentId: number, target: string) => `${segmentId}\u0000${target}`;

function flush(): void {
  scheduled = false;
  const batch = pending;
  pending = new Map();
  const ids = [...batch.keys()];
  for (let from = 0; from < ids.length; from += 1000) {
    const chunk = ids.slice(from, from + 1000);
    call('tm.segmentMatches', { segmentIds: chunk })
      .then((rows) => {
        const found = new Map(rows.map((r) => [r.segmentId, { origin: r.origin, score: r.score }]));
        for (const id of chunk) known.set(keyOf(id, batch.get(id)!), found.get(id) ?? null);
        for (const l of listeners) l();
      })
      .catch(() => undefined);
  }
}

function ask(segmentId: number, target: string): void {
  pending.set(segmentId, target);
  if (!scheduled) {
    scheduled = true;
    queueMicrotask(flush);
  }
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The badge, when the segment's English came from the translation memory (none while it is empty). */
export function MatchBadge({ segmentId, target }: { segmentId: number; target: string }) {
  const key = keyOf(segmentId, target);
  const entry = useSyncExternalStore(subscribe, () => known.get(key));
  if (target.trim() === '') return null;
  if (entry === undefined) {
    ask(segmentId, target);
    return null;
  }
  if (entry === null) return null;
  return (
    <span className="segment-match-badge" title={`From the translation memory: ${entry.origin}, ${entry.score} % match`}>
      {entry.score} %
    </span>
  );
}
