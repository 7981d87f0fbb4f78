import { useState } from 'react';
import { TERM_STATUSES, type GlossaryEntry, type TermStatus } from '../../../../core/glossary/types';
import { ApiCallError, call } from '../../api-client';
import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';
import { glossaryChanged } from './term-store';
import './glossary.css';

export interface TermDraft {
  source: string;
  target: string;
  status: TermStatus;
  partOfSpeech: string;
  domain: string;
  note: string;
}

/** The fields of an entry as the form edits them: one Arabic and one English term (more in TBX). */
export function TermFields({ draft, onChange }: { draft: TermDraft; onChange: (draft: TermDraft) => void }) {
  const set = (patch: Partial<TermDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="term-form">
      <label>
        Arabic term
        <input dir="rtl" lang="ar" value={draft.source} autoFocus={draft.source === ''} onChange={(e) => set({ source: e.target.value })} />
      </label>
      <label>
        English
        <input dir="auto" value={draft.target} autoFocus={draft.source !== '' && draft.target === ''} onChange={(e) => set({ target: e.target.value })} />
      </label>
      <label>
        English status
        <select value={draft.status} onChange={(e) => set({ status: e.target.value as TermStatus })}>
          {TERM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === 'forbidden' ? 'forbidden (do not use)' : s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Part of speech
        <input value={draft.partOfSpeech} onChange={(e) => set({ partOfSpeech: e.target.value })} />
      </label>
      <label>
        Domain
        <input value={draft.domain} onChange={(e) => set({ domain: e.target.value })} />
      </label>
      <label className="wide">
        Note
        <input dir="auto" value={draft.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
    </div>
  );
}

export function entryInput(draft: TermDraft) {
  return {
    sources: [{ text: draft.source, status: 'preferred' as const }],
    targets: draft.target.trim() === '' ? [] : [{ text: draft.target, status: draft.status }],
    partOfSpeech: draft.partOfSpeech,
    domain: draft.domain,
    note: draft.note,
  };
}

/** Ctrl+Shift+T: a term from the Arabic and English selections, in one step. */
export function AddTermDialog() {
  const { actions } = useAppStore();
  const initial = useAppState((s) => (s.modal?.kind === 'addTerm' ? s.modal : null));
  const [draft, setDraft] = useState<TermDraft>({ source: initial?.source ?? '', target: initial?.target ?? '', status: 'preferred', partOfSpeech: '', domain: '', note: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => actions.closeModal('addTerm');
  const submit = () => {
    if (busy) return;
    if (draft.source.trim() === '') {
      setProblem('Type the Arabic term (or select it in the Arabic text before pressing Ctrl+Shift+T).');
      return;
    }
    setBusy(true);
    call('glossary.add', entryInput(draft))
      .then((entry: GlossaryEntry) => {
        glossaryChanged();
        close();
        actions.notify(`Added to the glossary: ${entry.sources[0]?.text ?? ''}${entry.targets[0] ? ` → ${entry.targets[0].text}` : ''}`);
      })
      .catch((error: unknown) => setProblem(error instanceof ApiCallError ? error.message : String(error)))
      .finally(() => setBusy(false));
  };
  return (
    <ModalForm label="Add term" className="add-term-dialog" onSubmit={submit}>
      <h2>Add term</h2>
      <div onKeyDown={(e) => e.key === 'Escape' && close()}>
        <TermFields draft={draft} onChange={(next) => (setDraft(next), setProblem(null))} />
      </div>
      {problem && (
        <p className="import-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Add
        </button>
      </div>
    </ModalForm>
  );
}
