import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

/**
 * Leaving (closing the window or the project) waits for every edit to be saved. When a save keeps
 * failing, this says so and shows the text, so nothing typed is lost without the user choosing it.
 */
export function UnsavedEditsDialog() {
  const { actions } = useAppStore();
  const save = useAppState((s) => s.save);
  const edits = actions.unsavedEdits();
  return (
    <ModalForm label="Unsaved translation" className="unsaved-dialog" onSubmit={() => void actions.retrySave()}>
      {edits.length === 0 ? (
        <>
          <h2>Everything is saved now</h2>
          <p className="muted">You can close or leave the project.</p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={actions.closeUnsaved}>
              Close
            </button>
          </div>
        </>
      ) : (
        <>
          <h2>Your translation is not saved yet</h2>
          <p className="muted">
            {save === 'saving' ? 'Saving…' : 'The last save failed (the message bar says why). Mizan keeps trying; the text stays here until it is saved.'} To
            keep a copy, select the text below and copy it.
          </p>
          {edits.map((edit) => (
            <label key={edit.segmentId}>
              Segment {edit.index + 1}
              <textarea dir="auto" rows={3} readOnly value={edit.target} />
            </label>
          ))}
          <div className="dialog-actions">
            <button type="button" onClick={() => void actions.discardUnsaved()}>
              Discard these edits
            </button>
            <button type="button" onClick={actions.closeUnsaved}>
              Keep working
            </button>
            <button type="submit" className="primary" disabled={save === 'saving'}>
              Try again now
            </button>
          </div>
        </>
      )}
    </ModalForm>
  );
}
