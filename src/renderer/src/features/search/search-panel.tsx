import { useEffect, useRef } from 'react';
import { SEARCH_SCOPES, type SearchHit, type SearchScope } from '../../../../core/model';
import { useSearchState, useSearchStore } from '../../store-context';
import { HighlightedText, widenToWords } from '../../ui/highlighted-text';
import { estimateTextHeight } from '../../state/estimate-text';
import { listRowProps, VirtualList, type ListRow } from '../../ui/virtual-list';

const SCOPE_LABELS: Record<SearchScope, string> = { source: 'Arabic source', target: 'English', both: 'Both' };

export function SearchPanel() {
  const { actions } = useSearchStore();
  const state = useSearchState((s) => s);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.open) inputRef.current?.focus();
  }, [state.open]);

  if (!state.open) return null;
  const hits = state.result?.hits ?? [];

  return (
    <aside className="search-panel" aria-label="Search">
      <form
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.run().then(() => actions.jump(0));
        }}
      >
        <div className="search-row">
          <input
            ref={inputRef}
            type="search"
            dir="auto"
            aria-label="Search text"
            placeholder="Search (Arabic letter forms and digits match loosely)"
            value={state.query}
            onChange={(e) => actions.update({ query: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Escape') actions.close();
            }}
          />
          <button type="submit" disabled={state.busy}>Find</button>
        </div>
        <div className="search-options">
          <select aria-label="Search in" value={state.scope} onChange={(e) => actions.update({ scope: e.target.value as SearchScope })}>
            {SEARCH_SCOPES.map((s) => (
              <option key={s} value={s}>{SCOPE_LABELS[s]}</option>
            ))}
          </select>
          <label>
            <input type="checkbox" checked={state.regex} onChange={(e) => actions.update({ regex: e.target.checked })} /> Regular expression
          </label>
          <label>
            <input type="checkbox" checked={state.matchCase} onChange={(e) => actions.update({ matchCase: e.target.checked })} /> Match case
          </label>
          <label title="Only whole words: الى does not find اليوم">
            <input type="checkbox" checked={state.wholeWord} onChange={(e) => actions.update({ wholeWord: e.target.checked })} /> Whole word
          </label>
        </div>
        <div className="search-row">
          <input
            type="text"
            aria-label="Replace with"
            placeholder="Replace in the English with…"
            value={state.replacement}
            onChange={(e) => actions.update({ replacement: e.target.value })}
          />
          <button type="button" disabled={state.busy || state.query === ''} onClick={() => void actions.previewReplace()}>
            Preview replace
          </button>
        </div>
      </form>

      {state.preview ? (
        <ReplacePreviewList />
      ) : (
        <>
          {state.result && (
            <p className="search-summary muted" role="status">
              {state.result.total === 0
                ? 'No matches'
                : `${state.result.total} segment${state.result.total === 1 ? '' : 's'} match` + (hits.length < state.result.total ? ` (first ${hits.length} listed)` : '')}
              {` · ${state.result.tookMs.toFixed(1)} ms`}
            </p>
          )}
          <SearchResultList hits={hits} selected={state.selected} />
        </>
      )}
    </aside>
  );
}

/** Up to 500 hits, of which only those on screen are drawn (each is a highlighted Arabic and English pair). */
function SearchResultList({ hits, selected }: { hits: readonly SearchHit[]; selected: number }) {
  const { actions } = useSearchStore();
  const onListKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') actions.select(selected + 1);
    else if (e.key === 'ArrowUp') actions.select(selected - 1);
    else if (e.key === 'Enter') void actions.jump();
    else return;
    e.preventDefault();
  };
  return (
    <VirtualList
      items={hits}
      keyOf={hitKey}
      estimate={estimateHitHeight}
      scrollClassName="search-results-scroll"
      ordered
      listProps={{ className: 'search-results', role: 'listbox', 'aria-label': 'Search results', tabIndex: 0, onKeyDown: onListKey }}
      selectedIndex={selected}
      overscan={6}
      renderItem={(hit, row) => (
        <SearchHitItem
          key={hit.segment.id}
          hit={hit}
          index={row.index}
          total={row.total}
          measureRef={row.measureRef}
          selected={row.index === selected}
          onOpen={() => void actions.jump(row.index)}
        />
      )}
    />
  );
}

const hitKey = (hit: SearchHit) => hit.segment.id;

// .search-hit: a 40px number column, 6px padding; Arabic 16px on 1.8 lines, English 13px.
function estimateHitHeight(hit: SearchHit, width: number): number {
  const text = Math.max(80, width - 60);
  const source = hit.source.length > 0 ? estimateTextHeight(hit.segment.source, text, 7.4, 16 * 1.8) : 0;
  const target = hit.target.length > 0 ? estimateTextHeight(hit.segment.target, text, 6.4, 18) : 0;
  return 13 + source + target;
}

interface HitProps {
  hit: SearchHit;
  index: number;
  total: number;
  measureRef: ListRow['measureRef'];
  selected: boolean;
  onOpen: () => void;
}

function SearchHitItem({ hit, index, total, measureRef, selected, onOpen }: HitProps) {
  return (
    <li
      ref={measureRef}
      // Only the hits on screen are in the DOM: each says where it sits in the whole list.
      {...listRowProps(index, total)}
      role="option"
      aria-selected={selected}
      className={selected ? 'search-hit selected' : 'search-hit'}
      onClick={onOpen}
    >
      <span className="segment-number">{hit.index + 1}</span>
      {hit.source.length > 0 && (
        <span className="hit-source" dir="rtl" lang="ar">
          <HighlightedText text={hit.segment.source} ranges={widenToWords(hit.segment.source, hit.source)} />
        </span>
      )}
      {hit.target.length > 0 && (
        <span className="hit-target" dir="auto">
          <HighlightedText text={hit.segment.target} ranges={hit.target} />
        </span>
      )}
    </li>
  );
}

function ReplacePreviewList() {
  const { actions } = useSearchStore();
  const preview = useSearchState((s) => s.preview);
  const busy = useSearchState((s) => s.busy);
  if (!preview) return null;
  return (
    <section className="replace-preview" aria-label="Replace preview">
      <p className="muted">
        {preview.total === 0 ? 'Nothing to replace in the English.' : `${preview.total} segment${preview.total === 1 ? '' : 's'} will change:`}
      </p>
      <ol className="search-results">
        {preview.items.map((item) => (
          <li key={item.segmentId} className="replace-item">
            <span className="segment-number">{item.index + 1}</span>
            <del>{item.before}</del>
            <ins>{item.after}</ins>
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button type="button" onClick={() => actions.update({})}>Cancel</button>
        <button type="button" className="primary" disabled={busy || preview.total === 0} onClick={() => void actions.replaceAll()}>
          Replace all ({preview.total})
        </button>
      </div>
    </section>
  );
}
