import { useMemo, useState } from 'react';
import type { QaListedFinding } from '../../../../core/qa/results';
import { QA_SEVERITIES } from '../../../../core/qa/types';
import { findingKey, visibleFindings, type QaGrouping } from '../../state/qa-store';
import { useAppState, useQaState, useQaStore } from '../../store-context';
import { listRowProps, VirtualList } from '../../ui/virtual-list';
import { SeverityBadge } from './severity-badge';
import './qa.css';

type Row = { kind: 'group'; key: string; title: string; count: number } | { kind: 'finding'; key: string; finding: QaListedFinding };

/** Findings under a heading per check (registry order) or per segment (document order). */
function groupRows(findings: readonly QaListedFinding[], groupBy: QaGrouping, labelOf: (check: string) => string, checkOrder: readonly string[]): Row[] {
  const groups = new Map<string, { title: string; findings: QaListedFinding[] }>();
  for (const f of findings) {
    const id = groupBy === 'check' ? f.check : String(f.position);
    let group = groups.get(id);
    if (!group) {
      group = { title: groupBy === 'check' ? labelOf(f.check) : `Segment ${f.position + 1}`, findings: [] };
      groups.set(id, group);
    }
    group.findings.push(f);
  }
  // Findings come in document order; checks are listed in the registry's order, as the report does.
  const ordered = groupBy === 'check' ? [...groups].sort(([a], [b]) => rank(checkOrder, a) - rank(checkOrder, b)) : [...groups];
  const rows: Row[] = [];
  for (const [id, group] of ordered) {
    rows.push({ kind: 'group', key: `g:${id}`, title: group.title, count: group.findings.length });
    for (const finding of group.findings) rows.push({ kind: 'finding', key: findingKey(finding), finding });
  }
  return rows;
}

const rank = (order: readonly string[], id: string) => {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
};

