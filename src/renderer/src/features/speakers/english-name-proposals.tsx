import { useEffect, useState } from 'react';
import type { EnglishNameProposal } from '../../../../core/annotation/types';
import { useAnnotationStore } from '../../store-context';
import type { Attempt } from '../annotations/annotation-panel';

interface Row extends EnglishNameProposal {
  accept: boolean;
  name: string;
}

/**
 * "Fill English names from linked spans": the registry speakers with no English name whose Arabic
 * spans are linked to English spans, each with the English those spans read; the user keeps,
 * corrects or leaves out each one, then fills them in one go.
 */
export function EnglishNameProposals({ attempt, onDone }: { attempt: Attempt; onDone: () => void }) {
  const { actions } = useAnnotationStore();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void actions.proposeEnglishNames().then((found) => {
      if (live) setRows((found ?? []).map((p) => ({ ...p, accept: true, name: p.nameTarget })));
    });
    return () => {
      live = false;
    };
  }, [actions]);

  const set = (speakerId: number, change: Partial<Row>) => setRows((current) => current?.map((r) => (r.speakerId === speakerId ? { ...r, ...change } : r)) ?? null);
  const chosen = rows?.filter((r) => r.accept && r.name.trim() !== '') ?? [];

  return (
    <section className="english-name-proposals" aria-label="English names from linked spans">
      <h3>English names from linked spans</h3>
      {rows === null ? (
        <p className="muted">Looking for linked spans…</p>
      ) : rows.length === 0 ? (
        <p className="muted" role="status">
          No proposals: every speaker whose Arabic span is linked to an English span has an English name already.
        </p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={r.speakerId} aria-label={r.nameSource}>
              <label className="inline">
                <input type="checkbox" checked={r.accept} onChange={(e) => set(r.speakerId, { accept: e.target.checked })} />
                <span dir="rtl" lang="ar">{r.nameSource}</span>
              </label>
              {' → '}
              <input aria-label={`English name for ${r.nameSource}`} value={r.name} onChange={(e) => set(r.speakerId, { name: e.target.value })} />
              <span className="muted">
                {' '}
                {r.spans} linked span{r.spans === 1 ? '' : 's'}
                {r.others.length > 0 ? `; also read as ${r.others.map((o) => `“${o}”`).join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || chosen.length === 0}
          onClick={() => {
            setBusy(true);
            void attempt(() => actions.fillEnglishNames(chosen.map((r) => ({ speakerId: r.speakerId, nameTarget: r.name.trim() }))))
              .then((ok) => {
                if (ok) onDone();
              })
              .finally(() => setBusy(false));
          }}
        >
          Fill {chosen.length} English name{chosen.length === 1 ? '' : 's'}
        </button>
      </div>
    </section>
  );
}
