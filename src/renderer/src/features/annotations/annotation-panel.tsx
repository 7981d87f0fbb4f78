import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LayerDefinition } from '../../../../core/annotation/scheme';
import type { Annotation, AnnotationFilter, PlacedAnnotation, SpeakerSummary } from '../../../../core/annotation/types';
import { toSpeakerId } from '../../../../core/ids';
import type { AnnotationSide, Segment } from '../../../../core/model';
import type { AnnotationPanelScope } from '../../state/annotation-store';
import { useAnnotationState, useAnnotationStore, useAppState, useAppStore } from '../../store-context';
import './annotations.css';
import { layerColour, schemeLayer, usePrefersDark } from './layer-colour';
import { useLayout } from '../layout/layout-store';
import { PanelPlacementButton } from '../layout/panel-placement-button';
import { estimateTextHeight } from '../../state/estimate-text';
import { listRowProps, VirtualList, type ListRow } from '../../ui/virtual-list';

// ---------------------------------------------------------------------------------------------
// Shared by the panel, the speaker registry and the scheme dialog.


/** The label's title from the scheme (its value when the scheme no longer has it). */
export function labelTitle(layer: LayerDefinition | undefined, label: string | null): string | null {
  if (label === null || label === '') return null;
  return layer?.labels.find((l) => l.value === label)?.title ?? label;
}

export function speakerName(speaker: SpeakerSummary | undefined): string | null {
  if (!speaker) return null;
  return speaker.nameTarget || speaker.nameSource;
}

/** Runs a store action; resolves false when it failed. */
export type Attempt = (work: () => Promise<unknown>) => Promise<boolean>;

/**
 * The stores report a failed call on the app's message bar, which a modal dialog covers. A dialog
 * runs its actions through `attempt`: a failure is taken off the bar and shown in the dialog, and
 * the dialog learns that the action failed (to keep a form open, say).
 */
export function useDialogError(): { error: string | null; attempt: Attempt; clear: () => void } {
  const app = useAppStore();
  const [error, setError] = useState<string | null>(null);
  const attempt = useCallback<Attempt>(
    async (work) => {
      setError(null);
      const before = app.store.get().message;
      await work();
      const after = app.store.get().message;
      if (after !== before && after?.kind === 'error') {
        setError(after.text);
        app.actions.dismissMessage();
        return false;
      }
      return true;
    },
    [app],
  );
  const clear = useCallback(() => setError(null), []);
  return { error, attempt, clear };
}

/** A square of the layer's highlight colour (decorative: the layer's title is always written next to it). */
export function LayerChip({ layer, dark }: { layer: LayerDefinition | undefined; dark: boolean }) {
  return <span className="layer-chip" style={{ background: layerColour(layer, dark) }} aria-hidden="true" />;
}

/** The text an annotation covers: Arabic is set right to left in the Arabic face, whole segments say so. */
export function AnnotationText({ side, text }: { side: AnnotationSide; text: string | null }) {
  if (side === 'segment' || text === null) return <span className="annotation-text whole muted">whole segment</span>;
  if (text === '') return <span className="annotation-text whole muted">(the text under it was deleted)</span>;
  if (side === 'source') {
    return (
      <span className="annotation-text" dir="rtl" lang="ar">
        {text}
      </span>
    );
  }
  return (
    <span className="annotation-text" dir="ltr" lang="en">
      {text}
    </span>
  );
}

const SIDE_TITLES: Record<AnnotationSide, string> = { source: 'Arabic', target: 'English', segment: 'Whole segment' };
const SIDES: readonly AnnotationSide[] = ['source', 'target', 'segment'];

/** What a screen reader (and a test) calls an item: layer, label, text, speaker, the flag. */
function accessibleName(a: Annotation, text: string | null, layer: LayerDefinition | undefined, speaker: SpeakerSummary | undefined): string {
  const parts = [layer?.title ?? a.layer];
  const label = labelTitle(layer, a.label);
  if (label) parts.push(label);
  parts.push(a.side === 'segment' || text === null ? 'whole segment' : `“${text}”`);
  const who = speakerName(speaker);
  if (who) parts.push(who);
  if (a.flagged) parts.push('text changed — check');
  return parts.join(', ');
}

