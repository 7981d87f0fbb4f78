import { useState } from 'react';
import { useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

/** Rejecting needs a reason: it becomes a comment thread the translator sees on the row. */
export function RejectDialog() {
  const { actions } = useAppStore();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <ModalForm
      label="Reject segment"
      onSubmit={() => {
        if (reason.trim() === '' || busy) return;
        setBusy(true);
        void actions.rejectActive(reason).finally(() => setBusy(false));
      }}
    >
      <h2>Reject this segment</h2>
      <label>
        Why? (required — the translator sees it as a comment)
        <textarea dir="auto" rows={4} value={reason} required autoFocus onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={actions.closeReject}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={reason.trim() === '' || busy}>
          Reject
        </button>
      </div>
    </ModalForm>
  );
}
