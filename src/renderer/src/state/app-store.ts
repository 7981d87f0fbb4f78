import type { Channel } from '../../../api/channels';
import type { BilingualPreview, ColumnMappingInput, FilePreview, Input, Output, RecentProject } from '../../../api/contract';
import type { TextEncoding } from '../../../core/text/decode/encodings';
import type { AlignmentEditResult, DocumentId, HistoryState, ProjectInfo, ProjectStats, RangeChange, Segment, SegmentId, SegmentStatus, TextSide } from '../../../core/model';
import { createStore, type Store } from './create-store';
import { SegmentCache } from './segment-cache';

export interface ApiPort {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface AppState {
  ready: boolean;
  project: ProjectInfo | null;
  recent: RecentProject[];
  documentId: DocumentId | null;
  /** Number of segments in the open document. */
  total: number;
  /** Bumped whenever cached segments change, so rows re-render. */
  cacheVersion: number;
  activeIndex: number | null;
  stats: ProjectStats | null;
  save: SaveState;
  message: { kind: 'error' | 'info'; text: string } | null;
  /** The grid scrolls to `index` whenever `seq` changes. */
  scrollRequest: { index: number; seq: number } | null;
  pasteOpen: boolean;
  /** The import dialog: a chosen file, decoded for preview before anything is written. */
  fileImport: FileImportState | null;
  rulesOpen: boolean;
  /** Shift+click extends a selection from the active row to this row (for re-align). */
  selectionEnd: number | null;
  history: HistoryState | null;
  exportOpen: boolean;
  /**
   * Bumped after anything that may have moved annotations on the server: a saved translation
   * (spans re-anchored), an alignment edit, undo or redo. Annotation views reload on a change.
   */
  editSeq: number;
}

export interface FileImportState {
  /** A new Arabic document, or an English translation to align to the open document. */
  purpose: 'document' | 'translation';
  path: string;
  encoding: TextEncoding | 'auto';
  preview: FilePreview | null;
  /** TMX, XLIFF, TSV, CSV: both languages in one file. */
  bilingual: BilingualPreview | null;
  mapping: ColumnMappingInput | null;
  error: string | null;
  loading: boolean;
}

const BILINGUAL = /\.(tmx|xlf|xliff|sdlxliff|tsv|csv|jsonl)$/i;

/** Translations are saved this long after the last keystroke (and at once when leaving a segment). */
export const SAVE_DEBOUNCE_MS = 300;

const initialState: AppState = {
  ready: false,
  project: null,
  recent: [],
  documentId: null,
  total: 0,
  cacheVersion: 0,
  activeIndex: null,
  stats: null,
  save: 'idle',
  message: null,
  scrollRequest: null,
  pasteOpen: false,
  fileImport: null,
  rulesOpen: false,
  selectionEnd: null,
  history: null,
  exportOpen: false,
  editSeq: 0,
};

interface PendingSave {
  index: number;
  segmentId: SegmentId;
  target: string;
  session: string;
}

export type AppStore = ReturnType<typeof createAppStore>;

/** App state and its named actions, free of React so they can be tested and reused by commands. */
export function createAppStore(api: ApiPort, timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis) {
  const store: Store<AppState> = createStore(initialState);
  let cache = new SegmentCache(async () => []);
  let pending: PendingSave | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> = Promise.resolve();
  let sessionSeq = 0;
  let editSession = '';
  let scrollSeq = 0;

  const documentCache = (documentId: DocumentId) =>
    new SegmentCache(async (offset, limit) => (await api.call('segment.list', { documentId, offset, limit })).items);
  const bump = () => store.set((s) => ({ cacheVersion: s.cacheVersion + 1 }));

  function report(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    store.set({ message: { kind: 'error', text } });
  }

  async function guarded(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      report(error);
    }
  }

  function newSession(): string {
    sessionSeq += 1;
    return `${Date.now().toString(36)}-${sessionSeq}`;
  }

  async function refreshStats(): Promise<void> {
    const { documentId } = store.get();
    const stats = await api.call('stats.get', documentId ? { documentId } : {});
    store.set({ stats });
  }