function sliceOf(segment: Segment, a: Annotation): string | null {
  if (a.side === 'segment' || a.start === null || a.end === null) return null;
  return (a.side === 'source' ? segment.source : segment.target).slice(a.start, a.end);
}

// ---------------------------------------------------------------------------------------------
// The panel

const SCOPES: { scope: AnnotationPanelScope; title: string }[] = [
  { scope: 'segment', title: 'This segment' },
  { scope: 'document', title: 'Document' },
];

/** The annotations of the active segment, or of the whole document with filters: select, edit, delete, go to. */
export function AnnotationPanel() {
  const { actions } = useAnnotationStore();
  const scope = useAnnotationState((s) => s.panelScope);
  const placement = useLayout((l) => l.placement);
  return (
    <aside className="annotation-panel" data-placement={placement} aria-label="Annotations">
      <header className="annotation-panel-header">
        <h2>Annotations</h2>
        <PanelPlacementButton />
        <button type="button" className="icon-button" aria-label="Close the annotations panel" title="Close" onClick={actions.togglePanel}>
          ✕
        </button>
      </header>
      <div className="annotation-tabs" role="tablist" aria-label="Show the annotations of">
        {SCOPES.map(({ scope: s, title }) => (
          <button
            key={s}
            type="button"
            role="tab"
            id={`annotation-tab-${s}`}
            aria-selected={s === scope}
            aria-controls="annotation-tabpanel"
            className={s === scope ? 'tab active' : 'tab'}
            onClick={() => actions.setPanelScope(s)}
          >
            {title}
          </button>
        ))}
      </div>
      <div className="annotation-tabpanel" id="annotation-tabpanel" role="tabpanel" aria-labelledby={`annotation-tab-${scope}`}>
        {scope === 'segment' ? <SegmentScope /> : <DocumentScope />}
      </div>
    </aside>
  );
}

const NONE: readonly Annotation[] = [];

