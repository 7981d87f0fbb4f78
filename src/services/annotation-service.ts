// Annotating: create, edit and delete annotations, link and unlink them, list them per segment or
// per document, and suggest where the English counterpart of an Arabic span is. Each edit is one
// transaction, checked against the project's scheme, and recorded for undo as a snapshot of the
// segment it changed (edit-history.ts); it returns the annotations of every segment it touched.
import type { Database } from 'better-sqlite3';
import { findLayer, findLinkRule, isLinkKind, validateAnnotationInput, LINK_KINDS, type AnnotationScheme, type LinkKind } from '../core/annotation/scheme.js';
import { suggestCounterparts as suggestInText, type SpeakerNames } from '../core/annotation/suggest.js';
import type {
  Annotation, AnnotationEditResult, AnnotationLink, AnnotationFilter, AttributeValue, CounterpartSuggestionItem, PlacedAnnotation, SegmentAnnotations,
} from '../core/annotation/types.js';
import { MizanError } from '../core/errors.js';
import type { AnnotationId, AnnotationSide, DocumentId, RangeChange, Segment, SegmentId, SpeakerId } from '../core/model.js';
import { readScheme } from '../store/annotation-scheme.js';
import {
  deleteAnnotation as deleteAnnotationRow, deleteAnnotationLink, getAnnotation, hasAnnotationLink, insertAnnotation, insertAnnotationLink,
  listAnnotationsForDocument, listAnnotationsForSegments, updateAnnotation as updateAnnotationRow, type AnnotationPatch, type PlacedAnnotationRow,
} from '../store/annotations.js';
import { getDocument } from '../store/documents.js';
import { getSpeaker, listSpeakers } from '../store/speakers.js';
import type { ServiceContext } from './context.js';
import { rangeEdit, runUndoable } from './edit-history.js';
import { requireSegment } from './segment-service.js';

export type { AnnotationEditResult, SegmentAnnotations };

export interface AnnotationDraft {
  segmentId: SegmentId;
  layer: string;
  side: AnnotationSide;
  /** UTF-16 code units into the side's text, end exclusive; null for side 'segment'. */
  start: number | null;
  end: number | null;
  label?: string | null;
  speakerId?: SpeakerId | null;
  attrs?: Record<string, AttributeValue>;
}

/** Fields to change; absent fields stay. The annotation stays on its segment. */
export interface AnnotationUpdate {
  layer?: string;
  side?: AnnotationSide;
  start?: number | null;
  end?: number | null;
  label?: string | null;
  speakerId?: SpeakerId | null;
  /** Replaces every attribute. */
  attrs?: Record<string, AttributeValue>;
  /** false: a person has looked at a flagged annotation. Only edits of the text raise a flag. */
  flagged?: false;
  /** Link slots to set, as the Edit form shows them (absent slots stay). */
  links?: LinkSlot[];
}

/**
 * One link field of the annotation form: the links of `kind` where this annotation is the `end` and
 * the other annotation is of `layer`. Setting it replaces those links by one to `otherId` (none when
 * null). A translation link joins two spans of one layer and counts in either direction.
 */
export interface LinkSlot {
  kind: LinkKind;
  end: 'from' | 'to';
  layer: string;
  otherId: AnnotationId | null;
}

export function requireAnnotation(db: Database, id: AnnotationId): Annotation {
  const annotation = getAnnotation(db, id);
  if (!annotation) throw new MizanError('not-found', `annotation ${id} does not exist (was it deleted?)`);
  return annotation;
}

function sideText(segment: Segment, side: AnnotationSide): string {
  return side === 'source' ? segment.source : side === 'target' ? segment.target : '';
}

function requireSpeakerIfAny(db: Database, id: SpeakerId | null): void {
  if (id !== null && !getSpeaker(db, id)) throw new MizanError('not-found', `speaker ${id} is not in the registry (was it merged or deleted?)`);
}

