import { SEGMENT_STATUSES } from '../../../../core/model';
import { useAppState, useAppStore } from '../../store-context';
import { STATUS_LABELS } from '../../ui/status-badge';

export function DocumentSidebar() {
  const { actions } = useAppStore();
  const project = useAppState((s) => s.project);
  const documentId = useAppState((s) => s.documentId);
  const stats = useAppState((s) => s.stats);
  if (!project) return null;
  return (
    <aside className="sidebar">
      <section aria-label="Documents">
        <h2>Documents</h2>
        {project.documents.length === 0 && <p className="muted">No documents yet: import an Arabic text.</p>}
        <ul className="document-list">
          {project.documents.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className={d.id === documentId ? 'document active' : 'document'}
                aria-current={d.id === documentId ? 'true' : undefined}
                onClick={() => void actions.selectDocument(d.id)}
              >
                <span className="document-title">{d.title}</span>
                <span className="muted">{d.segmentCount} segments</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="sidebar-actions">
          <button type="button" onClick={() => void actions.importFile()}>Import text file…</button>
          <button type="button" onClick={actions.openPaste}>Paste text…</button>
          <button type="button" onClick={() => void actions.importTranslation()} disabled={documentId === null} title="Import an English translation and align it to the open document">
            Import translation…
          </button>
          <button type="button" onClick={actions.openRules}>Segmentation rules…</button>
          <button type="button" onClick={actions.openExport} disabled={documentId === null}>Export…</button>
        </div>
      </section>
      {stats && documentId && (
        <section className="progress" aria-label="Progress">
          <h2>Progress</h2>
          <div className="progress-bar" aria-hidden="true">
            {SEGMENT_STATUSES.map((s) =>
              stats.by_status[s] > 0 ? (
                <span key={s} className={`progress-part status-${s}`} style={{ flexGrow: stats.by_status[s] }} />
              ) : null,
            )}
          </div>
          <dl className="status-counts">
            {SEGMENT_STATUSES.map((s) => (
              <div key={s} className="status-count" data-status={s}>
                <dt>
                  <span className={`dot status-${s}`} /> {STATUS_LABELS[s]}
                </dt>
                <dd>{stats.by_status[s]}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">
            {stats.words_translated} of {stats.words_source} source words confirmed · {stats.comments_open} open comments
          </p>
        </section>
      )}
    </aside>
  );
}
