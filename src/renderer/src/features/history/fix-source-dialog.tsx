import { useState } from 'react';
import { wordDiff } from '../../../../core/review/word-diff';
import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';
import { WordDiffView } from './word-diff-view';
import './history.css';

/** Fix a typo in the Arabic of the active segment; the change is a revision and can be undone. */
export function FixSourceDialog() {
  const { actions } = useAppStore();
  const activeIndex = useAppState((s) => s.activeIndex);
  const segment = activeIndex === null ? undefined : actions.segmentAt(activeIndex);
  const [text, setText] = useState(segment?.source ?? '');
  const [saving, setSaving] = useState(false);
  if (!segment || activeIndex === null) return null;
  const changed = text.normalize('NFC') !== segment.source;
  const save = () => {
    if (!changed || saving) return;
    setSaving(true);
    void actions.fixSource(text).finally(() => setSaving(false));
  };
  return (
    <ModalForm label="Fix Arabic" className="fix-source-dialog" onSubmit={save}>
      <h2>Fix the Arabic of segment {activeIndex + 1}</h2>
      <p className="muted">
        For a typo in the source text. The change is kept in the segment’s history with your name; highlighted words follow their text, and a highlight
        whose words you replace is flagged for a look.
      </p>
      <label>
        Arabic
        <textarea
          dir="rtl"
          lang="ar"
          rows={4}
          value={text}
          autoFocus
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') actions.closeFixSource();
            // A segment is one stretch of text: Enter saves (Shift+Enter still breaks the line).
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              save();
            }
          }}
        />
      </label>
      <div className="fix-source-preview">
        <span className="muted">Change</span>
        <p className="revision-diff" dir="rtl" lang="ar" aria-label="Change to the Arabic">
          {changed ? <WordDiffView pieces={wordDiff(segment.source, text.normalize('NFC'))} /> : <span className="muted">No change yet</span>}
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={actions.closeFixSource}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!changed || saving}>
          Save
        </button>
      </div>
    </ModalForm>
  );
}
