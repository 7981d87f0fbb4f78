import type { Channel } from '../../../api/channels';
import type { BilingualPreview, ColumnMappingInput, FilePreview, Input, Output, RecentProject } from '../../../api/contract';
import type { TextEncoding } from '../../../core/text/decode/encodings';
import type { AlignmentEditResult, DocumentId, HistoryState, ProjectInfo, ProjectStats, RangeChange, Revision, Segment, SegmentFilter, SegmentId, SegmentStatus, TextSide } from '../../../core/model';
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
  /** The History dialog of the active segment (revisions as word diffs, restore). */
  historyOpen: boolean;
  /** The "Fix Arabic…" dialog of the active segment. */
  fixSourceOpen: boolean;
  /**
   * Bumped after anything that may have moved annotations on the server: a saved translation
   * (spans re-anchored), an alignment edit, undo or redo. Annotation views reload on a change.
   */
  editSeq: number;
  /** The segments the last such change touched (a saved translation), or null: rows may have moved. */
  editedSegmentIds: number[] | null;
  /** The grid shows only the segments that pass this filter (null: all of them). */
  filter: SegmentFilter | null;
  rejectOpen: boolean;
  /** Who is working: recorded on every revision, comment and status change. */
  identity: { userName: string; role: 'translator' | 'reviewer'; chosen: boolean } | null;
  identityOpen: boolean;
  /** Opening a project another app session edits: the user chooses read-only or take over. */
  lockChoice: { path: string; message: string } | null;
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
  historyOpen: false,
  fixSourceOpen: false,
  editSeq: 0,
  editedSegmentIds: null,
  filter: null,
  rejectOpen: false,
  identity: null,
  identityOpen: false,
  lockChoice: null,
};

interface PendingSave {
  index: number;
  segmentId: SegmentId;
  target: string;
  session: string;
  /** The first save of an editing session carries the English it replaces (a change made elsewhere meanwhile is a conflict). */
  expected?: string;
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The error code of a failed call (ApiCallError), if it has one. */
function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

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
  /** The editing session (and segment) whose first edit was already sent with the English it replaces. */
  let checkedSession = '';
  /** An import of the import dialog is running (Cancel then stops it). */
  let importRunning = false;

  /** Positions of the rows a filter keeps (null: no filter; grid row i is position i). */
  let view: number[] | null = null;

  const documentCache = (documentId: DocumentId) => {
    const positions = view;
    return new SegmentCache(
      positions
        ? async (offset, limit) => api.call('review.segmentsAt', { documentId, positions: positions.slice(offset, offset + limit) })
        : async (offset, limit) => (await api.call('segment.list', { documentId, offset, limit })).items,
    );
  };

  /**
   * Rebuilds the rows the grid shows: the filter run again (after edits rows move or stop matching),
   * or every segment; a fresh cache. Returns how many rows there are (`documentTotal` saves asking).
   */
  async function loadRows(documentId: DocumentId, documentTotal?: number): Promise<number> {
    const filter = store.get().filter;
    view = filter ? await api.call('review.filter', { documentId, filter }) : null;
    cache = documentCache(documentId);
    if (view) return view.length;
    return documentTotal ?? (await api.call('segment.list', { documentId, offset: 0, limit: 1 })).total;
  }

