import { useMemo } from 'react';
import { displayRuns } from '../../../../core/annotation/display-runs';
import type { AnnotationScheme } from '../../../../core/annotation/scheme';
import type { Annotation, SpeakerSummary } from '../../../../core/annotation/types';
import type { TermHit } from '../../../../core/glossary/types';
import { useAnnotationStore } from '../../store-context';
import { layerColour, schemeLayer, usePrefersDark } from './layer-colour';

/** What a highlight says on hover: layer, label, speaker, the flag. */
export function describeAnnotation(a: Annotation, scheme: AnnotationScheme | null, speakers: readonly SpeakerSummary[]): string {
  const layer = scheme?.layers.find((l) => l.name === a.layer);
  const label = a.label ? (layer?.labels.find((l) => l.value === a.label)?.title ?? a.label) : null;
  const speaker = a.speakerId === null ? null : speakers.find((s) => s.id === a.speakerId);
  const who = speaker ? (speaker.nameTarget || speaker.nameSource) : null;
  return [layer?.title ?? a.layer, label, who, a.flagged ? 'text changed — check' : null].filter(Boolean).join(' · ');
}

interface Props {
  text: string;
  side: 'source' | 'target';
  annotations: readonly Annotation[];
  scheme: AnnotationScheme | null;
  speakers: readonly SpeakerSummary[];
  hoverSet: ReadonlySet<number>;
  selectedId: number | null;
  /** Glossary terms found in this text (the Arabic side): underlined, their English on hover. */
  terms?: readonly TermHit[];
}

/**
 * A segment's text with its spans drawn over it. Arabic spans are drawn over whole words so letters
 * stay joined; overlapping spans show the innermost layer as the background and each outer layer
 * as a line under the text. Everything is text nodes: nothing in the text can become markup.
 */
export function AnnotatedText({ text, side, annotations, scheme, speakers, hoverSet, selectedId, terms = NO_TERMS }: Props) {
  const { actions } = useAnnotationStore();
  const dark = usePrefersDark();
  const colour = (layer: string) => layerColour(schemeLayer(scheme, layer), dark);
  const spans = useMemo(
    () => annotations.filter((a) => a.side === side && a.start !== null && a.end !== null).map((a) => ({ annotation: a, id: a.id, start: a.start!, end: a.end! })),
    [annotations, side],
  );
  // Terms join the spans with negative ids, so one pass cuts the text for both (terms cover whole words).
  const runs = useMemo(
    () => displayRuns(text, [...spans, ...terms.map((t, i) => ({ id: -(i + 1), start: t.start, end: t.end }))], { wholeWords: side === 'source' }),
    [text, spans, side, terms],
  );
  if (spans.length === 0 && terms.length === 0) return <>{text}</>;
  const byId = new Map<number, Annotation>(spans.map((s) => [s.id, s.annotation]));
  return (
    <>
      {runs.map((run) => {
        const piece = text.slice(run.start, run.end);
        const term = run.ids.filter((id) => id < 0).map((id) => terms[-id - 1]!)[0];
        const ids = run.ids.filter((id) => id > 0);
        if (ids.length === 0 && term === undefined) return <span key={run.start}>{piece}</span>;
        if (ids.length === 0) {
          return (
            <span key={run.start} className="term-hit" data-term={term!.term} title={termTitle(term!)}>
              {piece}
            </span>
          );
        }
        const covering = ids.map((id) => byId.get(id)!);
        const inner = covering[covering.length - 1]!;
        const outer = covering.slice(0, -1);
        const lines = outer.map((a, i) => `inset 0 -${2 * (i + 1)}px 0 ${colour(a.layer)}`);
        const lit = ids.some((id) => hoverSet.has(id));
        const chosen = selectedId !== null && ids.includes(selectedId);
        return (
          <mark
            key={run.start}
            className={`anno${lit ? ' lit' : ''}${chosen ? ' chosen' : ''}${covering.some((a) => a.flagged) ? ' flagged' : ''}${term ? ' term-hit' : ''}`}
            data-term={term?.term}
            data-annotation-ids={ids.join(' ')}
            data-layers={covering.map((a) => a.layer).join(' ')}
            style={{ background: colour(inner.layer), boxShadow: lines.length ? lines.join(', ') : undefined, paddingBottom: lines.length ? `${2 * lines.length}px` : undefined }}
            title={`${covering.map((a) => describeAnnotation(a, scheme, speakers)).join('\n')}${covering.length > 1 ? '\n(click again for the next one)' : ''}${term ? `\n${termTitle(term)}` : ''}`}
            onMouseEnter={() => actions.hover(inner.id)}
            onMouseLeave={() => actions.hover(null)}
            onClick={() => {
              // A click that ends a text selection is for annotating, not for choosing a span.
              if (!(window.getSelection()?.isCollapsed ?? true)) return;
              // Overlapping spans: each click on the same place chooses the next one out.
              const at = selectedId === null ? -1 : ids.indexOf(selectedId);
              actions.select(at <= 0 ? inner.id : ids[at - 1]!);
            }}
          >
            {piece}
          </mark>
        );
      })}
    </>
  );
}

const NO_TERMS: readonly TermHit[] = [];

/** The hover text of a term: its English (preferred first), what not to write, its note. */
export function termTitle(term: TermHit): string {
  const english = term.targets.length > 0 ? term.targets.join(' · ') : '(no English yet)';
  const forbidden = term.forbidden.length > 0 ? `\nnot: ${term.forbidden.join(', ')}` : '';
  return `Glossary: ${term.term} → ${english}${forbidden}${term.note ? `\n${term.note}` : ''}`;
}
