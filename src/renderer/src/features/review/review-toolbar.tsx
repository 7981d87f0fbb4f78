import { SEGMENT_STATUSES, STATUS_LABELS, type SegmentFilter, type SegmentStatus } from '../../../../core/model';
import { useAppState, useAppStore } from '../../store-context';
import { ActionButton } from '../commands/action-button';
import type { CommandTarget } from '../commands/command-target';
import { showFilters, useLayout } from '../layout/layout-store';


/** Today's date as an input value, and back to the start of that day (local time). */
const dayValue = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const dayStart = (value: string) => new Date(`${value}T00:00:00`).getTime();

/** The reviewer's part of the ribbon: approve and go on, reject with a reason, approve a selection, the filter. */
export function ReviewToolbar({ target }: { target: CommandTarget }) {
  const { actions } = useAppStore();
  const filter = useAppState((s) => s.filter);
  const total = useAppState((s) => s.total);
  const activeIndex = useAppState((s) => s.activeIndex);
  const selectionEnd = useAppState((s) => s.selectionEnd);
  const filtersShown = useLayout((s) => s.filtersShown);
  const selected = activeIndex === null ? 0 : selectionEnd === null ? 1 : Math.abs(selectionEnd - activeIndex) + 1;
  return (
    <div className="review-toolbar" role="toolbar" aria-label="Review">
      <ActionButton id="review.approveAndNext" target={target}>
        Approve &amp; next
      </ActionButton>
      <ActionButton id="review.reject" target={target}>
        Reject…
      </ActionButton>
      {selected > 1 && (
        <ActionButton id="review.approveSelection" target={target}>
          Approve selection ({selected})
        </ActionButton>
      )}
      <span className="ribbon-separator" aria-hidden="true" />
      <button type="button" aria-expanded={filtersShown} aria-controls="grid-filter-bar" title="Show only some segments: by status, open comments, doubtful alignment, date" onClick={() => showFilters(!filtersShown)}>
        Filter{filter ? ' •' : ''}
      </button>
      {filter && (
        <>
          <span className="filter-count" role="status">
            {total} shown
          </span>
          <button type="button" onClick={() => void actions.setFilter(null)}>
            Clear filter
          </button>
        </>
      )}
    </div>
  );
}

/** The grid filters, in a bar under the ribbon while the Filter button has it open. */
export function GridFilterBar() {
  const { actions } = useAppStore();
  const filter = useAppState((s) => s.filter);
  const set = (patch: Partial<SegmentFilter>) => {
    const next: SegmentFilter = { ...(filter ?? {}), ...patch };
    for (const key of Object.keys(next) as (keyof SegmentFilter)[]) {
      const v = next[key];
      if (v === undefined || v === false || (Array.isArray(v) && v.length === 0)) delete next[key];
    }
    void actions.setFilter(next);
  };
  const statuses = filter?.statuses ?? [];
  const toggleStatus = (s: SegmentStatus) => set({ statuses: statuses.includes(s) ? statuses.filter((x) => x !== s) : [...statuses, s] });
  return (
    <fieldset className="grid-filter" id="grid-filter-bar" aria-label="Filter the grid">
      <span className="filter-label">Show</span>
      {SEGMENT_STATUSES.map((s) => (
        <label key={s} className={`filter-chip status-${s}${statuses.includes(s) ? ' on' : ''}`}>
          <input type="checkbox" checked={statuses.includes(s)} onChange={() => toggleStatus(s)} />
          {STATUS_LABELS[s]}
        </label>
      ))}
      <label className={`filter-chip${filter?.openComments ? ' on' : ''}`}>
        <input type="checkbox" checked={!!filter?.openComments} onChange={(e) => set({ openComments: e.target.checked })} />
        Open comments
      </label>
      <label className={`filter-chip${filter?.lowConfidence ? ' on' : ''}`}>
        <input type="checkbox" checked={!!filter?.lowConfidence} onChange={(e) => set({ lowConfidence: e.target.checked })} />
        Doubtful alignment
      </label>
      <label className={`filter-chip${filter?.hideApproved ? ' on' : ''}`}>
        <input type="checkbox" checked={!!filter?.hideApproved} onChange={(e) => set({ hideApproved: e.target.checked })} />
        Hide approved
      </label>
      <label className="filter-date">
        Changed since
        <input
          type="date"
          value={filter?.changedSince !== undefined ? dayValue(filter.changedSince) : ''}
          onChange={(e) => set({ changedSince: e.target.value ? dayStart(e.target.value) : undefined })}
        />
      </label>
      <button type="button" className="icon-button" aria-label="Close the filter bar" title="Close (the filter stays on)" onClick={() => showFilters(false)}>
        ✕
      </button>
    </fieldset>
  );
}