function layerTitle(db: Database, layer: string): string {
  return findLayer(readScheme(db), layer)?.title ?? layer;
}

/** Every annotation of the given segments, grouped by segment in the order given (unknown ids give an empty list). */
export function listSegmentAnnotations(db: Database, segmentIds: readonly SegmentId[]): SegmentAnnotations[] {
  const unique = [...new Set(segmentIds)];
  const bySegment = new Map<SegmentId, Annotation[]>(unique.map((id) => [id, []]));
  for (const a of listAnnotationsForSegments(db, unique)) bySegment.get(a.segmentId)?.push(a);
  return unique.map((segmentId) => ({ segmentId, annotations: bySegment.get(segmentId) ?? [] }));
}

/** One annotation edit: validated and applied inside `plan`, recorded for undo over `segment`'s row. */
interface AnnotationEdit {
  label: string;
  /** The segment whose row is snapshotted for undo (holds the annotation, or a link's start). */
  segment: Segment;
  /** Other segments whose annotations the renderer should refresh (a link's other end). */
  alsoTouches?: SegmentId[];
  /** Applies the edit; returns the annotation to hand back, if any. */
  apply: () => AnnotationId | null;
  /** Set when the edit would change nothing: nothing is written or recorded, `unchanged` is handed back. */
  unchanged?: AnnotationId;
}

function runAnnotationEdit(db: Database, ctx: ServiceContext, plan: () => AnnotationEdit): AnnotationEditResult {
  // Set inside the transaction, read after it commits.
  const out: { touched: SegmentId[]; id: AnnotationId | null } = { touched: [], id: null };
  const { history } = runUndoable<RangeChange, null>(db, () => {
    const edit = plan();
    out.touched = [edit.segment.id, ...(edit.alsoTouches ?? [])];
    if (edit.unchanged !== undefined) {
      out.id = edit.unchanged;
      return { unchanged: null };
    }
    return rangeEdit(db, () => ctx.now(), {
      label: edit.label,
      documentId: edit.segment.documentId,
      from: edit.segment.position,
      count: 1,
      apply: () => {
        out.id = edit.apply();
        return 1;
      },
    });
  });
  return {
    annotation: out.id === null ? null : (getAnnotation(db, out.id) ?? null),
    segments: listSegmentAnnotations(db, out.touched),
    history,
  };
}

/** Adds an annotation (undoable). The scheme decides what is valid: layer, placement, label, speaker, attributes. */
export function createAnnotation(db: Database, ctx: ServiceContext, draft: AnnotationDraft): AnnotationEditResult {
  return runAnnotationEdit(db, ctx, () => {
    const segment = requireSegment(db, draft.segmentId);
    const input = {
      layer: draft.layer, side: draft.side, start: draft.start, end: draft.end,
      label: draft.label ?? null, speakerId: draft.speakerId ?? null, attrs: draft.attrs ?? {},
    };
    const layer = validateAnnotationInput(readScheme(db), input, sideText(segment, draft.side).length);
    requireSpeakerIfAny(db, input.speakerId);
    return {
      label: `Add ${layer.title.toLowerCase()}`,
      segment,
      apply: () => insertAnnotation(db, { segmentId: segment.id, ...input, author: ctx.user(), at: ctx.now() }),
    };
  });
}

/**
 * Edits an annotation (undoable). Moving its span (new offsets or side) clears its flag: a person
 * has placed it. A span left zero-width by an edit of its text may keep its offsets while other
 * fields change.
 */
