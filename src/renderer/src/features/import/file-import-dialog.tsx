import { useState } from 'react';
import { titleFromText } from '../../../../core/text/default-title';
import { TEXT_ENCODINGS, TEXT_ENCODING_NAMES, type TextEncoding } from '../../../../core/text/decode/encodings';
import { fileImportOf } from '../../state/app-store';
import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';
import { BilingualPreviewView } from './bilingual-preview';

/** Shows how a file decodes (detected encoding, first lines, counts) and lets the user switch encoding before importing. */
export function FileImportDialog() {
  const { actions } = useAppStore();
  const state = useAppState(fileImportOf);
  const fileName = state?.path.split(/[\\/]/).pop() ?? '';
  // Null until the user types one: the default follows the preview (its first line), else the file name.
  const [typedTitle, setTitle] = useState<string | null>(null);
  if (!state) return null;
  const { preview, bilingual, error, loading, translationPreview } = state;
  const title = typedTitle ?? (preview?.lines[0] !== undefined ? titleFromText(preview.lines[0]) : null) ?? fileName.replace(/\.[^.]+$/, '');
  const translation = state.purpose === 'translation';
  return (
    <ModalForm
      label={translation ? 'Import a translation' : 'Import a text file'}
      className="import-dialog"
      onSubmit={() => (preview || bilingual) && !error && (translation || title.trim()) && void actions.confirmImport(title.trim())}
    >
        <h2>{translation ? `Align the translation “${fileName}” to this document` : `Import “${fileName}”`}</h2>
        {translation && (
          <p className="muted">
            The English is split into sentences and aligned to the Arabic segments; segments may be merged where one English
            sentence covers two. Doubtful pairs are flagged. Undo reverts the import in one step.
          </p>
        )}
        {translation && translationPreview && translationPreview.withEnglish > 0 && (
          <fieldset className="import-mode">
            <legend>
              This document already has English in {translationPreview.withEnglish} of {translationPreview.total} segments
            </legend>
            <label>
              <input type="radio" name="import-mode" checked={state.mode === 'fill-empty'} onChange={() => actions.setImportMode('fill-empty')} />
              Fill empty rows only — {countOf(translationPreview.fillEmpty)} get English; approvals, alignment fixes and typed English are kept
            </label>
            <label>
              <input type="radio" name="import-mode" checked={state.mode === 'replace'} onChange={() => actions.setImportMode('replace')} />
              Replace all — {countOf(translationPreview.replace)} change; their English is replaced and they go back to draft
            </label>
          </fieldset>
        )}
        {bilingual && <BilingualPreviewView preview={bilingual} mapping={state.mapping} />}
        {!bilingual && (
        <div className="import-encoding">
          <label>
            Encoding
            <select value={state.encoding} onChange={(e) => void actions.setImportEncoding(e.target.value as TextEncoding | 'auto')}>
              <option value="auto">Detect automatically</option>
              {TEXT_ENCODINGS.map((enc) => (
                <option key={enc} value={enc}>{TEXT_ENCODING_NAMES[enc]}</option>
              ))}
            </select>
          </label>
          <p className="muted" role="status" aria-live="polite">
            {loading
              ? 'Reading…'
              : preview
                ? `${TEXT_ENCODING_NAMES[preview.encoding]} — ${preview.detected ? `detected (${preview.reason}, ${Math.round(preview.confidence * 100)}% sure)` : 'as chosen'} · ${preview.paragraphs} paragraphs, ${preview.sentences} sentences`
                : ''}
          </p>
        </div>
        )}
        {error && (
          <p className="import-error" role="alert">
            {error}
          </p>
        )}
        {preview && (
          <ol className="import-preview" aria-label="First lines">
            {preview.lines.map((line, i) => (
              <li key={i} dir="auto">
                <PreviewLine line={line} cuts={preview.cuts[i] ?? []} />
              </li>
            ))}
          </ol>
        )}
        {!translation && (
          <label>
            Title
            <input value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={actions.cancelImport}>Cancel</button>
          <button type="submit" className="primary" disabled={(!preview && !bilingual) || loading || !!error || (!translation && title.trim() === '')}>
            {translation ? 'Import and align' : 'Import'}
          </button>
        </div>
    </ModalForm>
  );
}

const countOf = (n: number): string => `${n} segment${n === 1 ? '' : 's'}`;

/** A preview line with a mark where the import will start a new sentence (segment). */
function PreviewLine({ line, cuts }: { line: string; cuts: readonly number[] }) {
  const bounds = [0, ...cuts, line.length];
  return (
    <>
      {bounds.slice(0, -1).map((start, k) => (
        <span key={start}>
          {k > 0 && <span className="sentence-cut" role="img" aria-label="sentence break" title="A new segment starts here" />}
          {line.slice(start, bounds[k + 1])}
        </span>
      ))}
    </>
  );
}
