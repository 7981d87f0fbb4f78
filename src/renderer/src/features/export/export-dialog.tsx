import { useEffect, useState } from 'react';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from '../../../../core/formats/types';
import { call } from '../../api-client';
import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

/** Format, options, destination; the last settings are offered again. */
export function ExportDialog() {
  const { actions } = useAppStore();
  const project = useAppState((s) => s.project);
  const documentId = useAppState((s) => s.documentId);
  const [format, setFormat] = useState<ExportFormat>('tmx');
  const [bom, setBom] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const doc = project?.documents.find((d) => d.id === documentId);

  useEffect(() => {
    call('prefs.get', {}).then(
      (prefs) => {
        if (prefs.lastExport) {
          setFormat(prefs.lastExport.format);
          setBom(prefs.lastExport.bom);
        }
      },
      () => undefined,
    );
  }, []);

  if (!doc) return null;
  const info = EXPORT_FORMAT_INFO[format];
  const run = async () => {
    setError(null);
    const safeTitle = doc.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'export';
    const path = await call('dialog.exportFile', { defaultName: `${safeTitle}.${info.extension}`, extension: info.extension });
    if (!path) return;
    setBusy(true);
    try {
      const done = await call('export.run', { documentId: doc.id, format, path, bom: format === 'tsv' || format === 'csv' ? bom : false });
      actions.closeExport();
      const skipped = done.skipped ? ` (${done.skipped} left out: no translation or “don’t translate”)` : '';
      const warnings = done.warnings.length ? ` ${done.warnings.join(' ')}` : '';
      actions.notify(`Exported ${done.units} units to ${done.path}${skipped}.${warnings}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalForm label="Export" onSubmit={() => void run()}>
        <h2>Export “{doc.title}”</h2>
        <fieldset className="export-formats">
          <legend>Format</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f}>
              <input type="radio" name="format" value={f} checked={f === format} onChange={() => setFormat(f)} /> {EXPORT_FORMAT_INFO[f].label}
            </label>
          ))}
        </fieldset>
        {(format === 'tsv' || format === 'csv') && (
          <label className="inline">
            <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> UTF-8 with BOM (so Excel reads the Arabic correctly)
          </label>
        )}
        {error && (
          <p className="import-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={actions.closeExport}>Cancel</button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </div>
    </ModalForm>
  );
}
