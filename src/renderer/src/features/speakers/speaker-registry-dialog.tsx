import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ActivityVia, SpeakerFields, SpeakerSummary } from '../../../../core/annotation/types';
import { SPEAKER_KINDS, SPEAKER_KIND_LABELS, type SpeakerKind } from '../../../../core/model';
import { useAnnotationState, useAnnotationStore } from '../../store-context';
import { AnnotationText, LayerChip, labelTitle, speakerName, useDialogError, type Attempt } from '../annotations/annotation-panel';
import { schemeLayer, usePrefersDark } from '../annotations/layer-colour';
import '../annotations/annotations.css';
import { EnglishNameProposals } from './english-name-proposals';

const VIA_LABELS: Record<ActivityVia, string> = {
  speaker: 'names them',
  attribution: 'attributed to them',
  translation: 'English counterpart',
};

const EMPTY: SpeakerFields = { nameSource: '', nameTarget: '', kind: 'person', role: '', organisation: '', note: '' };

/** What the row shows as the speaker's name, in both languages where it has them. */
function displayName(s: SpeakerSummary): string {
  return s.nameTarget && s.nameSource ? `${s.nameTarget} (${s.nameSource})` : (speakerName(s) ?? `speaker ${s.id}`);
}

type RowMode = { id: number; mode: 'edit' | 'merge' | 'delete' } | null;

/** The speaker registry: both names, kind, role; edit, add, merge duplicates, delete unused entries, and a speaker's activity. */
export function SpeakerRegistryDialog() {
  const { actions } = useAnnotationStore();
  const speakers = useAnnotationState((s) => s.speakers);
  const activity = useAnnotationState((s) => s.activity);
  const [row, setRow] = useState<RowMode>(null);
  const [adding, setAdding] = useState(false);
  const [filling, setFilling] = useState(false);
  const { error, attempt, clear } = useDialogError();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialogRef.current?.focus();
  }, []);

  const activeSpeaker = activity ? speakers.find((s) => s.id === activity.speakerId) : undefined;
  const close = () => actions.closeSpeakers();

  return (
    <div className="dialog-backdrop" role="presentation">
      <div
        ref={dialogRef}
        tabIndex={-1}
        className={activity ? 'dialog speakers-dialog with-activity' : 'dialog speakers-dialog'}
        role="dialog"
        aria-modal="true"
        aria-label="Speakers"
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          if (row || adding || filling) {
            setRow(null);
            setAdding(false);
            setFilling(false);
          } else close();
        }}
      >
        <header className="speakers-header">
          <h2>Speakers</h2>
          <span className="muted">
            {speakers.length} in the registry · names as the Arabic and the English write them
          </span>
          <span className="spacer" />
          <button type="button" onClick={() => { setRow(null); setAdding(false); setFilling(true); }} disabled={filling}>
            Fill English names from linked spans
          </button>
          <button type="button" onClick={() => { setRow(null); setAdding(true); }} disabled={adding}>
            Add speaker
          </button>
        </header>
        {error && (
          <div className="dialog-error" role="alert">
            <span>{error}</span>
            <button type="button" className="link-button" onClick={clear}>Dismiss</button>
          </div>
        )}
        <div className="speakers-body">
          <section className="speakers-registry" aria-label="Registry">
            {filling && <EnglishNameProposals attempt={attempt} onDone={() => setFilling(false)} />}
            {adding && (
              <SpeakerEditor
                title="New speaker"
                initial={EMPTY}
                submitLabel="Add"
                onCancel={() => setAdding(false)}
                onSave={async (fields) => {
                  if (await attempt(() => actions.createSpeaker(fields))) setAdding(false);
                }}
              />
            )}
            <table className="speakers-table">
              <thead>
                <tr>
                  <th scope="col">English name</th>
                  <th scope="col" className="col-ar">Arabic name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Role</th>
                  <th scope="col">Organisation</th>
                  <th scope="col" className="num">Annotations</th>
                  <th scope="col"><span className="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              {speakers.map((s) => (
                <SpeakerRow
                  key={s.id}
                  speaker={s}
                  speakers={speakers}
                  mode={row?.id === s.id ? row.mode : null}
                  showingActivity={activity?.speakerId === s.id}
                  attempt={attempt}
                  onMode={(mode) => { setAdding(false); setRow(mode ? { id: s.id, mode } : null); }}
                />
              ))}
            </table>
            {speakers.length === 0 && <p className="muted">The registry is empty. Add a speaker, or select a name in the text and mark it as a speaker.</p>}
          </section>
          {activity && <ActivityList speaker={activeSpeaker} />}
        </div>
        <div className="dialog-actions">
          <span className="muted speakers-hint">Registry edits are saved at once; they are not in Undo.</span>
          <span className="spacer" />
          <button type="button" onClick={close}>Close</button>
        </div>
      </div>
    </div>
  );
}

