import { useMemo, useState } from 'react';
import { GLOSSARY_FORMATS, type GlossaryFormat } from '../../../../core/glossary/formats/types';
import type { GlossaryEntry } from '../../../../core/glossary/types';
import { foldForMatch } from '../../../../core/text/normalize/index';
import { ApiCallError, call } from '../../api-client';
import { useAppStore } from '../../store-context';
import { TermFields, entryInput, type TermDraft } from './add-term-dialog';
import { glossaryChanged, useGlossaryEntries } from './term-store';
import './glossary.css';

const EMPTY: TermDraft = { source: '', target: '', status: 'preferred', partOfSpeech: '', domain: '', note: '' };

function draftOf(entry: GlossaryEntry): TermDraft {
  const target = entry.targets[0];
  return { source: entry.sources[0]?.text ?? '', target: target?.text ?? '', status: target?.status ?? 'preferred', partOfSpeech: entry.partOfSpeech, domain: entry.domain, note: entry.note };
}

/** The project glossary: filter, edit, remove, add; import TBX/TSV/CSV; export TBX/TSV/CSV. */
export function GlossaryDialog() {
  const { actions } = useAppStore();
  const entries = useGlossaryEntries();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<{ id: GlossaryEntry['id'] | null; draft: TermDraft } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => actions.closeModal('glossary');

  const shown = useMemo(() => {
    const key = foldForMatch(filter.trim());
    if (!entries || key === '') return entries ?? [];
    return entries.filter((e) => [...e.sources, ...e.targets].some((t) => foldForMatch(t.text).includes(key)));
  }, [entries, filter]);

  const attempt = (work: () => Promise<string | null>) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    work()
      .then((text) => text !== null && setMessage({ text, error: false }))
      .catch((error: unknown) => setMessage({ text: error instanceof ApiCallError ? error.message : String(error), error: true }))
      .finally(() => setBusy(false));
  };

  const save = () =>
    attempt(async () => {
      if (!editing) return null;
      // Editing keeps the entry's other terms: only the first Arabic and the first English are in the form.
      const entry = editing.id === null ? null : entries?.find((e) => e.id === editing.id);
      const input = entryInput(editing.draft);
      if (entry) {
        await call('glossary.update', {
          id: entry.id,
          patch: { ...input, sources: [...input.sources, ...entry.sources.slice(1)], targets: [...input.targets, ...entry.targets.slice(1)] },
        });
      } else {
        await call('glossary.add', input);
      }
      glossaryChanged();
      setEditing(null);
      return entry ? 'Entry saved.' : 'Entry added.';
    });

  const remove = (entry: GlossaryEntry) =>
    attempt(async () => {
      if (!window.confirm(`Remove ${entry.sources[0]?.text ?? 'this entry'} from the glossary? This cannot be undone.`)) return null;
      await call('glossary.remove', { id: entry.id });
      glossaryChanged();
      return 'Entry removed.';
    });

  const importFile = () =>
    attempt(async () => {
      const path = await call('dialog.importGlossary', {});
      if (path === null) return null;
      const result = await call('glossary.import', { path });
      glossaryChanged();
      const skipped = result.skipped > 0 ? `; ${result.skipped} already there` : '';
      return `Imported ${result.added} ${result.added === 1 ? 'entry' : 'entries'} (${result.format.toUpperCase()})${skipped}.${result.warnings.length ? ` ${result.warnings.join('; ')}.` : ''}`;
    });

  const exportFile = (format: GlossaryFormat) =>
    attempt(async () => {
      const path = await call('dialog.exportFile', { defaultName: `glossary.${format}`, extension: format });
      if (path === null) return null;
      const result = await call('glossary.export', { path, format });
      return `Exported ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'} to ${result.path}.`;
    });

  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog glossary-dialog" role="dialog" aria-modal="true" aria-label="Glossary" onKeyDown={(e) => e.key === 'Escape' && !editing && close()}>
        <h2>Glossary</h2>
        <div className="glossary-tools dialog-actions" style={{ justifyContent: 'flex-start' }}>
          <input type="search" placeholder="Filter (Arabic or English)" aria-label="Filter the glossary" dir="auto" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <button type="button" onClick={() => setEditing({ id: null, draft: EMPTY })} disabled={busy}>
            New Entry
          </button>
          <button type="button" onClick={importFile} disabled={busy}>
            Import…
          </button>
          {GLOSSARY_FORMATS.map((f) => (
            <button key={f} type="button" onClick={() => exportFile(f)} disabled={busy || !entries?.length}>
              Export {f.toUpperCase()}…
            </button>
          ))}
        </div>
        {message && (
          <p className={message.error ? 'import-error' : 'hint'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        {editing && (
          <form
            className="glossary-edit"
            aria-label={editing.id === null ? 'New glossary entry' : 'Edit glossary entry'}
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <TermFields draft={editing.draft} onChange={(draft) => setEditing({ ...editing, draft })} />
            <div className="dialog-actions">
              <button type="button" onClick={() => setEditing(null)}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={busy}>
                {editing.id === null ? 'Add' : 'Save'}
              </button>
            </div>
          </form>
        )}
        <div className="entries">
          {entries === null ? (
            <p className="hint">Loading…</p>
          ) : shown.length === 0 ? (
            <p className="hint">{entries.length === 0 ? 'The glossary is empty: import a TBX, tab-separated or CSV file, or add entries (Ctrl+Shift+T adds a selection).' : 'No entry matches the filter.'}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Arabic</th>
                  <th>English</th>
                  <th>Domain</th>
                  <th>Source</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {shown.map((entry) => (
                  <tr key={entry.id} data-testid="glossary-entry">
                    <td className="arabic" dir="rtl" lang="ar">
                      {entry.sources.map((t) => t.text).join('، ')}
                    </td>
                    <td dir="auto">
                      {entry.targets.map((t, i) => (
                        <span key={t.text}>
                          {i > 0 ? ' · ' : ''}
                          <span className={t.status === 'forbidden' ? 'forbidden' : undefined} title={t.status === 'forbidden' ? 'forbidden: do not use' : t.status}>
                            {t.text}
                          </span>
                        </span>
                      ))}
                    </td>
                    <td>{entry.domain}</td>
                    <td title={`${entry.author}, ${new Date(entry.updatedAt).toLocaleDateString()}`}>{entry.origin}</td>
                    <td>
                      <button type="button" className="small" onClick={() => setEditing({ id: entry.id, draft: draftOf(entry) })} disabled={busy}>
                        Edit
                      </button>{' '}
                      <button type="button" className="small" onClick={() => remove(entry)} disabled={busy}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div className="dialog-actions">
          <span className="hint">{entries ? `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}; registry speakers are recognised as terms too.` : ''}</span>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
