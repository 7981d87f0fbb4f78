import { useEffect, useRef, useState } from 'react';
import type { AnnotationScheme, LayerDefinition } from '../../../../core/annotation/scheme';
import { useAnnotationState, useAnnotationStore } from '../../store-context';
import { useDialogError } from './annotation-panel';
import './annotations.css';

interface LabelDraft {
  uid: number;
  value: string;
  title: string;
}

interface LayerDraft {
  uid: number;
  /** Added in this dialog: its name may still be chosen (an existing layer's name is what annotations refer to). */
  isNew: boolean;
  name: string;
  title: string;
  key: string;
  colour: { light: string; dark: string };
  labels: LabelDraft[];
  /** Everything else (placement, speaker, labelRequired, attributes, links) as JSON text. */
  rest: string;
}

let uidSeq = 0;
const uid = () => ++uidSeq;

function restOf(layer: LayerDefinition): string {
  const { placement, speaker, labelRequired, attributes, links } = layer;
  return JSON.stringify({ placement, speaker, labelRequired, attributes, links }, null, 2);
}

/**
 * A removed layer takes the link rules that point at it along (else the scheme could not be saved);
 * a settings text that does not parse is left for the person to fix.
 */
function withoutLinksTo(draft: LayerDraft, removed: string): LayerDraft {
  try {
    const rest: unknown = JSON.parse(draft.rest);
    if (typeof rest !== 'object' || rest === null || !('links' in rest) || !Array.isArray(rest.links)) return draft;
    const links: unknown[] = rest.links;
    const kept = links.filter((r) => !(typeof r === 'object' && r !== null && 'to' in r && r.to === removed));
    return kept.length === links.length ? draft : { ...draft, rest: JSON.stringify({ ...rest, links: kept }, null, 2) };
  } catch {
    return draft;
  }
}

function toDraft(scheme: AnnotationScheme): LayerDraft[] {
  return scheme.layers.map((l) => ({
    uid: uid(),
    isNew: false,
    name: l.name,
    title: l.title,
    key: l.key,
    colour: { ...l.colour },
    labels: l.labels.map((lab) => ({ uid: uid(), value: lab.value, title: lab.title })),
    rest: restOf(l),
  }));
}

function newLayer(taken: readonly LayerDraft[]): LayerDraft {
  let n = taken.length + 1;
  while (taken.some((l) => l.name === `layer-${n}`)) n += 1;
  const key = 'abcdefghijklmnopqrstuvwxyz'.split('').find((k) => !taken.some((l) => l.key === k)) ?? '';
  return {
    uid: uid(),
    isNew: true,
    name: `layer-${n}`,
    title: `Layer ${n}`,
    key,
    colour: { light: '#e2e2dc', dark: '#44443e' },
    labels: [],
    rest: JSON.stringify({ placement: 'span', speaker: 'none', labelRequired: false, attributes: [], links: [] }, null, 2),
  };
}

