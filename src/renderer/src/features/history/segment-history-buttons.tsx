import { useAppStore } from '../../store-context';

/** In the active row's gutter: fix a typo in the Arabic, and the segment's history. */
export function SegmentHistoryButtons() {
  const { actions } = useAppStore();
  return (
    <div className="segment-history-buttons">
      <button type="button" className="gutter-button" aria-label="Fix Arabic…" title="Fix Arabic…: correct a typo in the Arabic source text (kept in the history)" onClick={actions.openFixSource}>
        ع✎
      </button>
      <button type="button" className="gutter-button" aria-label="History" title="History: every change of this segment as a diff; restore an older version (Alt+H)" onClick={() => void actions.openHistory()}>
        ⟲
      </button>
    </div>
  );
}