function SpeakerRow({ speaker: s, speakers, mode, showingActivity, attempt, onMode }: {
  speaker: SpeakerSummary;
  speakers: readonly SpeakerSummary[];
  mode: 'edit' | 'merge' | 'delete' | null;
  showingActivity: boolean;
  attempt: Attempt;
  onMode: (mode: 'edit' | 'merge' | 'delete' | null) => void;
}) {
  const { actions } = useAnnotationStore();
  const name = displayName(s);
  return (
    <tbody className={showingActivity ? 'speaker-group showing' : 'speaker-group'}>
      <tr className="speaker-row" aria-label={name} data-speaker-id={s.id}>
        <td className="speaker-en">{s.nameTarget || <span className="muted">—</span>}</td>
        <td className="col-ar">
          {s.nameSource ? (
            <span dir="rtl" lang="ar" className="speaker-ar">
              {s.nameSource}
            </span>
          ) : (
            <span className="muted">—</span>
          )}
        </td>
        <td>{SPEAKER_KIND_LABELS[s.kind] ?? s.kind}</td>
        <td>{s.role}</td>
        <td>{s.organisation}</td>
        <td className="num">{s.annotationCount}</td>
        <td className="speaker-actions">
          <button type="button" aria-label={`Edit ${name}`} aria-expanded={mode === 'edit'} onClick={() => onMode(mode === 'edit' ? null : 'edit')}>
            Edit
          </button>
          <button
            type="button"
            aria-label={`Activity of ${name}`}
            aria-pressed={showingActivity}
            onClick={() => void attempt(() => actions.showActivity(showingActivity ? null : s.id))}
          >
            Activity
          </button>
          <button type="button" aria-label={`Merge ${name} into…`} aria-expanded={mode === 'merge'} disabled={speakers.length < 2} onClick={() => onMode(mode === 'merge' ? null : 'merge')}>
            Merge into…
          </button>
          <button
            type="button"
            className="danger"
            aria-label={`Delete ${name}`}
            aria-expanded={mode === 'delete'}
            onClick={() => onMode(mode === 'delete' ? null : 'delete')}
          >
            Delete
          </button>
        </td>
      </tr>
      {mode === 'edit' && (
        <tr className="speaker-detail">
          <td colSpan={7}>
            <SpeakerEditor
              title={`Edit ${name}`}
              initial={s}
              submitLabel="Save"
              onCancel={() => onMode(null)}
              onSave={async (fields) => {
                if (await attempt(() => actions.updateSpeaker(s.id, fields))) onMode(null);
              }}
            />
          </td>
        </tr>
      )}
      {mode === 'merge' && (
        <tr className="speaker-detail">
          <td colSpan={7}>
            <MergeForm speaker={s} speakers={speakers} attempt={attempt} onDone={() => onMode(null)} />
          </td>
        </tr>
      )}
      {mode === 'delete' && (
        <tr className="speaker-detail">
          <td colSpan={7}>
            <DeleteConfirm speaker={s} attempt={attempt} onDone={() => onMode(null)} onMerge={() => onMode('merge')} />
          </td>
        </tr>
      )}
    </tbody>
  );
}

