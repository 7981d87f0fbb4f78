import { useState } from 'react';
import type { QaProfileEntry } from '../../../../core/qa/results';
import { QA_SEVERITIES } from '../../../../core/qa/types';
import { useQaState, useQaStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';
import './qa.css';

/** The project's QA profile: every check on or off, with its severity. */
export function QaProfileDialog() {
  const qa = useQaStore();
  const checks = useQaState((s) => s.checks);
  const stored = useQaState((s) => s.profile);
  const busy = useQaState((s) => s.busy);
  const [profile, setProfile] = useState<Record<string, QaProfileEntry>>(() => ({ ...stored }));
  const change = (id: string, patch: Partial<QaProfileEntry>) =>
    setProfile((p) => {
      const check = checks.find((c) => c.id === id);
      const current = p[id] ?? { enabled: check?.defaultEnabled ?? true, severity: check?.defaultSeverity ?? 'warning' };
      return { ...p, [id]: { ...current, ...patch } };
    });
  return (
    <ModalForm label="QA profile" className="qa-profile-dialog" onSubmit={() => void qa.actions.saveProfile(profile)}>
      <h2>QA profile</h2>
      <p className="muted">Which checks run in this project (on confirm, in the QA panel, the reports and mizan qa), and how severe each is. An error stops Confirm until you confirm anyway.</p>
      <div className="qa-profile-scroll">
        <table className="qa-profile-table">
          <thead>
            <tr>
              <th>On</th>
              <th>Check</th>
              <th>Severity</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => {
              const entry = profile[c.id] ?? { enabled: c.defaultEnabled, severity: c.defaultSeverity };
              return (
                <tr key={c.id} data-check={c.id}>
                  <td>
                    <input type="checkbox" aria-label={`Run ${c.label}`} checked={entry.enabled} onChange={(e) => change(c.id, { enabled: e.target.checked })} />
                  </td>
                  <td>
                    <div>
                      {c.label} <code className="muted">{c.id}</code>
                      {c.scope === 'document' && <span className="muted"> · across the document, not on confirm</span>}
                    </div>
                    <div className="qa-check-description">{c.description}</div>
                  </td>
                  <td>
                    <select
                      aria-label={`Severity of ${c.label}`}
                      value={entry.severity}
                      disabled={!entry.enabled}
                      onChange={(e) => change(c.id, { severity: QA_SEVERITIES.find((s) => s === e.target.value) ?? entry.severity })}
                    >
                      {QA_SEVERITIES.map((s) => (
                        <option key={s} value={s}>
                          {s}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={() => void qa.actions.saveProfile({}, true)} disabled={busy}>
          Reset to defaults
        </button>
        <button type="button" onClick={qa.actions.closeProfile}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
      </div>
    </ModalForm>
  );
}
