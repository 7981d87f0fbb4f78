import { useState } from 'react';
import { cutText, isProperCut } from '../../../../core/align/edit/text-cut';
import { initialCuts } from '../../../../core/align/edit/suggest-cut';
import { splitSentences } from '../../../../core/text/split-sentences';
import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';
import './split.css';

/**
 * Split Both Sides: the active segment's Arabic and English sentences side by side (like memoQ
 * LiveAlign), a cut on each side — clicking a word cuts before it — and one undoable split. It opens
 * at the aligner's suggestion, so where the English shows a boundary Enter alone makes the fix.
 */
export function SplitBothDialog() {
  const { actions } = useAppStore();
  const activeIndex = useAppState((s) => s.activeIndex);
  const segment = activeIndex === null ? undefined : actions.segmentAt(activeIndex);
  const [start] = useState(() => (segment ? initialCuts(segment.source, segment.target) : null));
  const [source, setSource] = useState(start?.source ?? 0);
  const [target, setTarget] = useState(start?.target ?? 0);
  const [saving, setSaving] = useState(false);
  if (!segment || activeIndex === null) return null;
  const arabic = cutText(segment.source, Math.min(source, segment.source.length));
  const english = cutText(segment.target, Math.min(target, segment.target.length));
  const valid = isProperCut(arabic);
  const save = () => {
    if (!valid || saving) return;
    setSaving(true);
    void actions.splitBoth(source, target).finally(() => setSaving(false));
  };
  return (
    <ModalForm label="Split both sides" className="split-both-dialog" onSubmit={save}>
      <div
        className="split-both-body"
        onKeyDown={(e) => {
          if (e.key === 'Escape') actions.closeSplitBoth();
        }}
      >
        <h2>Split segment {activeIndex + 1} on both sides</h2>
        <p className="muted">
          Click a word to cut before it, on each side. {start?.suggested ? 'The cuts start where the English shows a sentence boundary and the Arabic matches it best.' : ''}
        </p>
        <div className="split-sides">
          {/* The grid's order: English on the left, Arabic on the right. */}
          <SideView label="English" lang="en" text={segment.target} cut={target} onCut={setTarget} />
          <SideView label="Arabic" lang="ar" text={segment.source} cut={source} onCut={setSource} />
        </div>
        {segment.target !== '' && (
          <button type="button" className="link-button" onClick={() => setTarget(segment.target.length)} disabled={target >= segment.target.length}>
            Keep all the English on the first segment
          </button>
        )}
        <table className="split-preview" aria-label="Segments after the split">
          <tbody>
            <tr>
              <th>{activeIndex + 1}</th>
              <td lang="en">{english.first}</td>
              <td dir="rtl" lang="ar">{arabic.first}</td>
            </tr>
            <tr>
              <th>{activeIndex + 2}</th>
              <td lang="en">{english.second || <span className="muted">— no English —</span>}</td>
              <td dir="rtl" lang="ar">{arabic.second}</td>
            </tr>
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="button" onClick={actions.closeSplitBoth}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!valid || saving} autoFocus>
            Split
          </button>
        </div>
      </div>
    </ModalForm>
  );
}

/** One side's sentences, one a line, each word a button that puts the cut before it. */
function SideView({ label, lang, text, cut, onCut }: { label: string; lang: 'ar' | 'en'; text: string; cut: number; onCut: (offset: number) => void }) {
  const sentences = splitSentences(text, lang);
  return (
    <section className={`split-side split-side-${lang}`} aria-label={`${label} sentences`} dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <h3>{label}</h3>
      {sentences.length === 0 && <p className="muted">— empty —</p>}
      {sentences.map((s) => (
        <p key={s.start} className="split-sentence">
          {[...s.text.matchAll(/\S+/gu)].map((m) => {
            const offset = s.start + m.index;
            const isCut = offset === cut;
            // The Arabic cannot be cut before its first word; the English can (all of it to the second segment).
            const disabled = lang === 'ar' && offset === 0;
            return (
              <span key={offset}>
                {isCut && <span className="cut-mark" aria-hidden="true">‖</span>}
                <button
                  type="button"
                  className={`split-word ${offset < cut ? 'first-part' : 'second-part'}`}
                  data-offset={offset}
                  aria-pressed={isCut}
                  aria-label={`Cut the ${label} before ${m[0]}`}
                  disabled={disabled}
                  onClick={() => onCut(offset)}
                >
                  {m[0]}
                </button>{' '}
              </span>
            );
          })}
        </p>
      ))}
    </section>
  );
}
