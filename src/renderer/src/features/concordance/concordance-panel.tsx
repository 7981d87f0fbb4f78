import { useEffect, useRef, useState } from 'react';
import { kwicWindow } from '../../../../core/concordance/kwic-sort';
import { CONCORDANCE_SORTS, type ConcordanceHit, type ConcordanceSort } from '../../../../core/concordance/types';
import { useAppState, useAppStore } from '../../store-context';
import { HighlightedText } from '../../ui/highlighted-text';
import {
  cancelConcordance, concordanceStore, exportConcordance, moreConcordance, resetConcordance, searchConcordance, sortConcordance, useConcordance,
} from './concordance-store';
import './concordance.css';

/** Characters of Arabic shown each side of a hit (cut at spaces). */
const KWIC_CONTEXT = 70;
const SORT_LABELS: Record<ConcordanceSort, string> = { document: 'Document order', before: 'Words before', after: 'Words after' };
const EVIDENCE_TITLES = { alignment: 'From the alignment (a translation link)', cooccurrence: 'From word co-occurrence across the hits' } as const;

function HitRow({ hit, onOpen }: { hit: ConcordanceHit; onOpen: (hit: ConcordanceHit) => void }) {
  const kwic = kwicWindow(hit.source, hit.match, KWIC_CONTEXT);
  const where = hit.origin.kind === 'segment' ? `${hit.origin.documentTitle} · #${hit.origin.position + 1}` : hit.origin.memory;
  return (
    <li>
      <button type="button" className="concordance-hit" onClick={() => onOpen(hit)} disabled={hit.origin.kind !== 'segment'} title={hit.origin.kind === 'segment' ? 'Go to this segment' : undefined}>
        <span className="concordance-where">{where}</span>
        <span className="concordance-source" dir="rtl" lang="ar">
          <HighlightedText text={kwic.text} ranges={[kwic.match]} />
        </span>
        <span className={`concordance-target evidence-${hit.evidence ?? 'none'}`} dir="auto" title={hit.evidence ? EVIDENCE_TITLES[hit.evidence] : undefined}>
          {hit.target === '' ? <em className="muted">(no English yet)</em> : <HighlightedText text={hit.target} ranges={hit.english ? [hit.english] : []} />}
        </span>
      </button>
    </li>
  );
}

/** The concordance tab: every occurrence of an Arabic word or phrase in the project, with its English. */
export function ConcordancePanel() {
  const { store, actions } = useAppStore();
  const state = useConcordance((s) => s);
  const inputRef = useRef<HTMLInputElement>(null);
  const [exported, setExported] = useState('');

  useEffect(() => {
    inputRef.current?.focus();
  }, [state.focusRequest]);
  const projectPath = useAppState((s) => s.project?.path ?? null);
  useEffect(() => resetConcordance(projectPath), [projectPath]);

  const open = async (hit: ConcordanceHit) => {
    if (hit.origin.kind !== 'segment') return;
    const { documentId, position } = hit.origin;
    if (store.get().documentId !== documentId) await actions.selectDocument(documentId);
    await actions.goToPosition(position);
  };
  const save = (format: 'csv' | 'tsv') => {
    setExported('');
    exportConcordance(format).then(setExported, (error: unknown) => setExported(error instanceof Error ? error.message : String(error)));
  };
  const { result, hits } = state;

  return (
    <div className="concordance" aria-label="Concordance">
      <form className="concordance-form" onSubmit={(e) => { e.preventDefault(); void searchConcordance(); }}>
        <input
          ref={inputRef}
          type="search"
          dir="auto"
          lang="ar"
          aria-label="Concordance query"
          placeholder="Arabic word or phrase (Ctrl+K on a selection)"
          value={state.query}
          onChange={(e) => concordanceStore.set({ query: e.target.value })}
        />
        <button type="submit" disabled={state.busy}>Find</button>
      </form>
      <div className="concordance-options">
        <select aria-label="Sort by" value={state.sort} onChange={(e) => void sortConcordance(e.target.value as ConcordanceSort)}>
          {CONCORDANCE_SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
        </select>
        <button type="button" disabled={!result || result.total === 0} onClick={() => save('csv')}>Export CSV</button>
        <button type="button" disabled={!result || result.total === 0} onClick={() => save('tsv')}>TSV</button>
      </div>
      {state.error && <p className="concordance-error" role="alert">{state.error}</p>}
      {exported && <p className="muted" role="status">{exported}</p>}
      {state.busy && (
        <p className="muted" aria-busy="true">
          Searching… <button type="button" onClick={cancelConcordance}>Stop</button>
        </p>
      )}
      {result && (
        <p className="concordance-summary" role="status">
          {result.total === 0 ? `No occurrence of “${state.searched}”.` : `${result.total}${result.capped ? '+' : ''} occurrence${result.total === 1 ? '' : 's'}`}
          {result.translations.length > 0 && (
            <> · English: {result.translations.map((t, i) => <span key={t.text}>{i > 0 && ', '}<mark>{t.text}</mark> ({t.count})</span>)}</>
          )}
        </p>
      )}
      <ol className="concordance-hits" aria-label="Occurrences">
        {hits.map((hit, i) => <HitRow key={i} hit={hit} onOpen={(h) => void open(h)} />)}
      </ol>
      {result && hits.length < result.total && (
        <button type="button" className="concordance-more" disabled={state.busy} onClick={() => void moreConcordance()}>
          Show more ({result.total - hits.length} left)
        </button>
      )}
    </div>
  );
}