export function updateAnnotation(db: Database, ctx: ServiceContext, id: AnnotationId, update: AnnotationUpdate): AnnotationEditResult {
  return runAnnotationEdit(db, ctx, () => {
    const current = requireAnnotation(db, id);
    if ((update.flagged as boolean | undefined) === true) throw new MizanError('bad-input', 'a flag is raised by edits of the text only; it can be cleared, not set');
    const segment = requireSegment(db, current.segmentId);
    const next = {
      layer: update.layer ?? current.layer,
      side: update.side ?? current.side,
      start: update.start !== undefined ? update.start : current.start,
      end: update.end !== undefined ? update.end : current.end,
      label: update.label !== undefined ? update.label : current.label,
      speakerId: update.speakerId !== undefined ? update.speakerId : current.speakerId,
      attrs: update.attrs ?? current.attrs,
    };
    const moved = next.side !== current.side || next.start !== current.start || next.end !== current.end;
    const layer = validateAnnotationInput(readScheme(db), next, sideText(segment, next.side).length, { allowEmptySpan: !moved });
    if (next.speakerId !== current.speakerId) requireSpeakerIfAny(db, next.speakerId);
    const patch: AnnotationPatch = { ...next };
    if (moved || update.flagged === false) patch.flagged = false;
    const links = planLinkSlots(db, current, update.links ?? []);
    const linksChange = links.remove.length + links.add.length > 0;
    const fieldsSame = JSON.stringify({ ...next, flagged: patch.flagged ?? current.flagged }) ===
      JSON.stringify({ layer: current.layer, side: current.side, start: current.start, end: current.end, label: current.label, speakerId: current.speakerId, attrs: current.attrs, flagged: current.flagged });
    const otherEnds = [...links.remove, ...links.add].map((l) => (l.fromId === id ? l.toId : l.fromId));
    return {
      label: update.flagged === false && Object.keys(update).length === 1 ? `Clear ${layer.title.toLowerCase()} flag` : `Edit ${layer.title.toLowerCase()}`,
      segment,
      // A link is held in the undo snapshot of its start's segment, so every end's segment is recorded.
      alsoTouches: segmentsOfAnnotations(db, otherEnds),
      apply: () => {
        if (!fieldsSame) updateAnnotationRow(db, id, patch, ctx.now());
        for (const l of links.remove) deleteAnnotationLink(db, l.fromId, l.toId, l.kind);
        for (const l of links.add) insertAnnotationLink(db, l.fromId, l.toId, l.kind);
        return id;
      },
      ...(fieldsSame && !linksChange ? { unchanged: id } : {}),
    };
  });
}

/** Deletes an annotation with its links and the comments on it (undoable: undo brings all of them back). */
export function deleteAnnotation(db: Database, ctx: ServiceContext, id: AnnotationId): AnnotationEditResult {
  return runAnnotationEdit(db, ctx, () => {
    const current = requireAnnotation(db, id);
    const segment = requireSegment(db, current.segmentId);
    const others = current.links.map((l) => (l.fromId === id ? l.toId : l.fromId));
    return {
      label: `Delete ${layerTitle(db, current.layer).toLowerCase()}`,
      segment,
      alsoTouches: segmentsOfAnnotations(db, others),
      apply: () => {
        deleteAnnotationRow(db, id);
        return null;
      },
    };
  });
}

function segmentsOfAnnotations(db: Database, ids: readonly AnnotationId[]): SegmentId[] {
  return ids.map((x) => getAnnotation(db, x)?.segmentId).filter((s): s is SegmentId => s !== undefined);
}

function checkLink(db: Database, fromId: AnnotationId, toId: AnnotationId, kind: unknown): { from: Annotation; to: Annotation; kind: LinkKind } {
  if (!isLinkKind(kind)) throw new MizanError('bad-input', `"${String(kind)}" is not a kind of link (${LINK_KINDS.join(', ')})`);
  if (fromId === toId) throw new MizanError('bad-input', 'an annotation cannot be linked to itself');
  const from = requireAnnotation(db, fromId);
  const to = requireAnnotation(db, toId);
  return { from, to, kind };
}

