import { useEffect, useState } from 'react';
import type { TmState } from '../../../../api/contract';
import { call } from '../../api-client';
import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';
import { refreshMatches } from './matches-store';
import './tm.css';

/** "Translation Memory…": the attached memories, the user TM and repetition switches, pre-translate and export. */
export function TranslationMemoryDialog() {
  const { actions } = useAppStore();
  const documentId = useAppState((s) => s.documentId);
  const [state, setState] = useState<TmState | null>(null);
  const [min, setMin] = useState('75');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => actions.closeModal('translationMemory');
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    call('tm.list', undefined).then(setState, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, []);

  const attach = () => run(async () => {
    const path = await call('dialog.importText', undefined);
    if (path === null) return;
    const { memory, warnings } = await call('tm.attach', { path });
    actions.notify(`Attached "${memory.name}": ${memory.unitCount} units.${warnings.length > 0 ? ` ${warnings.join('; ')}.` : ''}`);
    setState(await call('tm.list', undefined));
    refreshMatches();
  });
  const detach = (memoryId: number, name: string) => run(async () => {
    setState(await call('tm.detach', { memoryId }));
    actions.notify(`Detached "${name}".`);
    refreshMatches();
  });
  const setOption = (patch: { userTm?: boolean; repetitions?: boolean }) => run(async () => setState(await call('tm.setOptions', patch)));
  const exportTm = (which: 'project' | 'user') => run(async () => {
    const path = await call('dialog.exportFile', { defaultName: which === 'project' ? 'project-tm.tmx' : 'user-tm.tmx', extension: 'tmx' });
    if (path === null) return;
    const done = await call('tm.export', { path, which });
    actions.notify(`Wrote ${done.units} units to ${done.path}.`);
  });
  const pretranslate = () => run(async () => {
    const threshold = Number(min);
    if (documentId === null) return;
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > 100) throw new Error('The threshold is a whole number from 1 to 100.');
    if (!(await actions.flush())) return;
    const done = await call('segment.pretranslate', { documentId, min: threshold });
    actions.notify(`Pre-translated ${done.filled} of ${done.empty} empty segments as Draft (${done.exact} exact, ${done.adapted} adapted; Undo reverts it).`);
    await actions.reloadSegments(done.history);
    close();
  });

  return (
    <ModalForm label="Translation memory" className="tm-dialog" onSubmit={close}>
      <h2>Translation memory</h2>
      {state?.userTm.warning && <p className="import-error" role="alert">{state.userTm.warning}</p>}
      <section>
        <h3>Attached memories (read-only)</h3>
        {state && state.memories.length === 0 && <p className="muted">None yet. Matches come from this project's own segments{state.settings.userTm ? ' and the user TM' : ''}.</p>}
        <ul className="tm-memory-list">
          {state?.memories.map((m) => (
            <li key={m.id}>
              <span className="tm-memory-name">{m.name}</span>
              <span className="muted"> — {m.unitCount.toLocaleString()} units, {m.fileName}, {new Date(m.importedAt).toLocaleDateString()}</span>
              <button type="button" disabled={busy} onClick={() => void detach(m.id, m.name)}>Detach</button>
            </li>
          ))}
        </ul>
        <button type="button" disabled={busy} onClick={() => void attach()}>Attach TMX…</button>
      </section>
      <section>
        <label className="tm-inline">
          <input type="checkbox" checked={state?.settings.userTm ?? true} disabled={busy || !state} onChange={(e) => void setOption({ userTm: e.target.checked })} />
          Send confirmed segments to my user TM and match against it
        </label>
        {state?.userTm.path && <p className="muted tm-path">{state.userTm.path}</p>}
        <label className="tm-inline">
          <input type="checkbox" checked={state?.settings.repetitions ?? true} disabled={busy || !state} onChange={(e) => void setOption({ repetitions: e.target.checked })} />
          Fill repetitions: confirming a segment gives its English to identical empty segments of the document
        </label>
      </section>
      <section>
        <label className="tm-inline">
          Pre-translate this document from matches of at least
          <input type="number" min={1} max={100} value={min} className="tm-threshold" onChange={(e) => setMin(e.target.value)} /> %
        </label>
        <button type="button" disabled={busy || documentId === null} onClick={() => void pretranslate()}>Pre-translate</button>
      </section>
      {problem && <p className="import-error" role="alert">{problem}</p>}
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={() => void exportTm('project')}>Export project TM…</button>
        <button type="button" disabled={busy || !state?.userTm.path} onClick={() => void exportTm('user')}>Export user TM…</button>
        <button type="submit" className="primary">Close</button>
      </div>
    </ModalForm>
  );
}