function SegmentScope() {
  const app = useAppStore();
  const activeIndex = useAppState((s) => s.activeIndex);
  // Re-render when the cached segment changes (a saved translation moves the English spans' text).
  useAppState((s) => s.cacheVersion);
  const segment = activeIndex === null ? undefined : app.actions.segmentAt(activeIndex);
  const segmentId = segment?.id;
  const annotations = useAnnotationState((s) => (segmentId === undefined ? NONE : (s.bySegment.get(segmentId) ?? NONE)));
  if (activeIndex === null || !segment) return <p className="muted annotation-empty">No segment is active. Click a row to see its annotations.</p>;
  const count = annotations.length;
  return (
    <>
      <p className="annotation-summary muted" role="status">
        Segment {activeIndex + 1}: {count === 0 ? 'no annotations' : `${count} annotation${count === 1 ? '' : 's'}`}
      </p>
      {count === 0 ? (
        <p className="muted annotation-empty">Select words in the Arabic or the English to annotate them.</p>
      ) : (
        <div className="annotation-scroll">
          {SIDES.map((side) => {
            const onSide = annotations.filter((a) => a.side === side).sort((x, y) => (x.start ?? 0) - (y.start ?? 0) || (x.end ?? 0) - (y.end ?? 0) || x.id - y.id);
            if (onSide.length === 0) return null;
            return (
              <section key={side} className="annotation-group" aria-label={`${SIDE_TITLES[side]} (${onSide.length})`}>
                <h3>
                  {SIDE_TITLES[side]} <span className="count">{onSide.length}</span>
                </h3>
                <ul className="annotation-list" aria-label={`${SIDE_TITLES[side]} annotations`}>
                  {onSide.map((a) => (
                    <AnnotationItem key={a.id} annotation={a} text={sliceOf(segment, a)} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}

function DocumentScope() {
  const { actions } = useAnnotationStore();
  const filter = useAnnotationState((s) => s.filter);
  const version = useAnnotationState((s) => s.version);
  const scheme = useAnnotationState((s) => s.scheme);
  const speakers = useAnnotationState((s) => s.speakers);
  const bySegment = useAnnotationState((s) => s.bySegment);
  const list = useAnnotationState((s) => s.documentList);
  const documentId = useAppState((s) => s.documentId);

  // The list is filtered on the server: load it when the tab opens, the filter changes or annotations change.
  useEffect(() => {
    void actions.loadDocumentList();
  }, [actions, filter, version, documentId]);

  const counts = useMemo(() => {
    const byLayer = new Map<string, number>();
    let total = 0;
    let flagged = 0;
    for (const annotations of bySegment.values()) {
      for (const a of annotations) {
        total += 1;
        if (a.flagged) flagged += 1;
        byLayer.set(a.layer, (byLayer.get(a.layer) ?? 0) + 1);
      }
    }
    return { total, flagged, byLayer };
  }, [bySegment]);

  const change = (patch: Partial<AnnotationFilter>) => {
    const next: AnnotationFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof AnnotationFilter)[]) {
      if (next[key] === undefined || next[key] === '' || next[key] === false) delete next[key];
    }
    // A label belongs to a layer: choosing another layer drops a label it does not have.
    if (patch.layer !== undefined && next.label !== undefined && next.layer !== undefined && !schemeLayer(scheme, next.layer)?.labels.some((l) => l.value === next.label)) {
      delete next.label;
    }
    actions.setFilter(next);
  };
  const filterLayer = filter.layer === undefined ? undefined : schemeLayer(scheme, filter.layer);
  const labelLayers = filterLayer ? [filterLayer] : (scheme?.layers ?? []).filter((l) => l.labels.length > 0);
  const filtered = filter.layer !== undefined || filter.speakerId !== undefined || filter.label !== undefined || filter.flagged === true;
  const items = list ?? [];

  return (
    <>
      <div className="annotation-filters" role="group" aria-label="Filter">
        <label>
          Layer
          <select aria-label="Layer" value={filter.layer ?? ''} onChange={(e) => change({ layer: e.target.value || undefined })}>
            <option value="">All layers ({counts.total})</option>
            {(scheme?.layers ?? []).map((l) => (
              <option key={l.name} value={l.name}>
                {l.title} ({counts.byLayer.get(l.name) ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label>
          Speaker
          <select
            aria-label="Speaker"
            value={filter.speakerId === undefined ? '' : String(filter.speakerId)}
            onChange={(e) => change({ speakerId: e.target.value === '' ? undefined : toSpeakerId(Number(e.target.value)) })}
          >
            <option value="">Any speaker</option>
            {speakers.map((s) => (
              <option key={s.id} value={s.id}>
                {speakerName(s)}
                {s.nameSource && s.nameTarget ? ` — ${s.nameSource}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Label
          <select aria-label="Label" value={filter.label ?? ''} onChange={(e) => change({ label: e.target.value || undefined })}>
            <option value="">Any label</option>
            {labelLayers.map((l) =>
              filterLayer ? (
                l.labels.map((lab) => (
                  <option key={lab.value} value={lab.value}>
                    {lab.title}
                  </option>
                ))
              ) : (
                <optgroup key={l.name} label={l.title}>
                  {l.labels.map((lab) => (
                    <option key={`${l.name}:${lab.value}`} value={lab.value}>
                      {lab.title}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={filter.flagged === true} onChange={(e) => change({ flagged: e.target.checked })} />
          Flagged only ({counts.flagged})
        </label>
        {filtered && (
          <button type="button" className="link-button" onClick={() => actions.setFilter({})}>
            Clear filters
          </button>
        )}
      </div>
      <p className="annotation-summary muted" role="status">
        {list === null
          ? 'Loading…'
          : filtered
            ? `${items.length} of ${counts.total} annotation${counts.total === 1 ? '' : 's'} match`
            : `${items.length} annotation${items.length === 1 ? '' : 's'} in this document`}
      </p>
      <DocumentAnnotationList items={items} />
    </>
  );
}

/** Every annotation of the document (thousands in a long one), of which only those on screen are drawn. */
function DocumentAnnotationList({ items }: { items: readonly PlacedAnnotation[] }) {
  const selectedId = useAnnotationState((s) => s.selectedId);
  return (
    <VirtualList
      items={items}
      keyOf={annotationKey}
      estimate={estimateAnnotationHeight}
      scrollClassName="annotation-scroll"
      listProps={{ className: 'annotation-list', 'aria-label': 'Document annotations' }}
      gap={LIST_GAP}
      // An annotation chosen in the text is brought into view here, drawn or not.
      selectedIndex={selectedId === null ? null : items.findIndex((a) => a.id === selectedId)}
      renderItem={(a, row) => <AnnotationItem key={a.id} annotation={a} text={a.text} placed={a} row={row} />}
    />
  );
}

const annotationKey = (a: PlacedAnnotation) => a.id;

/** `.annotation-list`'s gap. */
const LIST_GAP = 6;

// .annotation-item: a 12px head line, the quoted text at 13px, 6px padding and a border.
function estimateAnnotationHeight(a: PlacedAnnotation, width: number): number {
  return 40 + (a.text ? estimateTextHeight(a.text, Math.max(80, width - 20), 7, 20) : 0) + (a.flagged ? 20 : 0);
}

function AnnotationItem({ annotation: a, text, placed, row }: { annotation: Annotation; text: string | null; placed?: PlacedAnnotation; row?: ListRow }) {
  const { actions } = useAnnotationStore();
  const scheme = useAnnotationState((s) => s.scheme);
  const speakers = useAnnotationState((s) => s.speakers);
  const selected = useAnnotationState((s) => s.selectedId === a.id);
  const lit = useAnnotationState((s) => s.hoverSet.has(a.id));
  const dark = usePrefersDark();
  const ref = useRef<HTMLLIElement>(null);
  const layer = schemeLayer(scheme, a.layer);
  const speaker = a.speakerId === null ? undefined : speakers.find((s) => s.id === a.speakerId);
  const label = labelTitle(layer, a.label);

  // An annotation chosen in the text is brought into view here.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const className = ['annotation-item', selected ? 'selected' : '', lit ? 'lit' : '', a.flagged ? 'flagged' : ''].filter(Boolean).join(' ');
  return (
    <li
      ref={(element) => {
        ref.current = element;
        row?.measureRef(element);
      }}
      {...listRowProps(row?.index, row?.total)}
      className={className}
      aria-label={accessibleName(a, text, layer, speaker)}
      aria-current={selected ? 'true' : undefined}
      data-annotation-id={a.id}
      data-layer={a.layer}
      tabIndex={0}
      onClick={() => actions.select(a.id)}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          actions.select(a.id);
        }
      }}
      onMouseEnter={() => actions.hover(a.id)}
      onMouseLeave={() => actions.hover(null)}
      onFocus={() => actions.hover(a.id)}
      onBlur={() => actions.hover(null)}
    >
      <div className="annotation-head">
        <LayerChip layer={layer} dark={dark} />
        <span className="annotation-layer">{layer?.title ?? a.layer}</span>
        {label && <span className="annotation-label">{label}</span>}
        {placed && (
          <span className="annotation-where muted">
            {SIDE_TITLES[a.side]} · segment {placed.position + 1}
          </span>
        )}
      </div>
      <AnnotationText side={a.side} text={text} />
      {a.flagged && (
        <div className="annotation-flag">
          <span className="flag-badge" title="The text under this annotation was edited after it was made">
            ⚠ text changed — check
          </span>
          <button
            type="button"
            onClick={(e) => {
              e.stopPropagation();
              void actions.update(a.id, { flagged: false });
            }}
          >
            Looks right
          </button>
        </div>
      )}
      <div className="annotation-foot">
        {speaker ? (
          <span className="annotation-speaker" title={[speaker.nameTarget, speaker.nameSource].filter(Boolean).join(' — ')}>
            {speaker.nameTarget && <span>{speaker.nameTarget}</span>}
            {speaker.nameSource && (
              <span dir="rtl" lang="ar" className="speaker-ar">
                {speaker.nameSource}
              </span>
            )}
          </span>
        ) : (
          <span className="spacer" />
        )}
        {placed && (
          <button
            type="button"
            onClick={(e) => {
              e.stopPropagation();
              void actions.jumpTo(placed);
            }}
            title={`Go to segment ${placed.position + 1}`}
          >
            Go to
          </button>
        )}
        <button
          type="button"
          onClick={(e) => {
            e.stopPropagation();
            actions.edit(a);
          }}
        >
          Edit
        </button>
        <button
          type="button"
          className="danger"
          title="Delete this annotation (Undo brings it back)"
          onClick={(e) => {
            e.stopPropagation();
            void actions.remove(a.id);
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
