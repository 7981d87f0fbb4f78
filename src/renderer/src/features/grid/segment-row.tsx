import { memo, useLayoutEffect, useRef } from 'react';
import { SEGMENT_STATUSES, type Segment, type SegmentStatus } from '../../../../core/model';
import { LOW_CONFIDENCE } from '../../../../core/align/index';
import type { Annotation } from '../../../../core/annotation/types';
import { useAnnotationState, useAnnotationStore, useAppStore } from '../../store-context';
import { AnnotatedText, describeAnnotation } from '../annotations/annotated-text';
import { SegmentAnnotationChips } from '../annotations/segment-annotation-chips';
import { CommentBadge } from '../comments/comment-badge';
import { MatchBadge } from '../tm/match-badge';
import { domSelection } from '../annotations/text-selection';
import { SegmentHistoryButtons } from '../history/segment-history-buttons';
import { STATUS_LABELS, StatusBadge } from '../../ui/status-badge';
import type { EnglishEditor } from '../editor/english-editor';
import { useSegmentTerms } from '../glossary/term-store';
import '../glossary/glossary.css';
import { QaInline } from '../qa/qa-inline';

interface Props {
  index: number;
  segment: Segment | undefined;
  active: boolean;
  selected: boolean;
  editor: EnglishEditor | null;
}

const NONE: readonly Annotation[] = [];

export const SegmentRow = memo(function SegmentRow({ index, segment, active, selected, editor }: Props) {
  const { actions } = useAppStore();
  const targetRef = useRef<HTMLDivElement>(null);
  const segmentId = segment?.id;
  const annotations = useAnnotationState((s) => (segmentId === undefined ? NONE : (s.bySegment.get(segmentId) ?? NONE)));
  const scheme = useAnnotationState((s) => s.scheme);
  const speakers = useAnnotationState((s) => s.speakers);
  const hoverSet = useAnnotationState((s) => s.hoverSet);
  const selectedId = useAnnotationState((s) => s.selectedId);
  const annotationStore = useAnnotationStore();
  const terms = useSegmentTerms(segmentId, segment?.source ?? '');
  // Selecting words with the mouse offers the layers at once, as annotation tools do.
  const offerSelection = () => {
    const pending = domSelection();
    if (pending) annotationStore.actions.offer(pending);
  };

  // Host the single Monaco editor while this row is active; load its text once per segment.
  useLayoutEffect(() => {
    const host = targetRef.current;
    if (!editor || !host || segmentId === undefined) return;
    editor.attach(host);
    editor.setText(actions.segmentAt(index)?.target ?? '');
    editor.focus();
    return () => editor.detach(host);
  }, [editor, segmentId, index, actions]);

  // The English spans of the active row are Monaco decorations (the text there is Monaco's).
  useLayoutEffect(() => {
    if (!editor) return;
    editor.setAnnotations(
      annotations
        .filter((a) => a.side === 'target' && a.start !== null && a.end !== null)
        .map((a) => ({ id: a.id, start: a.start!, end: a.end!, className: `anno-layer-${a.layer}${a.flagged ? ' anno-flagged' : ''}`, hover: describeAnnotation(a, scheme, speakers) })),
    );
  }, [editor, annotations, scheme, speakers]);

  if (!segment) {
    return (
      <div className="segment-row loading-row" aria-busy="true">
        <span className="col-gutter muted">{index + 1}</span>
      </div>
    );
  }

  const doubtful = !segment.alignConfirmed && segment.alignScore !== null && segment.alignScore < LOW_CONFIDENCE;
  return (
    <div
      className={`segment-row${active ? ' active' : ''}${selected ? ' selected' : ''}${segment.doNotTranslate ? ' do-not-translate' : ''}`}
      data-segment-id={segment.id}
      data-status={segment.status}
      aria-current={active ? 'true' : undefined}
      onClick={(e) => {
        if (e.shiftKey) {
          actions.extendSelection(index);
          window.getSelection()?.removeAllRanges();
          return;
        }
        // On click, not mousedown: the browser's own focus change on mousedown would take focus
        // back from the editor. A drag that selected text is a selection, not an activation.
        const selecting = !(window.getSelection()?.isCollapsed ?? true);
        if (!active && !selecting && !(e.target as HTMLElement).closest('select, input, label')) void actions.activate(index, false);
      }}
    >
      {/* Compact: number and status on one line, the active row's tools on a second (icons, named for screen readers). */}
      <div className="col-gutter">
        <div className="gutter-head">
          <span className="segment-number">{segment.position + 1}</span>
          {active ? (
            <select
              className={`status-select status-${segment.status}`}
              aria-label="Segment status"
              value={segment.status}
              onChange={(e) => void actions.setStatus(index, e.target.value as SegmentStatus)}
            >
              {SEGMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          ) : (
            <StatusBadge status={segment.status} />
          )}
        </div>
        {doubtful && (
          <span className="align-flag" title={`The aligner is unsure of this pair (confidence ${Math.round((segment.alignScore ?? 0) * 100)}%). Check it, then confirm the alignment (Alt+C).`}>
            Check alignment
          </span>
        )}
        {segment.alignConfirmed && <span className="align-ok" title="Alignment confirmed">Aligned ✓</span>}
        <CommentBadge index={index} count={segment.openComments} />
        <MatchBadge segmentId={segment.id} target={segment.target} />
        <SegmentAnnotationChips annotations={annotations} scheme={scheme} speakers={speakers} />
        {active && (
          <div className="gutter-tools">
            <button
              type="button"
              className="annotate-segment gutter-button"
              aria-label="Annotate segment…"
              title="Annotate the whole segment: a stance or claim (Alt+Shift+A); select words to annotate a span (Alt+A)"
              onClick={(e) => {
                const box = e.currentTarget.getBoundingClientRect();
                annotationStore.actions.offer({ segmentId: segment.id, side: 'segment', start: null, end: null, text: null, anchor: { x: box.left + 110, y: box.bottom } });
              }}
            >
              ✎
            </button>
            <SegmentHistoryButtons />
            <label className="dnt-toggle gutter-button" title="Don’t translate: keep this line (boilerplate, a byline) but leave it out of the work and of the translation export">
              <input
                type="checkbox"
                aria-label="Don’t translate"
                checked={segment.doNotTranslate}
                onChange={(e) => void actions.setDoNotTranslate(index, e.target.checked)}
              />
              <span aria-hidden="true">⊘</span>
            </label>
          </div>
        )}
        {!active && segment.doNotTranslate && <span className="dnt-badge" title="Do not translate">Don’t translate</span>}
      </div>
      <div className="col-target" ref={targetRef} data-testid={active ? 'active-target' : undefined}>
        {!active &&
          (segment.target ? (
            <div className="target-text" dir="auto" data-annotatable="target" onMouseUp={offerSelection}>
              <AnnotatedText text={segment.target} side="target" annotations={annotations} scheme={scheme} speakers={speakers} hoverSet={hoverSet} selectedId={selectedId} />
            </div>
          ) : (
            <div className="target-text placeholder">—</div>
          ))}
      </div>
      <div className="col-source source-text" dir="rtl" lang="ar" data-annotatable="source" onMouseUp={offerSelection}>
        <AnnotatedText text={segment.source} side="source" annotations={annotations} scheme={scheme} speakers={speakers} hoverSet={hoverSet} selectedId={selectedId} terms={terms} />
      </div>
      <QaInline segmentId={segment.id} editor={editor} />
    </div>
  );
});