  async function showProject(project: ProjectInfo | null): Promise<void> {
    store.set({ project, documentId: null, total: 0, activeIndex: null, stats: null, recent: await api.call('project.recent', {}) });
    store.set({ history: project ? await api.call('history.state', {}) : null, selectionEnd: null });
    if (project?.backupPath) {
      store.set({ message: { kind: 'info', text: `This project was upgraded to the current file format; a copy of the old file was kept at ${project.backupPath}` } });
    }
    const first = project?.documents[0];
    if (first) await actions.selectDocument(first.id);
  }

  /** Writes the pending edit now; every path that leaves a segment goes through here. */
  function flush(): Promise<void> {
    if (saveTimer) {
      timers.clearTimeout(saveTimer);
      saveTimer = null;
    }
    const job = pending;
    pending = null;
    if (!job) return saving;
    store.set({ save: 'saving' });
    saving = saving
      .then(async () => {
        const saved = await api.call('segment.updateTarget', { segmentId: job.segmentId, target: job.target, session: job.session });
        if (cache.get(job.index)?.id === saved.id) cache.replace(job.index, { ...saved, target: currentTarget(job.index, saved) });
        store.set((s) => ({ save: pending ? 'pending' : 'saved', editSeq: s.editSeq + 1 }));
        bump();
      })
      .catch((error: unknown) => {
        store.set({ save: 'failed' });
        report(error);
      });
    return saving;
  }

  /** A newer local edit may exist for the segment while an older save returns: keep the newer text. */
  function currentTarget(index: number, saved: Segment): string {
    return pending && pending.index === index ? pending.target : saved.target;
  }

  async function loadImportPreview(): Promise<void> {
    const current = store.get().fileImport;
    if (!current) return;
    try {
      if (current.purpose === 'document' && BILINGUAL.test(current.path)) {
        const bilingual = await api.call('document.previewBilingual', { path: current.path, ...(current.mapping ? { mapping: current.mapping } : {}) });
        if (store.get().fileImport?.path === current.path) {
          store.set({ fileImport: { ...current, bilingual, mapping: bilingual.delimited?.mapping ?? null, error: null, loading: false } });
        }
        return;
      }
      const preview = await api.call('document.previewFile', { path: current.path, encoding: current.encoding });
      if (store.get().fileImport?.path === current.path) store.set({ fileImport: { ...current, preview, error: null, loading: false } });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      // A column mapping the file refuses keeps the last good preview, so its controls stay to fix it.
      const keep = current.mapping && current.bilingual ? current.bilingual : null;
      if (store.get().fileImport?.path === current.path) store.set({ fileImport: { ...current, preview: null, bilingual: keep, error: text, loading: false } });
    }
  }

  /** After an edit of rows (alignment edit, undo, redo): reload, go to the focus, keep the undo state. */
  async function applyEdit(change: RangeChange & { focusId?: SegmentId | null; history?: HistoryState }, focusIndex?: number): Promise<void> {
    const focusAt = change.segments.findIndex((seg) => seg.id === change.focusId);
    const index = focusIndex ?? (focusAt >= 0 ? change.from + focusAt : Math.min(change.from, change.total - 1));
    cache = documentCache(change.documentId);
    store.set((s) => ({ total: change.total, selectionEnd: null, editSeq: s.editSeq + 1, ...(change.history ? { history: change.history } : {}) }));
    editSession = newSession();
    store.set({ activeIndex: null });
    if (change.total > 0) await activate(Math.max(0, index));
    else bump();
    await refreshStats();
    await refreshProject();
  }

  async function refreshProject(): Promise<void> {
    store.set({ project: await api.call('project.current', {}) });
  }

  /** Runs an alignment edit on the active segment (saving any typing first). */
  async function editActive(run: (segment: Segment) => Promise<AlignmentEditResult>): Promise<void> {
    await guarded(async () => {
      const index = store.get().activeIndex;
      const segment = index === null ? undefined : cache.get(index);
      if (!segment) return;
      await flush();
      await applyEdit(await run(segment));
    });
  }

