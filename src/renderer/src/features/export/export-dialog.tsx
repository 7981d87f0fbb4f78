import { useEffect, useState } from 'react';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from '../../../../core/formats/types';
import { SEGMENT_STATUSES, STATUS_LABELS, type SegmentStatus } from '../../../../core/model';
import { ApiCallError, call, onEvent } from '../../api-client';
import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

/** The spreadsheet options, for formats whose entry lists them. */
const isTable = (format: ExportFormat) => EXPORT_FORMAT_INFO[format].options.includes('bom');

/** Document, format, options, destination; the last settings are offered again; progress and Cancel while it runs. */
export function ExportDialog() {
  const { actions } = useAppStore();
  const project = useAppState((s) => s.project);
  const currentDocument = useAppState((s) => s.documentId);
  const [documentId, setDocumentId] = useState<number | null>(currentDocument);
  const [format, setFormat] = useState<ExportFormat>('tmx');
  const [bom, setBom] = useState(true);
  const [guardFormulas, setGuardFormulas] = useState(false);
  const [qa, setQa] = useState(false);
  /** Which statuses go out (e.g. only Approved into a TMX); all by default. */
  const [statuses, setStatuses] = useState<ReadonlySet<SegmentStatus>>(() => new Set(SEGMENT_STATUSES));
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const documents = project?.documents ?? [];
  const doc = documents.find((d) => d.id === documentId) ?? documents[0];

  useEffect(() => {
    call('prefs.get', {}).then(
      (prefs) => {
        if (prefs.lastExport) {
          setFormat(prefs.lastExport.format);
          setBom(prefs.lastExport.bom);
          setGuardFormulas(prefs.lastExport.guardFormulas ?? false);
        }
      },
      () => undefined,
    );
  }, []);

  useEffect(() => onEvent('export.progress', ({ done, total }) => setProgress({ done, total })), []);

  if (!doc) return null;
  const info = EXPORT_FORMAT_INFO[format];
  const run = async () => {
    setError(null);
    const safeTitle = doc.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'export';
    const path = await call('dialog.exportFile', { defaultName: `${safeTitle}.${info.extension}`, extension: info.extension });
    if (!path) return;
    setBusy(true);
    setProgress({ done: 0, total: doc.segmentCount });
    try {
      const table = isTable(format);
      const chosen = SEGMENT_STATUSES.filter((st) => statuses.has(st));
      // Every status chosen is no filter at all: segments of any status go out.
      const filter = chosen.length < SEGMENT_STATUSES.length ? { statuses: chosen } : {};
      const done = await call('export.run', { documentId: doc.id, format, path, bom: table ? bom : false, guardFormulas: table ? guardFormulas : false, ...(qa && EXPORT_FORMAT_INFO[format].options.includes('qa') ? { qa } : {}), ...filter });
      actions.closeExport();
      const skipped = done.skipped ? ` (${done.skipped} left out: no translation or “don’t translate”)` : '';
      const warnings = done.warnings.length ? ` ${done.warnings.join(' ')}` : '';
      actions.notify(`Exported ${done.units} units to ${done.path}${skipped}.${warnings}`);
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'cancelled') {
        actions.closeExport();
        actions.notify('Export cancelled; no file was written.');
        return;
      }
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const cancel = () => {
    if (busy) void call('export.cancel', {}).catch(() => undefined);
    else actions.closeExport();
  };
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;

  return (
    <ModalForm label="Export" onSubmit={() => statuses.size > 0 && void run()}>
      <h2>Export “{doc.title}”</h2>
      {documents.length > 1 && (
        <label className="inline">
          Document{' '}
          <select value={doc.id} disabled={busy} onChange={(e) => setDocumentId(Number(e.target.value))}>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title} ({d.segmentCount} segments)
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="export-formats" disabled={busy}>
        <legend>Format</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f}>
            <input type="radio" name="format" value={f} checked={f === format} onChange={() => setFormat(f)} /> {EXPORT_FORMAT_INFO[f].label}
          </label>
        ))}
      </fieldset>
      {isTable(format) && (
        <fieldset className="export-options" disabled={busy}>
          <legend>Spreadsheet options</legend>
          <label className="inline">
            <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> UTF-8 with BOM (so Excel reads the Arabic correctly)
          </label>
          <label className="inline">
            <input type="checkbox" checked={guardFormulas} onChange={(e) => setGuardFormulas(e.target.checked)} /> Guard against formulas: put ' before
            cells that begin with = + - @ (for opening in a spreadsheet; leave off to import the file back unchanged)
          </label>
        </fieldset>
      )}
      {EXPORT_FORMAT_INFO[format].options.includes('qa') && (
        <label className="inline export-qa">
          <input type="checkbox" checked={qa} disabled={busy} onChange={(e) => setQa(e.target.checked)} /> Include QA findings (
          {isTable(format) ? 'a qa column' : format === 'html' ? 'under each segment’s status' : 'as notes'}; ignored findings left out)
        </label>
      )}
      <fieldset className="export-statuses" disabled={busy}>
        <legend>Segments with status</legend>
        {SEGMENT_STATUSES.map((st) => (
          <label key={st} className="inline">
            <input
              type="checkbox"
              checked={statuses.has(st)}
              onChange={(e) => setStatuses((was) => {
                const next = new Set(was);
                if (e.target.checked) next.add(st);
                else next.delete(st);
                return next;
              })}
            />{' '}
            {STATUS_LABELS[st]}
          </label>
        ))}
        {statuses.size === 0 && <p className="muted">Choose at least one status to export.</p>}
      </fieldset>
      {busy && progress && (
        <div className="export-progress">
          <progress max={progress.total || 1} value={progress.done} aria-label="Export progress" />
          <span>
            {progress.done.toLocaleString('en')} of {progress.total.toLocaleString('en')} segments ({percent} %)
          </span>
        </div>
      )}
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={cancel}>
          {busy ? 'Cancel export' : 'Cancel'}
        </button>
        <button type="submit" className="primary" disabled={busy || statuses.size === 0}>
          {busy ? 'Exporting…' : 'Export…'}
        </button>
      </div>
    </ModalForm>
  );
}