/** The project's scheme lists which layer may link to which, and how (LayerDefinition.links). */
function refuseUnlessSchemeAllows(scheme: AnnotationScheme, from: string, to: string, kind: LinkKind): void {
  if (findLinkRule(scheme, from, to, kind)) return;
  const allowed = findLayer(scheme, from)?.links.map((r) => `${r.kind} → ${r.to}`) ?? [];
  throw new MizanError(
    'bad-input',
    `this project's annotation scheme does not allow ${kind} links from ${from} to ${to} annotations ` +
      `(${allowed.length ? `${from} allows ${allowed.join(', ')}` : `${from} allows no links`}); add the link to the ${from} layer in the annotation scheme to allow it`,
  );
}

/** Whether `from` may link to `to` with `kind`: same document, and the scheme (or the translation rule) allows it. */
function checkNewLink(db: Database, from: Annotation, to: Annotation, kind: LinkKind): { fromSegment: Segment; toSegment: Segment } {
  const fromSegment = requireSegment(db, from.segmentId);
  const toSegment = requireSegment(db, to.segmentId);
  if (fromSegment.documentId !== toSegment.documentId) throw new MizanError('bad-input', 'annotations of different documents cannot be linked');
  if (kind === 'translation') {
    const sides = new Set([from.side, to.side]);
    if (!(sides.has('source') && sides.has('target'))) {
      throw new MizanError('bad-input', 'a translation link joins an Arabic (source) span to an English (target) span');
    }
    if (from.layer !== to.layer) throw new MizanError('bad-input', `a translation link joins two annotations of one layer (this is ${from.layer} → ${to.layer})`);
  } else {
    refuseUnlessSchemeAllows(readScheme(db), from.layer, to.layer, kind);
  }
  return { fromSegment, toSegment };
}

interface LinkChange {
  remove: AnnotationLink[];
  add: AnnotationLink[];
}

/** What setting the form's link slots changes: the links to remove and to add, each checked. */
function planLinkSlots(db: Database, current: Annotation, slots: readonly LinkSlot[]): LinkChange {
  const change: LinkChange = { remove: [], add: [] };
  const seen = new Set<string>();
  for (const slot of slots) {
    const key = `${slot.kind}:${slot.kind === 'translation' ? '' : slot.end}:${slot.layer}`;
    if (seen.has(key)) throw new MizanError('bad-input', `the ${slot.kind} link to ${slot.layer} is given twice`);
    seen.add(key);
    const inSlot = current.links.filter((l) => {
      if (l.kind !== slot.kind) return false;
      if (slot.kind !== 'translation' && (slot.end === 'from') !== (l.fromId === current.id)) return false;
      const otherId = l.fromId === current.id ? l.toId : l.fromId;
      return getAnnotation(db, otherId)?.layer === slot.layer;
    });
    const keep = inSlot.find((l) => slot.otherId !== null && (l.fromId === slot.otherId || l.toId === slot.otherId));
    change.remove.push(...inSlot.filter((l) => l !== keep));
    if (slot.otherId === null || keep) continue;
    if (slot.otherId === current.id) throw new MizanError('bad-input', 'an annotation cannot be linked to itself');
    const other = requireAnnotation(db, slot.otherId);
    if (other.layer !== slot.layer) throw new MizanError('bad-input', `annotation ${other.id} is a ${other.layer} annotation, not ${slot.layer}`);
    // Translation links run from the Arabic span to the English one.
    const fromThis = slot.kind === 'translation' ? current.side === 'source' : slot.end === 'from';
    const [from, to] = fromThis ? [current, other] : [other, current];
    checkNewLink(db, from, to, slot.kind);
    if (hasAnnotationLink(db, from.id, to.id, slot.kind)) throw new MizanError('bad-input', `these annotations already have a ${slot.kind} link`);
    change.add.push({ fromId: from.id, toId: to.id, kind: slot.kind });
  }
  return change;
}

/**
 * Links two annotations of one document (undoable): 'translation' joins an Arabic span to its English
 * counterpart (same layer, one on each side; either direction counts once); the other kinds join the
 * layers the project's scheme lets link (by default 'attribution' a cue to its speaker span or content
 * span, 'target' a stance to what it is about).
 */