  /** The grid row showing a position: exact, or (nearest) the first row at or after it. */
  function rowOf(position: number, exact: boolean): number {
    if (!view) return position;
    let lo = 0;
    let hi = view.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (view[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    if (exact) return view[lo] === position ? lo : -1;
    return Math.min(lo, view.length - 1);
  }

  /** Sets the active segment's status, then goes to the next segment `next` finds (or says there is none). */
  async function setStatusAndNext(status: SegmentStatus, next: 'segment.nextOpen' | 'review.nextForReview', none: string): Promise<void> {
    await guarded(async () => {
      const { activeIndex, documentId } = store.get();
      if (activeIndex === null || !documentId) return;
      const segment = cache.get(activeIndex);
      if (!segment) return;
      await flush();
      const updated = await api.call('segment.setStatus', { segmentId: segment.id, status });
      cache.replace(activeIndex, { ...updated, target: cache.get(activeIndex)?.target ?? updated.target });
      bump();
      await refreshStats();
      await refreshHistory();
      // In a filtered grid the row may leave the view ("hide approved").
      await refilter();
      const found = await api.call(next, { documentId, afterPosition: updated.position });
      if (found) await goToPosition(found.segment.position);
      else store.set({ message: { kind: 'info', text: none } });
    });
  }

  /** After a change that may move rows in or out of the filter (a status change): run it again. */
  async function refilter(): Promise<void> {
    const { documentId } = store.get();
    if (!view || !documentId) return;
    const total = await loadRows(documentId);
    store.set({ total, activeIndex: null, selectionEnd: null });
    bump();
  }

  /** Goes to a segment by its position; one the filter hides clears the filter first, and says so. */
  async function goToPosition(position: number): Promise<void> {
    const { documentId } = store.get();
    if (!documentId) return;
    if (view && rowOf(position, true) < 0) {
      store.set({ filter: null, message: { kind: 'info', text: 'The filter hid that segment, so it was cleared.' } });
      await flush();
      const total = await loadRows(documentId);
      store.set({ total, activeIndex: null, selectionEnd: null });
    }
    await activate(rowOf(position, true));
  }
  const bump = () => store.set((s) => ({ cacheVersion: s.cacheVersion + 1 }));

  function report(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    store.set({ message: { kind: 'error', text } });
    // A write refused because another session took over: show the read-only banner at once.
    if (errorCode(error) === 'read-only') void refreshAccess();
  }

  /** Re-reads whether the open project is read-only (after a take-over elsewhere); the document view stays. */
  async function refreshAccess(): Promise<void> {
    try {
      const project = await api.call('project.current', {});
      store.set({ project });
    } catch {
      // The banner waits for the next refresh; the error that got us here is already shown.
    }
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
    store.set({ project, documentId: null, total: 0, activeIndex: null, stats: null, historyOpen: false, fixSourceOpen: false, recent: await api.call('project.recent', {}) });
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
        const saved = await api.call('segment.updateTarget', {
          segmentId: job.segmentId, target: job.target, session: job.session, ...(job.expected === undefined ? {} : { expectedTarget: job.expected }),
        });
        if (cache.get(job.index)?.id === saved.id) cache.replace(job.index, { ...saved, target: currentTarget(job.index, saved) });
        store.set((s) => ({ save: pending ? 'pending' : 'saved', editSeq: s.editSeq + 1, editedSegmentIds: [saved.id] }));
        bump();
        await refreshHistory();
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
  async function applyEdit(change: RangeChange & { focusId?: SegmentId | null; history?: HistoryState }, focusPosition?: number): Promise<void> {
    const focusAt = change.segments.findIndex((seg) => seg.id === change.focusId);
    const position = focusPosition ?? (focusAt >= 0 ? change.from + focusAt : Math.min(change.from, change.total - 1));
    // Rows may have moved, and a filter may keep other rows now.
    const total = await loadRows(change.documentId, change.total);
    const index = rowOf(position, false);
    store.set((s) => ({ total, selectionEnd: null, editSeq: s.editSeq + 1, editedSegmentIds: null, ...(change.history ? { history: change.history } : {}) }));
    editSession = newSession();
    store.set({ activeIndex: null });
    if (total > 0) await activate(Math.max(0, index));
    else bump();
    await refreshStats();
    await refreshProject();
  }

  /** The Undo/Redo buttons follow every recorded change (typing, statuses, annotations, alignment…). */
  async function refreshHistory(): Promise<void> {
    store.set({ history: await api.call('history.state', {}) });
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
        const prefs = await api.call('prefs.get', {});
        // First use: ask who is working before anything is recorded under the login name.
        store.set({ identity: { userName: prefs.userName, role: prefs.role, chosen: prefs.identityChosen }, identityOpen: !prefs.identityChosen });
        await showProject(await api.call('project.current', {}));
      });
      store.set({ ready: true });
    },

    async openProject(path?: string): Promise<void> {
      await guarded(async () => {
        const chosen = path ?? (await api.call('dialog.openProject', {}));
        if (!chosen) return;
        await flush();
        try {
          await showProject(await api.call('project.open', { path: chosen }));
        } catch (error) {
          if (errorCode(error) !== 'locked') throw error;
          store.set({ lockChoice: { path: chosen, message: error instanceof Error ? error.message : String(error) } });
        }
      });
    },

    /** The answer to "someone else is editing this project": open it read-only, take over, or neither. */
    async chooseLockAccess(access: 'readOnly' | 'takeOver' | null): Promise<void> {
      const choice = store.get().lockChoice;
      store.set({ lockChoice: null });
      if (!choice || access === null) return;
      await guarded(async () => {
        await showProject(await api.call('project.open', { path: choice.path, access }));
      });
    },

    refreshAccess,

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

    cancelImport: () => {
      const current = store.get().fileImport;
      // A preview or import still running (in a worker, in the app) is stopped; nothing of it is kept.
      if (current?.loading || importRunning) void api.call('document.cancelImport', {}).catch(() => undefined);
      store.set({ fileImport: null });
    },

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
        importRunning = true;
        await guarded(async () => {
          await flush();
          const doc = await api.call('document.importBilingual', { path: current.path, title, ...(current.mapping ? { mapping: current.mapping } : {}) });
          store.set({ fileImport: null, project: await api.call('project.current', {}), message: { kind: 'info', text: `Imported “${doc.title}”: ${doc.segmentCount} segments` } });
          await actions.selectDocument(doc.id);
        }).finally(() => {
          importRunning = false;
        });
        return;
      }
      if (!current?.preview) return;
      const encoding = current.preview.encoding;
      importRunning = true;
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
      }).finally(() => {
        importRunning = false;
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
        store.set({ filter: null });
        const total = await loadRows(documentId);
        store.set({ documentId, total, activeIndex: null, selectionEnd: null });
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
        const total = await loadRows(documentId);
        store.set({ total, activeIndex: activeIndex === null ? null : Math.min(activeIndex, total - 1) });
        if (activeIndex !== null && total > 0) await cache.ensure(Math.min(activeIndex, total - 1));
        editSession = newSession();
        bump();
        await refreshStats();
      });
    },

    segmentById: (id: number): { segment: Segment; index: number } | undefined => cache.findById(id),

    /**
     * A segment changed on the server by something other than its text (a comment changed its open
     * count): show it, keeping any English typed here and not saved yet.
     */
    showSegment(segment: Segment): void {
      const hit = cache.findById(segment.id);
      if (!hit) return;
      cache.replace(hit.index, { ...segment, target: hit.segment.target });
      bump();
    },

    /** The progress panel's figures (words, statuses, open comments) after a change made elsewhere. */
    refreshStats: () => guarded(refreshStats),
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
      // The first edit of a session checks the project still holds the English the user saw.
      const key = `${editSession}:${segment.id}`;
      const first = checkedSession !== key;
      checkedSession = key;
      const carried = pending && pending.segmentId === segment.id && pending.session === editSession ? pending.expected : undefined;
      const expected = first ? segment.target : carried;
      pending = { index, segmentId: segment.id, target: text, session: editSession, ...(expected === undefined ? {} : { expected }) };
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
        await refreshHistory();
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
          await refreshHistory();
        } catch (error) {
          cache.replace(index, { ...(cache.get(index) ?? segment), doNotTranslate: segment.doNotTranslate });
          throw error;
        } finally {
          bump();
        }
      });
    },

    /** Ctrl+Enter: confirm the active segment and go to the next one that still needs work. */
    confirmAndNext: () => setStatusAndNext('translated', 'segment.nextOpen', 'Every segment of this document is confirmed.'),

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
        if (view) {
          store.set({ message: { kind: 'info', text: 'Re-aligning works on neighbouring rows: clear the filter first.' } });
          return;
        }
        const from = Math.min(activeIndex, selectionEnd ?? activeIndex);
        const to = Math.max(activeIndex, selectionEnd ?? activeIndex);
        await flush();
        const result = await api.call('alignment.realign', { documentId, from, to });
        await applyEdit(result, from);
        store.set({ message: { kind: 'info', text: `Re-aligned segments ${from + 1}–${to + 1}: ${result.segments.length} segments now, ${result.lowConfidence} doubtful.` } });
      });
    },

    /** Shows only the segments that pass `filter` (null shows all); the active segment stays if it passes. */
    async setFilter(filter: SegmentFilter | null): Promise<void> {
      await guarded(async () => {
        const { documentId, activeIndex } = store.get();
        if (!documentId) return;
        await flush();
        const activePosition = activeIndex === null ? null : (cache.get(activeIndex)?.position ?? null);
        store.set({ filter: filter && Object.keys(filter).length > 0 ? filter : null });
        const total = await loadRows(documentId);
        store.set({ total, activeIndex: null, selectionEnd: null });
        bump();
        if (total === 0) return;
        const keep = activePosition === null ? -1 : rowOf(activePosition, true);
        await activate(keep >= 0 ? keep : 0);
      });
    },

    /** Goes to a segment by its document position (search hits, annotations, comments). */
    goToPosition: (position: number) => guarded(() => goToPosition(position)),

    /** The reviewer's Ctrl+Shift+Enter: approve this segment, go to the next one waiting for review. */
    approveAndNext: () => setStatusAndNext('approved', 'review.nextForReview', 'Nothing left to review in this document.'),

    openIdentity: () => store.set({ identityOpen: true }),
    closeIdentity: () => store.set({ identityOpen: false }),
    async setIdentity(userName: string, role: 'translator' | 'reviewer'): Promise<void> {
      await guarded(async () => {
        await flush();
        const prefs = await api.call('prefs.set', { userName, role });
        store.set({ identity: { userName: prefs.userName, role: prefs.role, chosen: prefs.identityChosen }, identityOpen: false });
      });
    },

    openReject: () => store.set({ rejectOpen: store.get().activeIndex !== null }),
    closeReject: () => store.set({ rejectOpen: false }),
    /** Rejects the active segment with the reason as a comment thread; false when it did not happen. */
    async rejectActive(reason: string): Promise<boolean> {
      let ok = false;
      await guarded(async () => {
        const index = store.get().activeIndex;
        const segment = index === null ? undefined : cache.get(index);
        if (!segment) return;
        await flush();
        const result = await api.call('review.reject', { segmentId: segment.id, reason });
        store.set({ rejectOpen: false });
        await applyEdit(result, segment.position);
        ok = true;
      });
      return ok;
    },

    /** Sets a status on the selected rows (Shift+click selects from the active row), as one undoable step. */
    async setStatusOfSelection(status: SegmentStatus): Promise<void> {
      await guarded(async () => {
        const { activeIndex, selectionEnd, documentId } = store.get();
        if (activeIndex === null || !documentId) return;
        const from = Math.min(activeIndex, selectionEnd ?? activeIndex);
        const to = Math.max(activeIndex, selectionEnd ?? activeIndex);
        await flush();
        const positions: number[] = [];
        for (let i = from; i <= to; i++) positions.push(view ? view[i]! : i);
        const focus = cache.get(activeIndex)?.position ?? positions[0]!;
        const result = await api.call('review.setStatusAt', { documentId, positions, status });
        await applyEdit(result, focus);
        store.set({ message: { kind: 'info', text: `${positions.length} segment${positions.length === 1 ? '' : 's'} set to ${status}. Undo takes it back in one step.` } });
      });
    },

    async nextLowConfidence(): Promise<void> {
      await guarded(async () => {
        const { documentId, activeIndex } = store.get();
        if (!documentId) return;
        const position = activeIndex === null ? -1 : (cache.get(activeIndex)?.position ?? -1);
        const next = await api.call('alignment.nextLowConfidence', { documentId, afterPosition: position });
        if (next) await goToPosition(next.segment.position);
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

    /** History (Alt+H) and Fix Arabic… act on the active segment. */
    async openHistory(): Promise<void> {
      // What was just typed is saved first, so it is in the list.
      await flush();
      store.set({ historyOpen: store.get().activeIndex !== null, fixSourceOpen: false });
    },
    closeHistory: () => store.set({ historyOpen: false }),
    openFixSource: () => store.set({ fixSourceOpen: store.get().activeIndex !== null, historyOpen: false }),
    closeFixSource: () => store.set({ fixSourceOpen: false }),

    /** A segment's revisions, oldest first (what the History dialog lists). */
    revisionsOf: (segmentId: SegmentId): Promise<Revision[]> => api.call('segment.revisions', { segmentId }),

    /** Saves a fix of the active segment's Arabic (undoable); the dialog closes once it is saved. */
    async fixSource(text: string): Promise<void> {
      let saved = false;
      await editActive(async (segment) => {
        const result = await api.call('segment.updateSource', { segmentId: segment.id, source: text });
        saved = true;
        return result;
      });
      if (saved) store.set({ fixSourceOpen: false });
    },

    /** Makes a revision's text the current one again, as a new revision (undoable); the grid shows it at once. */
    async restoreRevision(revisionId: number, which: 'before' | 'after'): Promise<void> {
      let restored = false;
      await editActive(async () => {
        const result = await api.call('segment.restoreRevision', { revisionId, which });
        restored = true;
        return result;
      });
      if (restored) store.set({ message: { kind: 'info', text: 'Restored that version as a new revision (Undo in the toolbar takes it back).' } });
    },
  };

  return { store, actions };
}
