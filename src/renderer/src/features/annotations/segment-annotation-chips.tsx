import type { AnnotationScheme } from '../../../../core/annotation/scheme';
import type { Annotation, SpeakerSummary } from '../../../../core/annotation/types';
import { useAnnotationStore } from '../../store-context';
import { describeAnnotation } from './annotated-text';
import { layerColour, schemeLayer, usePrefersDark } from './layer-colour';

/** Whole-segment annotations (a stance or claim about the segment), as chips in the row's gutter. */
export function SegmentAnnotationChips({ annotations, scheme, speakers }: { annotations: readonly Annotation[]; scheme: AnnotationScheme | null; speakers: readonly SpeakerSummary[] }) {
  const { actions } = useAnnotationStore();
  const dark = usePrefersDark();
  const whole = annotations.filter((a) => a.side === 'segment');
  const flagged = annotations.filter((a) => a.flagged).length;
  if (whole.length === 0 && flagged === 0) return null;
  return (
    <div className="segment-chips">
      {whole.map((a) => {
        const layer = scheme?.layers.find((l) => l.name === a.layer);
        return (
          <button
            key={a.id}
            type="button"
            className="segment-chip"
            style={{ background: layerColour(schemeLayer(scheme, a.layer), dark) }}
            title={describeAnnotation(a, scheme, speakers)}
            onClick={() => {
              actions.select(a.id);
              actions.openPanel('segment');
            }}
          >
            {layer?.title ?? a.layer}
            {a.label ? `: ${a.label}` : ''}
          </button>
        );
      })}
      {flagged > 0 && (
        <span className="anno-flag-count" title="Text under these annotations was edited: check them in the Annotations panel">
          ⚠ {flagged}
        </span>
      )}
    </div>
  );
}