  async function activate(index: number, scroll = true): Promise<void> {
    const { total, activeIndex } = store.get();
    if (total === 0) return;
    const target = Math.max(0, Math.min(total - 1, index));
    if (target !== activeIndex) await flush();
    await cache.ensure(target);
    editSession = newSession();
    store.set({ activeIndex: target, ...(scroll ? { scrollRequest: { index: target, seq: ++scrollSeq } } : {}) });
    bump();
  }

  const actions = {
    async init(): Promise<void> {
      await guarded(async () => {
        await showProject(await api.call('project.current', {}));
      });
      store.set({ ready: true });
    },

    async openProject(path?: string): Promise<void> {
      await guarded(async () => {
        const chosen = path ?? (await api.call('dialog.openProject', {}));
        if (!chosen) return;
        await flush();
        await showProject(await api.call('project.open', { path: chosen }));
      });
    },

    async newProject(sample = false): Promise<void> {
      await guarded(async () => {
        const chosen = await api.call('dialog.newProject', {});
        if (!chosen) return;
        await flush();
        await showProject(await api.call('project.new', { path: chosen, sample }));
      });
    },

    async closeProject(): Promise<void> {
      await guarded(async () => {
        await flush();
        await api.call('project.close', {});
        await showProject(null);
      });
    },

    /** Import text file…: choose a file, then the dialog previews it (encoding, first lines) before importing. */
    async importFile(): Promise<void> {
      await guarded(async () => {
        const path = await api.call('dialog.importText', {});
        if (!path) return;
        store.set({ fileImport: { purpose: 'document', path, encoding: 'auto', preview: null, bilingual: null, mapping: null, error: null, loading: true } });
        await loadImportPreview();
      });
    },

    async setImportEncoding(encoding: TextEncoding | 'auto'): Promise<void> {
      const current = store.get().fileImport;
      if (!current) return;
      store.set({ fileImport: { ...current, encoding, loading: true } });
      await loadImportPreview();
    },

    cancelImport: () => store.set({ fileImport: null }),

    /** TSV/CSV: a different column mapping, previewed again. */
    async setImportMapping(mapping: ColumnMappingInput): Promise<void> {
      const current = store.get().fileImport;
      if (!current) return;
      store.set({ fileImport: { ...current, mapping, loading: true } });
      await loadImportPreview();
    },

    /** Import translation…: an English file is previewed like any import, then aligned to the open document. */
    async importTranslation(): Promise<void> {
      await guarded(async () => {
        if (!store.get().documentId) return;
        const path = await api.call('dialog.importText', {});
        if (!path) return;
        store.set({ fileImport: { purpose: 'translation', path, encoding: 'auto', preview: null, bilingual: null, mapping: null, error: null, loading: true } });
        await loadImportPreview();
      });
    },

    async confirmImport(title: string): Promise<void> {
      const current = store.get().fileImport;
      if (current?.bilingual) {
        await guarded(async () => {
          await flush();
          const doc = await api.call('document.importBilingual', { path: current.path, title, ...(current.mapping ? { mapping: current.mapping } : {}) });
          store.set({ fileImport: null, project: await api.call('project.current', {}), message: { kind: 'info', text: `Imported “${doc.title}”: ${doc.segmentCount} segments` } });
          await actions.selectDocument(doc.id);
        });
        return;
      }
      if (!current?.preview) return;
      const encoding = current.preview.encoding;
      await guarded(async () => {
        await flush();
        if (current.purpose === 'translation') {
          const documentId = store.get().documentId;
          if (!documentId) return;
          const aligned = await api.call('alignment.importTranslation', { documentId, path: current.path, encoding });
          store.set({ fileImport: null });
          await applyEdit(aligned);
          store.set({
            message: {
              kind: 'info',
              text: `Aligned ${aligned.targetSentences} English sentences to ${aligned.total} segments; ${aligned.lowConfidence} look doubtful (Alt+L goes to the next one).`,
            },
          });
          return;
        }
        const doc = await api.call('document.importFile', { path: current.path, title, encoding });
        store.set({
          fileImport: null,
          project: await api.call('project.current', {}),
          message: { kind: 'info', text: `Imported “${doc.title}”: ${doc.segmentCount} segments` },
        });
        await actions.selectDocument(doc.id);
      });
    },

    async importPasted(title: string, sourceText: string): Promise<boolean> {
      let ok = false;
      await guarded(async () => {
        await flush();
        const doc = await api.call('document.importText', { title, sourceText });
        store.set({ pasteOpen: false, project: await api.call('project.current', {}), message: { kind: 'info', text: `Imported “${doc.title}”: ${doc.segmentCount} segments` } });
        await actions.selectDocument(doc.id);
        ok = true;
      });
      return ok;
    },

    async selectDocument(documentId: DocumentId): Promise<void> {
      await guarded(async () => {
        await flush();
        const first = await api.call('segment.list', { documentId, offset: 0, limit: 1 });
        cache = documentCache(documentId);
        store.set({ documentId, total: first.total, activeIndex: null });
        await refreshStats();
        const next = await api.call('segment.nextOpen', { documentId, afterPosition: -1 });
        await activate(next?.index ?? 0);
      });
    },

    /** Drops cached segments (after a bulk change such as replace-all) and reloads what is on screen. */
    async reloadSegments(): Promise<void> {
      await guarded(async () => {
        const { documentId, activeIndex } = store.get();
        if (!documentId) return;
        await flush();
        const first = await api.call('segment.list', { documentId, offset: 0, limit: 1 });
        cache = documentCache(documentId);
        store.set({ total: first.total });
        if (activeIndex !== null) await cache.ensure(activeIndex);
        editSession = newSession();
        bump();
        await refreshStats();
      });
    },

    segmentById: (id: number): { segment: Segment; index: number } | undefined => cache.findById(id),
    segmentAt(index: number): Segment | undefined {
      return cache.get(index);
    },

    ensureLoaded(index: number): void {
      if (cache.isLoaded(index)) return;
      cache.ensure(index).then(bump, report);
    },

    activate: (index: number, scroll = true) => guarded(() => activate(index, scroll)),

    move: (delta: number) => guarded(() => activate((store.get().activeIndex ?? -1) + delta)),

    editTarget(text: string): void {
      const index = store.get().activeIndex;
      if (index === null) return;
      const segment = cache.get(index);
      if (!segment || segment.target === text) return;
      if (pending && pending.index !== index) void flush();
      cache.replace(index, { ...segment, target: text });
      pending = { index, segmentId: segment.id, target: text, session: editSession };
      store.set({ save: 'pending' });
      if (saveTimer) timers.clearTimeout(saveTimer);
      saveTimer = timers.setTimeout(() => void flush(), SAVE_DEBOUNCE_MS);
    },

    flush,

    async setStatus(index: number, status: SegmentStatus): Promise<void> {
      await guarded(async () => {
        const segment = cache.get(index);
        if (!segment) return;
        await flush();
        const updated = await api.call('segment.setStatus', { segmentId: segment.id, status });
        cache.replace(index, { ...updated, target: cache.get(index)?.target ?? updated.target });
        bump();
        await refreshStats();
      });
    },

    async setDoNotTranslate(index: number, value: boolean): Promise<void> {
      const segment = cache.get(index);
      if (!segment) return;
      // Shown at once (the checkbox must not flick back while the save is on its way); undone if it fails.
      cache.replace(index, { ...segment, doNotTranslate: value });
      bump();
      await guarded(async () => {
        try {
          await flush();
          const updated = await api.call('segment.setDoNotTranslate', { segmentId: segment.id, value });
          cache.replace(index, { ...updated, target: cache.get(index)?.target ?? updated.target });
        } catch (error) {
          cache.replace(index, { ...(cache.get(index) ?? segment), doNotTranslate: segment.doNotTranslate });
          throw error;
        } finally {
          bump();
        }
      });
    },

    /** Ctrl+Enter: confirm the active segment and go to the next one that still needs work. */
    async confirmAndNext(): Promise<void> {
      await guarded(async () => {
        const { activeIndex, documentId } = store.get();
        if (activeIndex === null || !documentId) return;
        const segment = cache.get(activeIndex);
        if (!segment) return;
        await flush();
        const updated = await api.call('segment.setStatus', { segmentId: segment.id, status: 'translated' });
        cache.replace(activeIndex, updated);
        bump();
        await refreshStats();
        const next = await api.call('segment.nextOpen', { documentId, afterPosition: updated.position });
        if (next) await activate(next.index);
        else store.set({ message: { kind: 'info', text: 'Every segment of this document is confirmed.' } });
      });
    },

    mergeNext: () => editActive((seg) => api.call('alignment.mergeNext', { segmentId: seg.id })),
    mergePrevious: () => editActive((seg) => api.call('alignment.mergePrevious', { segmentId: seg.id })),
    split: (side: TextSide, offset: number) => editActive((seg) => api.call('alignment.split', { segmentId: seg.id, side, offset })),
    moveFirstTargetToPrevious: () => editActive((seg) => api.call('alignment.moveFirstTargetToPrevious', { segmentId: seg.id })),
    moveLastTargetToNext: () => editActive((seg) => api.call('alignment.moveLastTargetToNext', { segmentId: seg.id })),
    insertAfter: () => editActive((seg) => api.call('alignment.insert', { segmentId: seg.id, where: 'after' })),
    deleteEmpty: () => editActive((seg) => api.call('alignment.deleteEmpty', { segmentId: seg.id })),
    toggleAlignConfirmed: () => editActive((seg) => api.call('alignment.setConfirmed', { segmentId: seg.id, value: !seg.alignConfirmed })),

    /** Shift+click: the rows between the active one and this one are the selection. */
    extendSelection(index: number): void {
      store.set({ selectionEnd: index === store.get().activeIndex ? null : index });
    },

    async realignSelection(): Promise<void> {
      await guarded(async () => {
        const { activeIndex, selectionEnd, documentId } = store.get();
        if (activeIndex === null || !documentId) return;
        const from = Math.min(activeIndex, selectionEnd ?? activeIndex);
        const to = Math.max(activeIndex, selectionEnd ?? activeIndex);
        await flush();
        const result = await api.call('alignment.realign', { documentId, from, to });
        await applyEdit(result, from);
        store.set({ message: { kind: 'info', text: `Re-aligned segments ${from + 1}–${to + 1}: ${result.segments.length} segments now, ${result.lowConfidence} doubtful.` } });
      });
    },

    async nextLowConfidence(): Promise<void> {
      await guarded(async () => {
        const { documentId, activeIndex } = store.get();
        if (!documentId) return;
        const position = activeIndex === null ? -1 : (cache.get(activeIndex)?.position ?? -1);
        const next = await api.call('alignment.nextLowConfidence', { documentId, afterPosition: position });
        if (next) await activate(next.index);
        else store.set({ message: { kind: 'info', text: 'No doubtful alignments left in this document.' } });
      });
    },

    async undo(): Promise<void> {
      await guarded(async () => {
        await flush();
        const outcome = await api.call('history.undo', {});
        await applyEdit({ ...outcome.change, history: outcome.history }, outcome.change.from);
        store.set({ message: { kind: 'info', text: `Undid: ${outcome.label}` } });
      });
    },

    async redo(): Promise<void> {
      await guarded(async () => {
        await flush();
        const outcome = await api.call('history.redo', {});
        await applyEdit({ ...outcome.change, history: outcome.history }, outcome.change.from);
        store.set({ message: { kind: 'info', text: `Redid: ${outcome.label}` } });
      });
    },

    dismissMessage: () => store.set({ message: null }),
    notify: (text: string) => store.set({ message: { kind: 'info', text } }),
    fail: report,
    openPaste: () => store.set({ pasteOpen: true }),
    closePaste: () => store.set({ pasteOpen: false }),
    openRules: () => store.set({ rulesOpen: true }),
    openExport: () => store.set({ exportOpen: store.get().documentId !== null }),
    closeExport: () => store.set({ exportOpen: false }),
    closeRules: () => store.set({ rulesOpen: false }),
  };

  return { store, actions };
}
