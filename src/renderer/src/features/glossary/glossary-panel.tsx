import type { TermHit } from '../../../../core/glossary/types';
import { actionTooltip } from '../../../../api/actions';
import { useAppState, useAppStore } from '../../store-context';
import { activeEditor } from '../editor/active-editor';
import { insertableTerms, useSegmentTerms } from './term-store';
import './glossary.css';

/** The aids dock's Glossary tab: the active segment's terms, their English, Alt+1…9 to insert. */
export function GlossaryPanel() {
  const { actions } = useAppStore();
  const segment = useAppState((s) => (s.activeIndex === null ? undefined : actions.segmentAt(s.activeIndex)));
  const terms = useSegmentTerms(segment?.id, segment?.source ?? '');
  const numbered = insertableTerms(terms);
  const numberOf = (hit: TermHit) => numbered.findIndex((n) => n.hit === hit);
  return (
    <section className="glossary-panel" aria-label="Glossary terms">
      <div className="glossary-tools">
        <button type="button" title={actionTooltip('glossary.addTerm')} onClick={() => actions.openAddTerm()}>
          Add Term…
        </button>
        <button type="button" title={actionTooltip('glossary.open')} onClick={() => actions.openModal('glossary')}>
          Glossary…
        </button>
      </div>
      {segment === undefined ? (
        <p className="empty">Click a segment to see its glossary terms.</p>
      ) : terms.length === 0 ? (
        <p className="empty">No glossary terms in this segment.</p>
      ) : (
        <ul className="glossary-terms">
          {terms.map((hit) => {
            const n = numberOf(hit);
            return (
              <li key={`${hit.start}-${hit.term}`} data-testid="glossary-term">
                <span className="key" title={n >= 0 && n < 9 ? `Alt+${n + 1} inserts the English` : undefined}>
                  {n >= 0 && n < 9 ? `Alt+${n + 1}` : ''}
                </span>
                <span>
                  <span className="arabic" dir="rtl" lang="ar">
                    {hit.text}
                  </span>
                  {hit.text !== hit.term && (
                    <span className="kind" dir="rtl" lang="ar" title="The glossary term">
                      ({hit.term})
                    </span>
                  )}
                  <br />
                  <span className="english">{hit.targets[0] ?? '(no English yet)'}</span>
                  {hit.targets.slice(1).map((t) => (
                    <span key={t} className="admitted">
                      {' '}
                      · {t}
                    </span>
                  ))}
                  {hit.forbidden.map((t) => (
                    <span key={t} className="forbidden" title="Forbidden: do not use">
                      {' '}
                      {t}
                    </span>
                  ))}
                </span>
                {hit.targets[0] !== undefined && (
                  <button type="button" className="small" title="Insert the English at the cursor" onClick={() => activeEditor()?.insertAtCursor(hit.targets[0]!)}>
                    Insert
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
