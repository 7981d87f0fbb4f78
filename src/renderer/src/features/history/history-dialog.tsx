import { useEffect, useState } from 'react';
import { STATUS_LABELS, type Revision, type Segment, type SegmentStatus } from '../../../../core/model';
import { describeOrigin, revisionOrigin } from '../../../../core/review/revision-origin';
import { wordDiff } from '../../../../core/review/word-diff';
import { useAppState, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';
import { EnglishDiffEditor } from './english-diff-editor';
import { WordDiffView } from './word-diff-view';
import './history.css';

const FIELD_NAMES: Record<Revision['field'], string> = { source: 'Arabic', target: 'English', status: 'Status' };
const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

const statusLabel = (value: string): string => STATUS_LABELS[value as SegmentStatus] ?? value;

/** The History of the active segment: every change, newest first, as a word diff; restore any version. */
export function HistoryDialog() {
  const { actions } = useAppStore();
  const activeIndex = useAppState((s) => s.activeIndex);
  const editSeq = useAppState((s) => s.editSeq);
  useAppState((s) => s.cacheVersion); // the current text changes after a restore
  const segment = activeIndex === null ? undefined : actions.segmentAt(activeIndex);
  const segmentId = segment?.id;
  const [revisions, setRevisions] = useState<{ segmentId: number; list: Revision[] } | null>(null);
  const [comparing, setComparing] = useState<number | null>(null);

  // Reloaded after every edit (a restore adds a revision).
  useEffect(() => {
    if (segmentId === undefined) return;
    let live = true;
    actions.revisionsOf(segmentId).then((list) => live && setRevisions({ segmentId, list }), actions.fail);
    return () => {
      live = false;
    };
  }, [actions, segmentId, editSeq]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') actions.closeHistory();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);

  if (!segment || activeIndex === null) return null;
  const list = revisions?.segmentId === segment.id ? [...revisions.list].reverse() : null;
  return (
    <ModalForm label="History" className="history-dialog" onSubmit={actions.closeHistory}>
      <header className="history-head">
        <h2>History of segment {activeIndex + 1}</h2>
        <p className="muted">
          Every change of the English, the Arabic and the status, newest first. Restoring a version makes it the current text as a new change; nothing is
          removed from the history.
        </p>
      </header>
      {list === null ? (
        <p className="muted" aria-busy="true">Loading…</p>
      ) : list.length === 0 ? (
        <p className="muted history-empty">No changes yet: this segment is as it was imported.</p>
      ) : (
        <ol className="revision-list" aria-label="Revisions">
          {list.map((revision) => (
            <RevisionItem
              key={revision.id}
              revision={revision}
              segment={segment}
              comparing={comparing === revision.id}
              onCompare={() => setComparing(comparing === revision.id ? null : revision.id)}
              onRestore={(which) => void actions.restoreRevision(revision.id, which)}
            />
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="submit" autoFocus>
          Close
        </button>
      </div>
    </ModalForm>
  );
}

interface ItemProps {
  revision: Revision;
  segment: Segment;
  comparing: boolean;
  onCompare: () => void;
  onRestore: (which: 'before' | 'after') => void;
}

function RevisionItem({ revision, segment, comparing, onCompare, onRestore }: ItemProps) {
  const { field } = revision;
  const arabic = field === 'source';
  const current = field === 'source' ? segment.source : field === 'target' ? segment.target : segment.status;
  const pieces = field === 'status' ? [] : wordDiff(revision.before, revision.after);
  const spacingOnly = pieces.every((p) => p.kind === 'same') && revision.before !== revision.after;
  return (
    <li className={`revision revision-${field}`} data-revision-id={revision.id} data-field={field}>
      <div className="revision-meta">
        <span className={`revision-field field-${field}`}>{FIELD_NAMES[field]}</span>
        <span className="revision-author">{revision.author}</span>
        <time dateTime={new Date(revision.at).toISOString()}>{TIME.format(revision.at)}</time>
        <span className="revision-origin">{describeOrigin(revisionOrigin(revision.session))}</span>
        {field !== 'status' && revision.after === current && <span className="revision-current">current text</span>}
      </div>
      {field === 'status' ? (
        <p className="revision-status">
          {statusLabel(revision.before)} → {statusLabel(revision.after)}
        </p>
      ) : (
        <p className="revision-diff" dir={arabic ? 'rtl' : 'ltr'} lang={arabic ? 'ar' : 'en'}>
          {pieces.length === 0 ? <span className="muted">(empty)</span> : <WordDiffView pieces={pieces} />}
          {spacingOnly && <span className="muted revision-note"> (only the spacing changed)</span>}
        </p>
      )}
      {field !== 'status' && (
        <div className="revision-actions">
          <button type="button" disabled={revision.after === current} onClick={() => onRestore('after')} title="Make the text this change produced the current text again">
            Restore this version
          </button>
          <button type="button" className="link-button" disabled={revision.before === current} onClick={() => onRestore('before')} title="Make the text before this change the current text again">
            Restore the text before it
          </button>
          {field === 'target' && (
            <button type="button" className="link-button" aria-pressed={comparing} onClick={onCompare}>
              {comparing ? 'Hide comparison' : 'Compare with the current text'}
            </button>
          )}
        </div>
      )}
      {comparing && field === 'target' && (
        <div className="revision-compare">
          <div className="revision-compare-head muted">
            <span>This version</span>
            <span>Current text</span>
          </div>
          <EnglishDiffEditor original={revision.after} modified={segment.target} />
        </div>
      )}
    </li>
  );
}
