import type { Input } from '../../../api/contract';
import type { AnnotationScheme, LayerDefinition } from '../../../core/annotation/scheme';
import type {
  Annotation, EnglishNameProposal, AnnotationEditResult, AnnotationFilter, CounterpartSuggestionItem, PlacedAnnotation, SpeakerActivityItem, SpeakerFields, SpeakerSummary,
} from '../../../core/annotation/types';
import type { DocumentId, SegmentId, SpeakerId } from '../../../core/model';
import type { ApiPort, AppStore } from './app-store';
import { createStore } from './create-store';
import { NOT_SAVED_YET } from './mutation-runner';

/** A text selection in one side of a segment, waiting for a layer (the annotate popover). */
export interface PendingSelection {
  segmentId: SegmentId;
  side: 'source' | 'target' | 'segment';
  start: number | null;
  end: number | null;
  /** The selected text (null for the whole segment): prefills a new speaker's name. */
  text: string | null;
  /** Where to show the popover, in viewport pixels. */
  anchor: { x: number; y: number };
}

/** The annotate form: a selection with a chosen layer, or an existing annotation being edited. */
export interface AnnotationForm {
  selection: PendingSelection | null;
  editing: Annotation | null;
  layer: string;
}

export type AnnotationPanelScope = 'segment' | 'document';

export interface AnnotationState {
  scheme: AnnotationScheme | null;
  speakers: SpeakerSummary[];
  /** The open document's annotations by segment id. */
  bySegment: ReadonlyMap<number, Annotation[]>;
  documentId: DocumentId | null;
  /** Bumped when bySegment changes, so rows re-render. */
  version: number;
  selectedId: number | null;
  /** The annotation under the pointer: it and its linked counterparts are outlined. */
  hoverId: number | null;
  /** The hovered annotation and the annotations linked to it (its counterpart in the other language…). */
  hoverSet: ReadonlySet<number>;
  pending: PendingSelection | null;
  form: AnnotationForm | null;
  panelOpen: boolean;
  panelScope: AnnotationPanelScope;
  filter: AnnotationFilter;
  /** The speaker whose activity the registry shows. */
  activity: { speakerId: SpeakerId; items: SpeakerActivityItem[] } | null;
  /** Counterparts suggested for an Arabic annotation (link dialog). */
  suggestions: { annotationId: number; items: CounterpartSuggestionItem[] } | null;
  /** The document-wide list the panel shows (filtered on the server), loaded on demand. */
  documentList: PlacedAnnotation[] | null;
}

const initial: AnnotationState = {
  scheme: null,
  speakers: [],
  bySegment: new Map(),
  documentId: null,
  version: 0,
  selectedId: null,
  hoverId: null,
  hoverSet: new Set(),
  pending: null,
  form: null,
  panelOpen: false,
  panelScope: 'segment',
  filter: {},
  activity: null,
  suggestions: null,
  documentList: null,
};

export type AnnotationStore = ReturnType<typeof createAnnotationStore>;

