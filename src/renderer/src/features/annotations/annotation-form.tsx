import { useMemo, useState } from 'react';
import type { Input } from '../../../../api/contract';
import { attributesOf, offeredLinks, type AttributeDefinition, type LinkKind, type OfferedLink } from '../../../../core/annotation/scheme';
import type { Annotation, AttributeValue } from '../../../../core/annotation/types';
import { SPEAKER_KINDS, SPEAKER_KIND_LABELS, type SpeakerKind } from '../../../../core/model';
import { useAnnotationState, useAnnotationStore, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

const NEW_SPEAKER = 'new';

type LinkSlot = NonNullable<Input<'annotation.update'>['patch']['links']>[number];

function spanText(text: string, a: Annotation): string {
  return a.start === null || a.end === null ? '(whole segment)' : text.slice(a.start, a.end);
}

/** Label, speaker, attributes and links of a new annotation, or of one being edited. */
export function AnnotationForm() {
  const annotations = useAnnotationStore();
  const app = useAppStore();
  const form = useAnnotationState((s) => s.form);
  const scheme = useAnnotationState((s) => s.scheme);
  const speakers = useAnnotationState((s) => s.speakers);
  const selectedId = useAnnotationState((s) => s.selectedId);
  const editing = form?.editing ?? null;
  const selection = form?.selection ?? null;
  const layer = form ? scheme?.layers.find((l) => l.name === form.layer) : undefined;
  const segmentId = editing?.segmentId ?? selection?.segmentId ?? null;
  const side = editing?.side ?? selection?.side ?? 'segment';
  const segment = useMemo(() => (segmentId === null ? undefined : app.actions.segmentById(segmentId)?.segment), [app, segmentId]);
  const siblings = segmentId === null ? [] : annotations.actions.forSegment(segmentId).filter((a) => a.id !== editing?.id);
  const sideText = (s: 'source' | 'target' | 'segment') => (s === 'source' ? segment?.source : s === 'target' ? segment?.target : '') ?? '';

  const [label, setLabel] = useState<string>(editing?.label ?? '');
  const [speaker, setSpeaker] = useState<string>(editing?.speakerId ? String(editing.speakerId) : '');
  const [attrs, setAttrs] = useState<Record<string, AttributeValue>>(editing?.attrs ?? {});
  const [newSpeaker, setNewSpeaker] = useState({
    nameSource: side === 'source' ? (selection?.text ?? '') : '',
    nameTarget: side === 'target' ? (selection?.text ?? '') : '',
    kind: 'person' as SpeakerKind,
    role: '',
    organisation: '',
  });
  // The span this one translates: by default the selected span of the same layer on the other side.
  const otherSide = side === 'source' ? 'target' : side === 'target' ? 'source' : null;
  const counterpartChoices = otherSide ? siblings.filter((a) => a.side === otherSide && a.layer === form?.layer) : [];
  // Editing: each link field starts at the link the annotation has (what saving compares against).
  const initialCounterpart = editing ? linkedIn(editing, 'translation', null, form?.layer ?? '', annotations.actions.find) : '';
  const [counterpart, setCounterpart] = useState<string>(() => {
    if (editing) return initialCounterpart;
    const chosen = counterpartChoices.find((a) => a.id === selectedId) ?? counterpartChoices.find((a) => a.links.every((l) => l.kind !== 'translation'));
    return chosen ? String(chosen.id) : '';
  });
  // Which other annotations of the segment this one may be linked to, and how: the scheme's link rules.
  const linkRules = form && scheme ? offeredLinks(scheme, form.layer) : [];
  const slotKey = (rule: OfferedLink) => `${rule.from}:${rule.layer}:${rule.rule.kind}`;
  const initialLinks: Record<string, string> = {};
  if (editing) for (const rule of linkRules) initialLinks[slotKey(rule)] = linkedIn(editing, rule.rule.kind, rule.from === 'this' ? 'from' : 'to', rule.layer, annotations.actions.find);
  const [links, setLinks] = useState<Record<string, string>>(initialLinks);
  const [busy, setBusy] = useState(false);

  if (!form || !layer || !scheme) return null;
  const quote = editing ? spanText(sideText(editing.side), editing) : (selection?.text ?? 'The whole segment');

  const setAttr = (def: AttributeDefinition, raw: string | boolean) => {
    setAttrs((current) => {
      const next = { ...current };
      if (raw === '' || raw === undefined) delete next[def.name];
      else next[def.name] = def.type === 'number' ? Number(raw) : raw;
      return next;
    });
  };

  const submit = async () => {
    setBusy(true);
    try {
      let speakerId: number | null = speaker === '' || speaker === NEW_SPEAKER ? null : Number(speaker);
      if (speaker === NEW_SPEAKER) {
        const created = await annotations.actions.createSpeaker({ ...newSpeaker, note: '' });
        if (!created) return;
        speakerId = created.id;
      }
      const fields = { label: label === '' ? null : label, speakerId: layer.speaker === 'none' ? null : speakerId, attrs };
      if (editing) {
        // Only the link fields the user changed are sent: a link the form cannot show stays as it is.
        const slots: LinkSlot[] = [];
        if (otherSide && counterpart !== initialCounterpart) {
          slots.push({ kind: 'translation', end: editing.side === 'source' ? 'from' : 'to', layer: layer.name, otherId: counterpart === '' ? null : Number(counterpart) });
        }
        for (const rule of linkRules) {
          const key = slotKey(rule);
          const value = links[key] ?? '';
          if (value === (initialLinks[key] ?? '')) continue;
          slots.push({ kind: rule.rule.kind, end: rule.from === 'this' ? 'from' : 'to', layer: rule.layer, otherId: value === '' ? null : Number(value) });
        }
        await annotations.actions.update(editing.id, slots.length > 0 ? { ...fields, links: slots } : fields);
        return;
      }
      if (!selection) return;
      const made = await annotations.actions.create({ segmentId: selection.segmentId, layer: layer.name, side: selection.side, start: selection.start, end: selection.end, ...fields });
      if (!made) return;
      // Translation links run from the Arabic span to the English one.
      if (counterpart) await annotations.actions.link(selection.side === 'source' ? made.id : Number(counterpart), selection.side === 'source' ? Number(counterpart) : made.id, 'translation');
      // A new Arabic span with no English partner yet: offer where it probably is.
      else if (selection.side === 'source' && sideText('target') !== '') await annotations.actions.suggest(made.id, true);
      for (const rule of linkRules) {
        const other = links[slotKey(rule)];
        if (!other) continue;
        if (rule.from === 'this') await annotations.actions.link(made.id, Number(other), rule.rule.kind);
        else await annotations.actions.link(Number(other), made.id, rule.rule.kind);
      }
    } finally {
      setBusy(false);
    }
  };

  // The registry learns English names from linked counterparts: a speaker span whose speaker has no
  // English name, linked (or being linked) to an English span, offers that span's text as the name.
  const chosenSpeaker = speakers.find((s) => String(s.id) === speaker);
  const englishSpan = side === 'target' ? editing : counterpartChoices.find((a) => String(a.id) === counterpart);
  const englishName = englishSpan && englishSpan.side === 'target' && counterpart !== '' ? spanText(sideText('target'), englishSpan).trim() : '';
  const learnable = layer.speaker === 'required' && chosenSpeaker && chosenSpeaker.nameTarget.trim() === '' && englishName !== '' ? { speaker: chosenSpeaker, name: englishName } : null;

  const title = `${editing ? 'Edit' : 'New'} ${layer.title.toLowerCase()}`;
  return (
    <ModalForm label={title} className="annotation-form" onSubmit={() => void submit()}>
      <h2>{title}</h2>
      <p className="annotation-quote" dir={side === 'source' ? 'rtl' : 'auto'} lang={side === 'source' ? 'ar' : 'en'}>
        {quote}
      </p>
      {layer.labels.length > 0 && (
        <fieldset className="annotation-labels">
          <legend>{layer.labelRequired ? 'Label (required)' : 'Label'}</legend>
          {!layer.labelRequired && (
            <label className="inline">
              <input type="radio" name="label" value="" checked={label === ''} onChange={() => setLabel('')} /> none yet
            </label>
          )}
          {layer.labels.map((l) => (
            <label key={l.value} className="inline">
              <input type="radio" name="label" value={l.value} checked={label === l.value} onChange={() => setLabel(l.value)} required={layer.labelRequired} /> {l.title}
            </label>
          ))}
        </fieldset>
      )}
      {layer.speaker !== 'none' && (
        <label>
          {layer.name === 'stance' ? 'Holder (speaker)' : 'Speaker'}
          <select value={speaker} onChange={(e) => setSpeaker(e.target.value)} required={layer.speaker === 'required'}>
            <option value="">{layer.speaker === 'required' ? '— choose —' : '— none —'}</option>
            {speakers.map((s) => (
              <option key={s.id} value={s.id}>
                {[s.nameTarget, s.nameSource].filter(Boolean).join(' · ')}
              </option>
            ))}
            <option value={NEW_SPEAKER}>New speaker…</option>
          </select>
        </label>
      )}
      {speaker === NEW_SPEAKER && (
        <fieldset className="new-speaker">
          <legend>New speaker</legend>
          <label>
            Arabic name
            <input dir="rtl" lang="ar" value={newSpeaker.nameSource} onChange={(e) => setNewSpeaker({ ...newSpeaker, nameSource: e.target.value })} />
          </label>
          <label>
            English name
            <input value={newSpeaker.nameTarget} onChange={(e) => setNewSpeaker({ ...newSpeaker, nameTarget: e.target.value })} />
          </label>
          <label>
            Kind
            <select value={newSpeaker.kind} onChange={(e) => setNewSpeaker({ ...newSpeaker, kind: e.target.value as SpeakerKind })}>
              {SPEAKER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SPEAKER_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Role
            <input value={newSpeaker.role} onChange={(e) => setNewSpeaker({ ...newSpeaker, role: e.target.value })} />
          </label>
          <label>
            Organisation
            <input value={newSpeaker.organisation} onChange={(e) => setNewSpeaker({ ...newSpeaker, organisation: e.target.value })} />
          </label>
        </fieldset>
      )}
      {learnable && (
        <p className="learn-english-name">
          <button type="button" disabled={busy} onClick={() => void annotations.actions.updateSpeaker(learnable.speaker.id, { nameTarget: learnable.name })}>
            Use “{learnable.name}” as the English name of {learnable.speaker.nameSource}
          </button>{' '}
          <span className="muted">The registry has no English name for this speaker yet.</span>
        </p>
      )}
      {(counterpartChoices.length > 0 || counterpart !== '') && (
        <label>
          Translation of
          <select value={counterpart} onChange={(e) => setCounterpart(e.target.value)}>
            <option value="">— not linked —</option>
            {counterpartChoices.map((a) => (
              <option key={a.id} value={a.id}>
                {spanText(sideText(a.side), a)}
              </option>
            ))}
            {counterpart !== '' && !counterpartChoices.some((a) => String(a.id) === counterpart) && <option value={counterpart}>(a span in another segment)</option>}
          </select>
        </label>
      )}
      {linkRules.map((rule) => {
        const choices = siblings.filter((a) => a.layer === rule.layer && (side === 'segment' || a.side === side));
        const key = slotKey(rule);
        const value = links[key] ?? '';
        if (choices.length === 0 && value === '') return null;
        return (
          <label key={key}>
            {rule.title}
            <select value={value} onChange={(e) => setLinks({ ...links, [key]: e.target.value })}>
              <option value="">— none —</option>
              {choices.map((a) => (
                <option key={a.id} value={a.id}>
                  {spanText(sideText(a.side), a)}
                </option>
              ))}
              {value !== '' && !choices.some((a) => String(a.id) === value) && <option value={value}>(an annotation in another segment)</option>}
            </select>
          </label>
        );
      })}
      {attributesOf(layer).map((def) => (
        <AttributeField key={def.name} def={def} value={attrs[def.name]} onChange={(v) => setAttr(def, v)} />
      ))}
      <div className="dialog-actions">
        {editing?.side === 'source' && !editing.links.some((l) => l.kind === 'translation') && (
          <button
            type="button"
            onClick={() => {
              annotations.actions.closeForm();
              void annotations.actions.suggest(editing.id);
            }}
          >
            Find the English counterpart…
          </button>
        )}
        <button type="button" onClick={annotations.actions.closeForm}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {editing ? 'Save' : 'Annotate'}
        </button>
      </div>
    </ModalForm>
  );
}

/**
 * The annotation `a` is linked to by a link of `kind` (as its `end`; either end for translation
 * links) whose other end is of `layer`, as the form's select value ('' for none).
 */
function linkedIn(a: Annotation, kind: LinkKind, end: 'from' | 'to' | null, layer: string, byId: (id: number) => Annotation | undefined): string {
  for (const l of a.links) {
    if (l.kind !== kind) continue;
    const fromThis = l.fromId === a.id;
    if (end !== null && fromThis !== (end === 'from')) continue;
    const otherId = fromThis ? l.toId : l.fromId;
    const other = byId(otherId);
    // An end not loaded in the renderer (another segment) still counts for a translation link: it is always of the same layer.
    if (other ? other.layer === layer : kind === 'translation') return String(otherId);
  }
  return '';
}

function AttributeField({ def, value, onChange }: { def: AttributeDefinition; value: AttributeValue | undefined; onChange: (value: string | boolean) => void }) {
  switch (def.type) {
    case 'boolean':
      return (
        <label className="inline">
          <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} /> {def.title}
        </label>
      );
    case 'enum':
      return (
        <label>
          {def.title}
          <select value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
            <option value="">—</option>
            {(def.values ?? []).map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      );
    case 'number':
      return (
        <label>
          {def.title}
          <input type="number" step="0.05" min={def.min} max={def.max} value={typeof value === 'number' ? value : ''} onChange={(e) => onChange(e.target.value)} />
        </label>
      );
    case 'text':
      return (
        <label>
          {def.title}
          <input value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
        </label>
      );
  }
}