export function linkAnnotations(db: Database, ctx: ServiceContext, fromId: AnnotationId, toId: AnnotationId, kind: LinkKind): AnnotationEditResult {
  return runAnnotationEdit(db, ctx, () => {
    const { from, to } = checkLink(db, fromId, toId, kind);
    const { fromSegment, toSegment } = checkNewLink(db, from, to, kind);
    if (hasAnnotationLink(db, fromId, toId, kind) || (kind === 'translation' && hasAnnotationLink(db, toId, fromId, kind))) {
      throw new MizanError('bad-input', `these annotations already have a ${kind} link`);
    }
    return {
      label: 'Link annotations',
      segment: fromSegment,
      alsoTouches: [toSegment.id],
      apply: () => {
        insertAnnotationLink(db, fromId, toId, kind);
        return fromId;
      },
    };
  });
}

/** Removes a link (undoable). A translation link is found in either direction. */
export function unlinkAnnotations(db: Database, ctx: ServiceContext, fromId: AnnotationId, toId: AnnotationId, kind: LinkKind): AnnotationEditResult {
  return runAnnotationEdit(db, ctx, () => {
    const checked = checkLink(db, fromId, toId, kind);
    let [from, to] = [checked.from, checked.to];
    if (!hasAnnotationLink(db, from.id, to.id, kind)) {
      if (kind === 'translation' && hasAnnotationLink(db, to.id, from.id, kind)) [from, to] = [to, from];
      else throw new MizanError('bad-input', `there is no ${kind} link from annotation ${fromId} to annotation ${toId}`);
    }
    return {
      label: 'Unlink annotations',
      // The link's start holds it in the undo snapshot.
      segment: requireSegment(db, from.segmentId),
      alsoTouches: [to.segmentId],
      apply: () => {
        deleteAnnotationLink(db, from.id, to.id, kind);
        return fromId;
      },
    };
  });
}

export function toPlacedAnnotation(row: PlacedAnnotationRow): PlacedAnnotation {
  const { annotation: a, sideText: text } = row;
  return {
    ...a,
    documentId: row.documentId,
    position: row.position,
    text: text === null || a.start === null || a.end === null ? null : text.slice(a.start, a.end),
  };
}

/** A document's annotations in reading order with the text each covers, optionally filtered. */
export function listDocumentAnnotations(db: Database, documentId: DocumentId, filter: AnnotationFilter = {}): PlacedAnnotation[] {
  if (!getDocument(db, documentId)) throw new MizanError('not-found', `document ${documentId} does not exist`);
  return listAnnotationsForDocument(db, documentId, filter).map(toPlacedAnnotation);
}

/**
 * Where the English counterpart of an Arabic span may be, in its segment's English: its own
 * speaker's English name first (when it names one), then the registry, numbers and transliteration
 * (core/annotation/suggest.ts).
 */
export function suggestCounterparts(db: Database, annotationId: AnnotationId): CounterpartSuggestionItem[] {
  const a = requireAnnotation(db, annotationId);
  if (a.side !== 'source' || a.start === null || a.end === null) {
    throw new MizanError('bad-input', 'counterparts are suggested for a span of the Arabic (source) text');
  }
  const segment = requireSegment(db, a.segmentId);
  const spanText = segment.source.slice(a.start, a.end);
  const speakers: SpeakerNames[] = listSpeakers(db).map((s) => ({ nameSource: s.nameSource, nameTarget: s.nameTarget }));
  const own = a.speakerId === null ? undefined : getSpeaker(db, a.speakerId);
  // The span names its speaker whatever words it uses ("the Pentagon spokesman"), so match it as is.
  if (own && own.nameTarget.trim() !== '') speakers.unshift({ nameSource: spanText, nameTarget: own.nameTarget });
  return suggestInText(spanText, segment.target, speakers).map((s) => ({ ...s, text: segment.target.slice(s.start, s.end) }));
}
