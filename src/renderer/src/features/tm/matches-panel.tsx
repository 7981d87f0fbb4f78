import { useEffect, type ReactNode } from 'react';
import { chordLabel, actionById, type ActionId } from '../../../../api/actions';
import type { MatchDiff } from '../../../../core/tm/match-diff';
import { originLabel, type TmMatch } from '../../../../core/tm/types';
import { useAppState, useAppStore } from '../../store-context';
import { requestMatches, useMatches } from './matches-store';
import './tm.css';

const USE_ACTIONS: readonly ActionId[] = ['tm.useFirstMatch', 'tm.useSecondMatch', 'tm.useThirdMatch'];

/** The match's Arabic with the words that differ from the current source marked (offsets into the match). */
function MarkedSource({ text, diff }: { text: string; diff: MatchDiff }) {
  const parts: ReactNode[] = [];
  let at = 0;
  diff.ranges.forEach((r, k) => {
    if (r.start > at) parts.push(<span key={`t${k}`}>{text.slice(at, r.start)}</span>);
    parts.push(<mark key={`m${k}`} className={`tm-diff tm-diff-${r.kind}`} title={r.kind === 'changed' ? 'differs from this segment' : r.kind === 'extra' ? 'not in this segment' : 'other particles (و ف ب ك ل ال)'}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  if (at < text.length) parts.push(<span key="end">{text.slice(at)}</span>);
  return <p className="tm-source" dir="rtl" lang="ar">{parts}</p>;
}

function MatchItem({ match, n }: { match: TmMatch; n: number }) {
  const action = USE_ACTIONS[n - 1];
  const keys = action ? actionById(action).keys : undefined;
  const when = match.origin.kind === 'project' || match.origin.kind === 'memory' || match.origin.kind === 'user' ? match.origin.changedAt : null;
  const author = match.origin.author;
  return (
    <li className="tm-match" data-score={match.score}>
      <div className="tm-match-head">
        <span className={match.score >= 100 ? 'tm-score exact' : 'tm-score'}>{match.score} %</span>
        {keys && <kbd>{chordLabel(keys)}</kbd>}
        <span className="tm-origin" title={[originLabel(match.origin), author, when ? new Date(when).toLocaleString() : null].filter(Boolean).join(' · ')}>
          {originLabel(match.origin)}
          {match.origin.kind === 'project' ? ` · ${match.origin.status}` : ''}
        </span>
      </div>
      <MarkedSource text={match.source} diff={match.diff} />
      {match.diff.missing.length > 0 && (
        <p className="tm-missing">
          missing here: <span dir="rtl" lang="ar">{match.diff.missing.join(' ')}</span>
        </p>
      )}
      <p className="tm-target" dir="auto">{match.adaptedTarget ?? match.target}</p>
      {match.adaptations.length > 0 && (
        <p className="tm-adapted">
          adapted: {match.adaptations.map((a) => `${a.from} → ${a.to}`).join(', ')}
        </p>
      )}
    </li>
  );
}

/** The Matches tab: fuzzy matches of the active segment from the project, its memories and the user TM. */
export function MatchesPanel() {
  const app = useAppStore();
  const activeIndex = useAppState((s) => s.activeIndex);
  const segment = activeIndex === null ? undefined : app.actions.segmentAt(activeIndex);
  const segmentId = segment?.id ?? null;
  useEffect(() => requestMatches(segmentId), [segmentId]);
  const { matches, loading, error } = useMatches((s) => s);
  if (segmentId === null) return <p className="muted">Click a segment to see its matches.</p>;
  if (error) return <p className="muted" role="alert">{error}</p>;
  if (matches.length === 0) return <p className="muted">{loading ? 'Looking up…' : 'No matches of 70 % or more.'}</p>;
  return (
    <ol className="tm-matches" aria-label="Translation memory matches" aria-busy={loading}>
      {matches.map((m, k) => <MatchItem key={`${k}-${m.source}`} match={m} n={k + 1} />)}
    </ol>
  );
}