/** The drafts as the scheme the service checks; a JSON text that does not parse is named here, the rest is the service's to check. */
function build(drafts: readonly LayerDraft[]): { scheme: unknown; error: null } | { scheme: null; error: string } {
  const layers: unknown[] = [];
  for (const d of drafts) {
    let rest: unknown;
    try {
      rest = JSON.parse(d.rest);
    } catch (e) {
      return { scheme: null, error: `layer "${d.name}": the other settings are not valid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
    if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) {
      return { scheme: null, error: `layer "${d.name}": the other settings must be a JSON object {placement, speaker, labelRequired, attributes, links}` };
    }
    layers.push({
      ...rest,
      name: d.name.trim(),
      title: d.title,
      key: d.key.trim(),
      colour: d.colour,
      labels: d.labels.map((l) => ({ value: l.value.trim(), title: l.title.trim() || l.value.trim() })),
    });
  }
  return { scheme: { version: 1, layers }, error: null };
}

/** The project's annotation scheme: layers with their titles, keys, colours and labels, and the rest as JSON. */
export function SchemeDialog() {
  const scheme = useAnnotationState((s) => s.scheme);
  // Bumped after a save or a reset: the editor starts again from what the project now has.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const { actions } = useAnnotationStore();
  if (!scheme) {
    return (
      <div className="dialog-backdrop" role="presentation">
        <div className="dialog scheme-dialog" role="dialog" aria-modal="true" aria-label="Annotation scheme">
          <p aria-busy="true">Loading…</p>
          <div className="dialog-actions">
            <button type="button" onClick={actions.closeScheme}>Close</button>
          </div>
        </div>
      </div>
    );
  }
  return (
    <SchemeEditor
      key={generation}
      scheme={scheme}
      notice={notice}
      onReplaced={(text) => {
        setNotice(text);
        setGeneration((g) => g + 1);
      }}
    />
  );
}

function SchemeEditor({ scheme, notice, onReplaced }: { scheme: AnnotationScheme; notice: string | null; onReplaced: (notice: string) => void }) {
  const { actions } = useAnnotationStore();
  const [drafts, setDrafts] = useState<LayerDraft[]>(() => toDraft(scheme));
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { error: resetError, attempt } = useDialogError();
  const dialogRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialogRef.current?.focus();
  }, []);
  useEffect(() => {
    if (problem || resetError) alertRef.current?.scrollIntoView({ block: 'nearest' });
  }, [problem, resetError]);

  const edit = (next: LayerDraft[]) => {
    setDrafts(next);
    setDirty(true);
    setProblem(null);
  };
  const editLayer = (id: number, patch: Partial<LayerDraft>) => edit(drafts.map((d) => (d.uid === id ? { ...d, ...patch } : d)));
  const move = (index: number, delta: number) => {
    const next = [...drafts];
    const [layer] = next.splice(index, 1);
    if (!layer) return;
    next.splice(Math.max(0, Math.min(next.length, index + delta)), 0, layer);
    edit(next);
  };

  const save = async () => {
    const built = build(drafts);
    if (built.error !== null) {
      setProblem(built.error);
      return;
    }
    setBusy(true);
    const message = await actions.saveScheme(built.scheme);
    setBusy(false);
    if (message !== null) setProblem(`Not saved: ${message}`);
    else onReplaced('Scheme saved.');
  };
  const reset = async () => {
    setBusy(true);
    const ok = await attempt(() => actions.resetScheme());
    setBusy(false);
    if (ok) onReplaced('Back to Mizan’s default scheme.');
  };
  const message = problem ?? resetError;

  return (
    <div className="dialog-backdrop" role="presentation">
      <div
        ref={dialogRef}
        tabIndex={-1}
        className="dialog scheme-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Annotation scheme"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            actions.closeScheme();
          }
        }}
      >
        <header className="scheme-header">
          <h2>Annotation scheme</h2>
          <span className="muted" role="status">{dirty ? 'Edited, not saved' : (notice ?? 'This project’s layers, labels and colours')}</span>
        </header>
        {message && (
          <div className="dialog-error" role="alert" ref={alertRef}>
            {message}
          </div>
        )}
        <div className="scheme-body">
          {drafts.map((d, i) => (
            <LayerEditor
              key={d.uid}
              draft={d}
              index={i}
              count={drafts.length}
              onChange={(patch) => editLayer(d.uid, patch)}
              onMove={(delta) => move(i, delta)}
              onRemove={() => edit(drafts.filter((x) => x.uid !== d.uid).map((x) => withoutLinksTo(x, d.name)))}
            />
          ))}
          <button type="button" className="scheme-add-layer" onClick={() => edit([...drafts, newLayer(drafts)])}>
            Add layer
          </button>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => void reset()} disabled={busy}>Reset to defaults</button>
          {dirty && (
            <button type="button" onClick={() => { setDrafts(toDraft(scheme)); setDirty(false); setProblem(null); }}>
              Discard changes
            </button>
          )}
          <span className="spacer" />
          <button type="button" onClick={actions.closeScheme}>Close</button>
          <button type="button" className="primary" onClick={() => void save()} disabled={!dirty || busy}>Save</button>
        </div>
      </div>
    </div>
  );
}

function LayerEditor({ draft: d, index, count, onChange, onMove, onRemove }: {
  draft: LayerDraft;
  index: number;
  count: number;
  onChange: (patch: Partial<LayerDraft>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const editLabel = (id: number, patch: Partial<LabelDraft>) => onChange({ labels: d.labels.map((l) => (l.uid === id ? { ...l, ...patch } : l)) });
  const jsonOk = (() => {
    try {
      const v: unknown = JSON.parse(d.rest);
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    } catch {
      return false;
    }
  })();
  const title = d.title.trim() || d.name;
  return (
    <section className="scheme-layer" aria-label={`Layer ${d.name}`} data-layer={d.name}>
      <div className="scheme-layer-head">
        <span className="scheme-preview" aria-hidden="true">
          <span className="on-light" style={{ background: d.colour.light }}>{title}</span>
          <span className="on-dark" style={{ background: d.colour.dark }}>{title}</span>
        </span>
        {d.isNew ? (
          <label className="narrow">
            Name
            <input value={d.name} onChange={(e) => onChange({ name: e.target.value })} spellCheck={false} />
          </label>
        ) : (
          <span className="scheme-name" title="The name annotations refer to (it cannot be changed)">
            <span className="muted">Name</span>
            <code>{d.name}</code>
          </span>
        )}
        <label>
          Title
          <input value={d.title} onChange={(e) => onChange({ title: e.target.value })} />
        </label>
        <label className="key">
          Key
          <input value={d.key} maxLength={1} onChange={(e) => onChange({ key: e.target.value.toLowerCase() })} spellCheck={false} />
        </label>
        <label className="colour">
          Light
          <input type="color" aria-label="Light theme colour" value={d.colour.light} onChange={(e) => onChange({ colour: { ...d.colour, light: e.target.value } })} />
        </label>
        <label className="colour">
          Dark
          <input type="color" aria-label="Dark theme colour" value={d.colour.dark} onChange={(e) => onChange({ colour: { ...d.colour, dark: e.target.value } })} />
        </label>
        <span className="spacer" />
        <span className="scheme-layer-actions">
          <button type="button" aria-label={`Move layer ${d.name} up`} onClick={() => onMove(-1)} disabled={index === 0}>↑</button>
          <button type="button" aria-label={`Move layer ${d.name} down`} onClick={() => onMove(1)} disabled={index === count - 1}>↓</button>
          <button type="button" className="danger" onClick={onRemove} disabled={count <= 1}>Remove layer</button>
        </span>
      </div>
      <div className="scheme-layer-body">
        <div className="scheme-labels" role="group" aria-label="Labels">
          <h3>Labels</h3>
          {d.labels.length === 0 ? (
            <p className="muted">No labels: annotations of this layer take none.</p>
          ) : (
            <ol>
              <li className="scheme-labels-head" aria-hidden="true">
                <span>Value (stored)</span>
                <span>Title (shown)</span>
              </li>
              {d.labels.map((l, k) => (
                <li key={l.uid}>
                  <input aria-label={`Label ${k + 1} value`} value={l.value} onChange={(e) => editLabel(l.uid, { value: e.target.value })} spellCheck={false} />
                  <input aria-label={`Label ${k + 1} title`} value={l.title} onChange={(e) => editLabel(l.uid, { title: e.target.value })} />
                  <button type="button" className="icon-button" aria-label={`Remove label ${l.value || k + 1}`} title="Remove" onClick={() => onChange({ labels: d.labels.filter((x) => x.uid !== l.uid) })}>
                    ✕
                  </button>
                </li>
              ))}
            </ol>
          )}
          <button type="button" onClick={() => onChange({ labels: [...d.labels, { uid: uid(), value: '', title: '' }] })}>Add label</button>
        </div>
        <label className="scheme-json">
          <span>
            Other settings (JSON) <span className="scheme-hint">placement: span, segment or both · speaker: required, optional or none · labelRequired · attributes · links: [{"{"}to: layer, kind: attribution or target, title, reverseTitle{"}"}]</span>
          </span>
          <textarea
            aria-label="Other settings (JSON)"
            aria-invalid={!jsonOk}
            rows={Math.min(14, Math.max(6, d.rest.split('\n').length))}
            spellCheck={false}
            value={d.rest}
            onChange={(e) => onChange({ rest: e.target.value })}
          />
          {!jsonOk && <span className="json-warning">Not valid JSON yet</span>}
        </label>
      </div>
    </section>
  );
}
