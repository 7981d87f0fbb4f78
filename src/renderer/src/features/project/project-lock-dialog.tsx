import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

/**
 * Shown when the project being opened is being edited in another Mizan session (the message names
 * who, where and since when). Read-only is the default: taking over turns the other session read-only.
 */
export function ProjectLockDialog() {
  const { actions } = useAppStore();
  const choice = useAppState((s) => (s.modal?.kind === 'lock' ? s.modal : null));
  if (!choice) return null;
  return (
    <ModalForm label="Project in use" onSubmit={() => void actions.chooseLockAccess('readOnly')}>
      <h2>This project is open elsewhere</h2>
      <p className="lock-message">{choice.message}</p>
      <p>
        Read-only lets you look, search and export without changing anything. Take over only if that session is finished or
        abandoned: it becomes read-only, and anything it had not saved yet is not saved.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => void actions.chooseLockAccess(null)}>
          Cancel
        </button>
        <button type="button" onClick={() => void actions.chooseLockAccess('takeOver')}>
          Take over
        </button>
        <button type="submit" className="primary" autoFocus>
          Open read-only
        </button>
      </div>
    </ModalForm>
  );
}

/** A banner while the open project is read-only, saying why. */
export function ReadOnlyBanner() {
  const reason = useAppState((s) => s.project?.readOnly ?? null);
  if (!reason) return null;
  return (
    <div className="read-only-banner" role="status" aria-label="Read-only">
      <strong>Read-only.</strong> {reason}. To edit, close it and open it again when the other session is done, or choose Take over.
    </div>
  );
}