/** The QA tab of the aids dock: the document's findings, filtered and grouped; click to go to the segment. */
export function QaPanel() {
  const qa = useQaStore();
  const state = useQaState((s) => s);
  const documentId = useAppState((s) => s.documentId);
  const editSeq = useAppState((s) => s.editSeq);
  const labelOf = useMemo(() => {
    const labels = new Map(state.checks.map((c) => [c.id, c.label]));
    return (check: string) => labels.get(check) ?? check;
  }, [state.checks]);
  const findings = useMemo(() => visibleFindings(state), [state]);
  const checkOrder = useMemo(() => state.checks.map((c) => c.id), [state.checks]);
  const rows = useMemo(() => groupRows(findings, state.groupBy, labelOf, checkOrder), [findings, state.groupBy, labelOf, checkOrder]);
  const { result, ranOn } = state;
  const current = result !== null && ranOn?.documentId === documentId;
  const stale = current && ranOn !== null && ranOn.editSeq !== editSeq;
  const counts = QA_SEVERITIES.map((s) => [s, (result?.findings ?? []).filter((f) => !f.ignored && f.severity === s).length] as const);

  return (
    <div className="qa-panel" aria-label="QA findings">
      <div className="qa-toolbar">
        <button type="button" className="primary" disabled={state.busy || documentId === null} onClick={() => void qa.actions.run()}>
          {current ? 'Re-run' : 'Run QA'}
        </button>
        <button type="button" onClick={() => void qa.actions.openProfile()}>
          Profile…
        </button>
        <button type="button" disabled={documentId === null} onClick={() => void qa.actions.exportReport()}>
          Report…
        </button>
      </div>
      {!current ? (
        <p className="muted">{state.busy ? 'Checking…' : 'Run QA to check this document: numbers, negation, attribution, terms, form.'}</p>
      ) : (
        <>
          <div className="qa-toolbar">
            <label>
              Severity{' '}
              <select aria-label="Severity" value={state.severity} onChange={(e) => qa.actions.setFilter({ severity: QA_SEVERITIES.find((s) => s === e.target.value) ?? 'all' })}>
                <option value="all">All</option>
                {QA_SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Check{' '}
              <select aria-label="Check" value={state.check} onChange={(e) => qa.actions.setFilter({ check: e.target.value })}>
                <option value="all">All</option>
                {state.checks.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Group{' '}
              <select aria-label="Group by" value={state.groupBy} onChange={(e) => qa.actions.setFilter({ groupBy: e.target.value === 'segment' ? 'segment' : 'check' })}>
                <option value="check">by check</option>
                <option value="segment">by segment</option>
              </select>
            </label>
            <label>
              <input type="checkbox" checked={state.showIgnored} onChange={(e) => qa.actions.setFilter({ showIgnored: e.target.checked })} /> Show ignored
            </label>
          </div>
          <p className="qa-summary" data-testid="qa-summary">
            {counts.map(([s, n]) => `${n} ${s}${n === 1 || s === 'info' ? '' : 's'}`).join(' · ')} · {result.ignored} ignored · {result.segments} segments checked
          </p>
          {stale && <p className="qa-stale">The document changed since this run: Re-run to see the findings now.</p>}
          {rows.length === 0 ? (
            <p className="muted">{result.findings.length === 0 ? 'No findings.' : 'No finding matches these filters.'}</p>
          ) : (
            <VirtualList
              items={rows}
              keyOf={rowKey}
              estimate={estimateRowHeight}
              scrollClassName="qa-list"
              listProps={{ className: 'qa-list-items', 'aria-label': 'Findings' }}
              renderItem={(row, { index, total, measureRef }) => (
                <li key={row.key} ref={measureRef} className="qa-list-row" {...listRowProps(index, total)}>
                  {row.kind === 'group' ? (
                    <div className="qa-group">
                      {row.title} <span className="muted">({row.count})</span>
                    </div>
                  ) : (
                    <FindingRow finding={row.finding} checkLabel={state.groupBy === 'segment' ? labelOf(row.finding.check) : null} />
                  )}
                </li>
              )}
            />
          )}
        </>
      )}
    </div>
  );
}

const rowKey = (row: Row): string => row.key;
// A group header is one line; a finding two or three (its message wraps in the panel's width).
const estimateRowHeight = (row: Row, width: number): number => (row.kind === 'group' ? 26 : width < 320 ? 72 : 56);

function FindingRow({ finding, checkLabel }: { finding: QaListedFinding; checkLabel: string | null }) {
  const qa = useQaStore();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const jump = () => void qa.actions.jump(finding);
  return (
    <div
      className={`qa-finding${finding.ignored ? ' ignored' : ''}`}
      data-testid="qa-finding"
      data-check={finding.check}
      tabIndex={0}
      onClick={jump}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) jump();
      }}
    >
      <div className="qa-finding-head">
        <SeverityBadge severity={finding.severity} />
        <span className="qa-message" dir="auto">{finding.message}</span>
      </div>
      <div className="qa-finding-actions">
        <span className="qa-finding-where">
          Segment {finding.position + 1}
          {checkLabel ? ` · ${checkLabel}` : ''}
        </span>
        {finding.ignored ? (
          <>
            <span className="qa-ignored-note" dir="auto">
              Ignored by {finding.ignored.author}: {finding.ignored.reason}
            </span>
            <button
              type="button"
              onClick={(e) => {
                e.stopPropagation();
                void qa.actions.unignore(finding);
              }}
            >
              Un-ignore
            </button>
          </>
        ) : asking ? (
          <form
            className="qa-ignore-form"
            onClick={(e) => e.stopPropagation()}
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim() === '') return;
              void qa.actions.ignore(finding, reason).then((done) => done && setAsking(false));
            }}
          >
            <input
              aria-label="Why is this fine?"
              placeholder="Why is this fine? (kept with your name)"
              value={reason}
              autoFocus
              dir="auto"
              onChange={(e) => setReason(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setAsking(false);
              }}
            />
            <button type="submit" disabled={reason.trim() === ''}>
              Ignore
            </button>
          </form>
        ) : (
          <button
            type="button"
            onClick={(e) => {
              e.stopPropagation();
              setAsking(true);
            }}
            title="Leave this as it is: say why, and it is hidden until its text changes">
            Ignore…
          </button>
        )}
      </div>
    </div>
  );
}