/** Annotations, speakers and the scheme of the open document; kept in step with the app store. */
export function createAnnotationStore(api: ApiPort, app: AppStore) {
  const store = createStore(initial);
  let loadSeq = 0;
  let listSeq = 0;

  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      app.actions.fail(error);
      return undefined;
    }
  }

  /** Loads everything for the open document (a few thousand rows at most: one query). */
  async function reload(): Promise<void> {
    const documentId = app.store.get().documentId;
    const seq = ++loadSeq;
    if (!documentId || !app.store.get().project) {
      store.set((s) => ({ bySegment: new Map(), documentId: null, version: s.version + 1 }));
      return;
    }
    await guarded(async () => {
      const [{ scheme }, speakers, placed] = await Promise.all([
        api.call('annotation.scheme', {}),
        api.call('speaker.list', {}),
        api.call('annotation.listDocument', { documentId }),
      ]);
      if (seq !== loadSeq) return;
      store.set((s) => ({ scheme, speakers, bySegment: groupBySegment(placed), documentId, version: s.version + 1 }));
    });
  }

  /**
   * After an edit of the text: the spans of the segments it touched were re-anchored on the server.
   * A saved translation names its segment (a few rows, not the whole document, while typing).
   */
  async function reloadEdited(segmentIds: readonly number[] | null): Promise<void> {
    const documentId = app.store.get().documentId;
    if (!documentId) return;
    const seq = ++loadSeq;
    await guarded(async () => {
      if (segmentIds === null) {
        const placed = await api.call('annotation.listDocument', { documentId });
        if (seq === loadSeq) store.set((s) => ({ bySegment: groupBySegment(placed), version: s.version + 1 }));
        return;
      }
      const changed = await api.call('annotation.forSegments', { segmentIds: [...segmentIds] });
      if (seq !== loadSeq) return;
      const next = new Map(store.get().bySegment);
      for (const s of changed) next.set(s.segmentId, s.annotations);
      store.set((s) => ({ bySegment: next, version: s.version + 1 }));
    });
  }

  /** An edit's result replaces the annotations of every segment it touched. */
  function apply(result: AnnotationEditResult): void {
    const next = new Map(store.get().bySegment);
    for (const s of result.segments) next.set(s.segmentId, s.annotations);
    store.set((s) => ({ bySegment: next, version: s.version + 1 }));
    // The app owns the undo state: it takes the one the result carries (no second call).
    void app.actions.applyChange({ history: result.history, stats: false });
  }

  async function refreshSpeakers(): Promise<void> {
    const speakers = await api.call('speaker.list', {});
    store.set({ speakers });
  }

  // Follow the app: another document, a saved translation, an alignment edit, undo or redo.
  let seen = { documentId: app.store.get().documentId, editSeq: app.store.get().editSeq, project: app.store.get().project?.path };
  app.store.subscribe(() => {
    const s = app.store.get();
    const now = { documentId: s.documentId, editSeq: s.editSeq, project: s.project?.path };
    if (now.documentId !== seen.documentId || now.project !== seen.project) {
      seen = now;
      void reload();
    } else if (now.editSeq !== seen.editSeq) {
      seen = now;
      void reloadEdited(s.editedSegmentIds);
    }
  });

  const actions = {
    reload,
    forSegment: (segmentId: number): Annotation[] => store.get().bySegment.get(segmentId) ?? [],
    find(id: number): Annotation | undefined {
      for (const list of store.get().bySegment.values()) {
        const hit = list.find((a) => a.id === id);
        if (hit) return hit;
      }
      return undefined;
    },
    layer: (name: string): LayerDefinition | undefined => store.get().scheme?.layers.find((l) => l.name === name),
    speaker: (id: number | null): SpeakerSummary | undefined => (id === null ? undefined : store.get().speakers.find((s) => s.id === id)),
    select: (id: number | null) => store.set({ selectedId: id }),
    hover: (id: number | null) => {
      if (store.get().hoverId === id) return;
      const set = new Set<number>();
      if (id !== null) {
        set.add(id);
        for (const link of actions.find(id)?.links ?? []) set.add(link.fromId === id ? link.toId : link.fromId);
      }
      store.set({ hoverId: id, hoverSet: set });
    },

    /** A selection was made in a text: offer the layers. */
    offer: (pending: PendingSelection | null) => store.set({ pending, form: null }),
    /** Chosen a layer for the pending selection: open the form (or create at once when it needs nothing). */
    chooseLayer(layer: string): void {
      const pending = store.get().pending;
      if (!pending) return;
      store.set({ form: { selection: pending, editing: null, layer }, pending: null });
    },
    edit(annotation: Annotation): void {
      store.set({ form: { selection: null, editing: annotation, layer: annotation.layer }, pending: null, selectedId: annotation.id });
    },
    closeForm: () => store.set({ form: null, pending: null }),

    async create(input: Input<'annotation.create'>): Promise<Annotation | null> {
      // Offsets in the English are into the text on screen: save it first so the server has the same text.
      if (!(await app.actions.flush())) {
        app.actions.fail(new Error(NOT_SAVED_YET));
        return null;
      }
      const result = await guarded(() => api.call('annotation.create', input));
      if (!result) return null;
      apply(result);
      store.set({ form: null, pending: null, selectedId: result.annotation?.id ?? null });
      await guarded(refreshSpeakers);
      return result.annotation;
    },
    async update(id: number, patch: Input<'annotation.update'>['patch']): Promise<boolean> {
      const result = await guarded(() => api.call('annotation.update', { id, patch }));
      if (!result) return false;
      apply(result);
      store.set({ form: null });
      return true;
    },
    async remove(id: number): Promise<void> {
      const result = await guarded(() => api.call('annotation.delete', { id }));
      if (!result) return;
      apply(result);
      store.set((s) => ({ selectedId: s.selectedId === id ? null : s.selectedId, form: null }));
      await guarded(refreshSpeakers);
    },
    async link(fromId: number, toId: number, kind: Input<'annotation.link'>['kind']): Promise<void> {
      const result = await guarded(() => api.call('annotation.link', { fromId, toId, kind }));
      if (result) apply(result);
    },
    async unlink(fromId: number, toId: number, kind: Input<'annotation.unlink'>['kind']): Promise<void> {
      const result = await guarded(() => api.call('annotation.unlink', { fromId, toId, kind }));
      if (result) apply(result);
    },
    /** Looks for the English counterpart of an Arabic span; `onlyIfFound` stays quiet when there is none. */
    async suggest(annotationId: number, onlyIfFound = false): Promise<void> {
      const items = await guarded(() => api.call('annotation.suggestCounterparts', { annotationId }));
      if (onlyIfFound && !items?.length) return;
      store.set({ suggestions: items ? { annotationId, items } : null });
    },
    closeSuggestions: () => store.set({ suggestions: null }),
    /**
     * Makes the English counterpart of an Arabic span: a span of the same layer (label, speaker,
     * attributes copied) at `start..end` of the English, linked to it as its translation.
     */
    async createCounterpart(source: Annotation, start: number, end: number): Promise<void> {
      const created = await actions.create({
        segmentId: source.segmentId, layer: source.layer, side: 'target', start, end,
        label: source.label, speakerId: source.speakerId, attrs: source.attrs,
      });
      if (created) await actions.link(source.id, created.id, 'translation');
      store.set({ suggestions: null, selectedId: source.id });
    },

    // ---- the registry
    openSpeakers: () => app.actions.openModal('speakers'),
    closeSpeakers: () => {
      app.actions.closeModal('speakers');
      store.set({ activity: null });
    },
    async createSpeaker(fields: SpeakerFields): Promise<SpeakerSummary | null> {
      const speaker = await guarded(() => api.call('speaker.create', fields));
      if (!speaker) return null;
      await guarded(refreshSpeakers);
      return store.get().speakers.find((s) => s.id === speaker.id) ?? { ...speaker, annotationCount: 0 };
    },
    async updateSpeaker(id: number, patch: Partial<SpeakerFields>): Promise<void> {
      if (await guarded(() => api.call('speaker.update', { id, patch }))) await guarded(refreshSpeakers);
    },
    /** English names the registry can learn from translation-linked spans (undefined when the call failed). */
    proposeEnglishNames: (): Promise<EnglishNameProposal[] | undefined> => guarded(() => api.call('speaker.proposeEnglishNames', {})),
    async fillEnglishNames(fills: { speakerId: number; nameTarget: string }[]): Promise<number> {
      const result = await guarded(() => api.call('speaker.fillEnglishNames', { fills }));
      if (!result) return 0;
      await guarded(refreshSpeakers);
      return result.filled.length;
    },
    async mergeSpeakers(keep: number, drop: number): Promise<void> {
      if (await guarded(() => api.call('speaker.merge', { keep, drop }))) {
        await reload();
        store.set((s) => ({ activity: s.activity?.speakerId === drop ? null : s.activity }));
      }
    },
    async deleteSpeaker(id: number): Promise<void> {
      if (await guarded(() => api.call('speaker.delete', { id }))) {
        await reload();
        store.set((s) => ({ activity: s.activity?.speakerId === id ? null : s.activity }));
      }
    },
    async showActivity(speakerId: SpeakerId | null): Promise<void> {
      if (speakerId === null) {
        store.set({ activity: null });
        return;
      }
      const documentId = app.store.get().documentId ?? undefined;
      const items = await guarded(() => api.call('speaker.activity', documentId ? { speakerId, documentId } : { speakerId }));
      if (items) store.set({ activity: { speakerId, items } });
    },

    // ---- the panel
    togglePanel: () => store.set((s) => ({ panelOpen: !s.panelOpen })),
    openPanel: (scope?: AnnotationPanelScope) => store.set((s) => ({ panelOpen: true, panelScope: scope ?? s.panelScope })),
    setPanelScope: (panelScope: AnnotationPanelScope) => store.set({ panelScope }),
    setFilter: (filter: AnnotationFilter) => store.set({ filter }),
    /** Every annotation of the document that passes the filter, in reading order, with its text. */
    async loadDocumentList(): Promise<void> {
      const documentId = app.store.get().documentId;
      if (!documentId) return;
      const filter = store.get().filter;
      const seq = ++listSeq;
      const items = await guarded(() => api.call('annotation.listDocument', { documentId, filter }));
      // Two quick filter changes: only the answer to the last one is shown.
      if (items && seq === listSeq) store.set({ documentList: items });
    },
    /** Goes to the annotation's segment (its row in the grid is its position) and selects it. */
    async jumpTo(annotation: { position: number; id: number }): Promise<void> {
      store.set({ selectedId: annotation.id });
      await app.actions.goToPosition(annotation.position);
    },

    // ---- the scheme
    openScheme: () => app.actions.openModal('scheme'),
    closeScheme: () => app.actions.closeModal('scheme'),
    async saveScheme(scheme: unknown): Promise<string | null> {
      try {
        const saved = await api.call('annotation.setScheme', { scheme });
        store.set((s) => ({ scheme: saved.scheme, version: s.version + 1 }));
        return null;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    async resetScheme(): Promise<void> {
      const reset = await guarded(() => api.call('annotation.resetScheme', {}));
      if (reset) store.set((s) => ({ scheme: reset.scheme, version: s.version + 1 }));
    },
  };

  return { store, actions };
}

function groupBySegment(placed: readonly PlacedAnnotation[]): Map<number, Annotation[]> {
  const map = new Map<number, Annotation[]>();
  for (const a of placed) {
    const list = map.get(a.segmentId);
    if (list) list.push(a);
    else map.set(a.segmentId, [a]);
  }
  return map;
}