function SpeakerEditor({ title, initial, submitLabel, onSave, onCancel }: {
  title: string;
  initial: SpeakerFields;
  submitLabel: string;
  onSave: (fields: SpeakerFields) => Promise<void>;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState<SpeakerFields>(() => ({
    nameSource: initial.nameSource, nameTarget: initial.nameTarget, kind: initial.kind, role: initial.role, organisation: initial.organisation, note: initial.note,
  }));
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<SpeakerFields>) => setFields((f) => ({ ...f, ...patch }));
  const empty = fields.nameSource.trim() === '' && fields.nameTarget.trim() === '';
  return (
    <form
      className="speaker-editor"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        if (empty || busy) return;
        setBusy(true);
        void onSave(fields).finally(() => setBusy(false));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3>{title}</h3>
      <div className="speaker-fields">
        <Field label="Arabic name">
          {(id) => <input id={id} dir="rtl" lang="ar" className="arabic-input" value={fields.nameSource} onChange={(e) => set({ nameSource: e.target.value })} autoFocus />}
        </Field>
        <Field label="English name">
          {(id) => <input id={id} dir="ltr" value={fields.nameTarget} onChange={(e) => set({ nameTarget: e.target.value })} />}
        </Field>
        <Field label="Kind">
          {(id) => (
            <select id={id} value={fields.kind} onChange={(e) => set({ kind: e.target.value as SpeakerKind })}>
              {SPEAKER_KINDS.map((k) => (
                <option key={k} value={k}>{SPEAKER_KIND_LABELS[k]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Role">
          {(id) => <input id={id} dir="auto" value={fields.role} onChange={(e) => set({ role: e.target.value })} />}
        </Field>
        <Field label="Organisation">
          {(id) => <input id={id} dir="auto" value={fields.organisation} onChange={(e) => set({ organisation: e.target.value })} />}
        </Field>
        <Field label="Note" wide>
          {(id) => <textarea id={id} dir="auto" rows={2} value={fields.note} onChange={(e) => set({ note: e.target.value })} />}
        </Field>
      </div>
      <div className="dialog-actions">
        {empty && <span className="muted">A speaker needs an Arabic or an English name.</span>}
        <button type="button" onClick={onCancel}>Cancel</button>
        <button type="submit" className="primary" disabled={empty || busy}>{submitLabel}</button>
      </div>
    </form>
  );
}

/** A label above its control, tied by id (a wrapping label would take a select's options into its name). */
function Field({ label, wide, children }: { label: string; wide?: boolean; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={wide ? 'speaker-field wide' : 'speaker-field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function MergeForm({ speaker, speakers, attempt, onDone }: { speaker: SpeakerSummary; speakers: readonly SpeakerSummary[]; attempt: Attempt; onDone: () => void }) {
  const { actions } = useAnnotationStore();
  const others = speakers.filter((s) => s.id !== speaker.id);
  const [keep, setKeep] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const target = others.find((s) => s.id === keep);
  const name = displayName(speaker);
  const n = speaker.annotationCount;
  return (
    <form
      className="speaker-confirm"
      aria-label={`Merge ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!target || busy) return;
        setBusy(true);
        void attempt(() => actions.mergeSpeakers(target.id, speaker.id)).then((ok) => {
          setBusy(false);
          if (ok) onDone();
        });
      }}
    >
      <label>
        Merge {name} into
        <select aria-label="Speaker to keep" value={keep ?? ''} onChange={(e) => setKeep(e.target.value === '' ? null : Number(e.target.value))} autoFocus>
          <option value="">Choose the speaker to keep…</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>{displayName(s)}</option>
          ))}
        </select>
      </label>
      {target && (
        <p role="status">
          {n === 0 ? `${name} has no annotations.` : `The ${n} annotation${n === 1 ? '' : 's'} of ${name} will name ${displayName(target)}.`}{' '}
          {name} leaves the registry; fields {displayName(target)} leaves empty are filled from it. This cannot be undone.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>Cancel</button>
        <button type="submit" className="primary" disabled={!target || busy}>
          {target ? `Merge into ${speakerName(target)}` : 'Merge'}
        </button>
      </div>
    </form>
  );
}

function DeleteConfirm({ speaker, attempt, onDone, onMerge }: { speaker: SpeakerSummary; attempt: Attempt; onDone: () => void; onMerge: () => void }) {
  const { actions } = useAnnotationStore();
  const [busy, setBusy] = useState(false);
  const name = displayName(speaker);
  const n = speaker.annotationCount;
  if (n > 0) {
    // The service refuses to delete a speaker that annotations name (they would lose who spoke).
    return (
      <div className="speaker-confirm" role="group" aria-label={`Delete ${name}`}>
        <p role="alert">
          {n} annotation{n === 1 ? '' : 's'} name{n === 1 ? 's' : ''} {name}. A speaker in use cannot be deleted: merge it into another speaker
          (its annotations then name that one), or change those annotations first.
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onDone}>Cancel</button>
          <button type="button" className="primary" onClick={onMerge}>Merge into…</button>
        </div>
      </div>
    );
  }
  return (
    <div className="speaker-confirm" role="group" aria-label={`Delete ${name}`}>
      <p>Delete {name} from the registry? No annotation names this speaker. This cannot be undone.</p>
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>Cancel</button>
        <button
          type="button"
          className="primary danger-fill"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void attempt(() => actions.deleteSpeaker(speaker.id)).then((ok) => {
              setBusy(false);
              if (ok) onDone();
            });
          }}
        >
          Delete {speakerName(speaker)}
        </button>
      </div>
    </div>
  );
}

function ActivityList({ speaker }: { speaker: SpeakerSummary | undefined }) {
  const { actions } = useAnnotationStore();
  const activity = useAnnotationState((s) => s.activity);
  const scheme = useAnnotationState((s) => s.scheme);
  const dark = usePrefersDark();
  if (!activity) return null;
  const name = speaker ? displayName(speaker) : `speaker ${activity.speakerId}`;
  // A span linked to the same cue may name someone else (the agency that quotes them): that is the other speaker's.
  const items = activity.items.filter((item) => item.speakerId === null || item.speakerId === activity.speakerId);
  const byLayer = new Map<string, number>();
  for (const item of items) byLayer.set(item.layer, (byLayer.get(item.layer) ?? 0) + 1);
  return (
    <section className="speaker-activity" aria-label={`Activity of ${name}`}>
      <header>
        <h3>Activity of {name}</h3>
        <button type="button" className="icon-button" aria-label="Close the activity" title="Close" onClick={() => void actions.showActivity(null)}>✕</button>
      </header>
      <p className="muted" role="status">
        {items.length === 0
          ? 'Nothing in this document names or quotes this speaker.'
          : `${items.length} in this document: ` + [...byLayer].map(([layer, n]) => `${n} ${schemeLayer(scheme, layer)?.title ?? layer}`).join(', ')}
      </p>
      <ol className="activity-list" aria-label="Activity">
        {items.map((item) => {
          const layer = schemeLayer(scheme, item.layer);
          const label = labelTitle(layer, item.label);
          const where = `segment ${item.position + 1}`;
          return (
            <li key={`${item.id}:${item.via}`}>
              <button
                type="button"
                className="activity-item"
                aria-label={[layer?.title ?? item.layer, label, item.text === null ? 'whole segment' : `“${item.text}”`, where].filter(Boolean).join(', ')}
                onClick={() => {
                  actions.closeSpeakers();
                  void actions.jumpTo(item);
                }}
              >
                <span className="activity-head">
                  <LayerChip layer={layer} dark={dark} />
                  <span className="annotation-layer">{layer?.title ?? item.layer}</span>
                  {label && <span className="annotation-label">{label}</span>}
                  <span className="muted activity-via">{VIA_LABELS[item.via]}</span>
                  <span className="muted activity-where">{where}</span>
                </span>
                <AnnotationText side={item.side} text={item.text} />
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
