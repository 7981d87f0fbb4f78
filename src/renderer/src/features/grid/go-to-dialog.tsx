import { useState } from 'react';
import { useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

/** Ctrl+G: a segment number (as the # column shows it); a filter that hides it is cleared (the message bar says so). */
export function GoToDialog() {
  const { actions } = useAppStore();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = () => {
    if (busy) return;
    const text = value.trim();
    if (!/^\d+$/.test(text)) {
      setProblem('Type the segment number, as the # column shows it (for example 120).');
      return;
    }
    setBusy(true);
    void actions
      .goToNumber(Number(text))
      .then(setProblem)
      .finally(() => setBusy(false));
  };
  return (
    <ModalForm label="Go to segment" className="go-to-dialog" onSubmit={submit}>
      <h2>Go to segment</h2>
      <label>
        Segment number
        <input
          type="text"
          inputMode="numeric"
          value={value}
          autoFocus
          aria-invalid={problem !== null}
          onChange={(e) => {
            setValue(e.target.value);
            setProblem(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') actions.closeGoTo();
          }}
        />
      </label>
      {problem && (
        <p className="import-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={actions.closeGoTo}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Go
        </button>
      </div>
    </ModalForm>
  );
}
