import { useState } from 'react';
import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

/** Who is working: asked on first use, changed from the top bar. Every change records this name. */
export function IdentityDialog() {
  const { actions } = useAppStore();
  const identity = useAppState((s) => s.identity);
  const [name, setName] = useState(identity?.userName ?? '');
  const [role, setRole] = useState<'translator' | 'reviewer'>(identity?.role ?? 'translator');
  const first = !identity?.chosen;
  return (
    <ModalForm label="Who is working" onSubmit={() => name.trim() && void actions.setIdentity(name.trim(), role)}>
      <h2>{first ? 'Welcome to Mizan — who is working?' : 'Who is working'}</h2>
      <p className="muted">Your name goes with every translation edit, status change, annotation and comment you make, so a team can see who did what.</p>
      <label>
        Name
        <input value={name} required maxLength={100} autoFocus onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset className="identity-role">
        <legend>Role</legend>
        <label className="inline">
          <input type="radio" name="role" checked={role === 'translator'} onChange={() => setRole('translator')} /> Translator
        </label>
        <label className="inline">
          <input type="radio" name="role" checked={role === 'reviewer'} onChange={() => setRole('reviewer')} /> Reviewer
        </label>
      </fieldset>
      <div className="dialog-actions">
        {!first && (
          <button type="button" onClick={actions.closeIdentity}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={name.trim() === ''}>
          {first ? 'Start' : 'Save'}
        </button>
      </div>
    </ModalForm>
  );
}
