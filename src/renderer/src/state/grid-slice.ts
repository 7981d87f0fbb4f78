import type { DocumentId, RangeChange, Segment, SegmentFilter, SegmentId } from '../../../core/model';
import type { ApiPort, AppState } from './app-state';
import type { Store } from './create-store';
import { SegmentCache } from './segment-cache';
import { sliceOf } from './slice';

/** What the grid needs from other slices (bound after they are made: they need the grid too). */
export interface GridLinks {
  /** Saves what is typed; false when it could not be saved yet (it is kept and retried). */
  flush(): Promise<boolean>;
  /** A new typing session starts on the row that becomes active (one revision per visit). */
  newSession(): void;
  /** Starts reading the progress figures again (not awaited; a failure is reported). */
  refreshStats(): void;
  notify(text: string): void;
}

/** An edit of rows: what changed, and where the cursor goes. */
export type RowsChange = RangeChange & { focusId?: SegmentId | null };

export type GridSlice = ReturnType<typeof createGridSlice>;

/** The open document's rows: a page cache, the filter's view of it, the active row and the selection. */
export function createGridSlice(store: Store<AppState>, api: ApiPort, links: GridLinks) {
  const slice = sliceOf<'documentId' | 'total' | 'cacheVersion' | 'activeIndex' | 'selectionEnd' | 'scrollRequest' | 'filter'>(store);
  let cache = new SegmentCache(async () => []);
  let scrollSeq = 0;
  /** Positions of the rows a filter keeps (null: no filter; grid row i is position i). */
  let view: number[] | null = null;

  const bump = () => slice.set((s) => ({ cacheVersion: s.cacheVersion + 1 }));

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
    const filter = slice.get().filter;
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

  async function activate(index: number, scroll = true): Promise<void> {
    const { total, activeIndex } = slice.get();
    if (total === 0) return;
    const target = Math.max(0, Math.min(total - 1, index));
    // Leaving a row saves it; an edit that cannot be saved yet stays queued (and retried), so moving on is safe.
    if (target !== activeIndex) await links.flush();
    await cache.ensure(target);
    links.newSession();
    slice.set({ activeIndex: target, ...(scroll ? { scrollRequest: { index: target, seq: ++scrollSeq } } : {}) });
    bump();
  }

  /** Goes to a segment by its position; one the filter hides clears the filter first, and says so. */
  async function goToPosition(position: number): Promise<void> {
    const { documentId } = slice.get();
    if (!documentId) return;
    if (view && rowOf(position, true) < 0) {
      slice.set({ filter: null });
      links.notify('The filter hid that segment, so it was cleared.');
      await links.flush();
      const total = await loadRows(documentId);
      slice.set({ total, activeIndex: null, selectionEnd: null });
    }
    await activate(rowOf(position, true));
  }

  /**
   * Go to segment N (1-based, as the grid's # column shows it), filter or not. Returns why it cannot
   * (no document, out of range), or null when it went there.
   */
  async function goToNumber(number: number): Promise<string | null> {
    const { documentId, total } = slice.get();
    if (!documentId) return 'Open a document first (the list on the left).';
    // With a filter on, `total` counts the rows shown, not the document's segments.
    const size = view ? (await api.call('segment.list', { documentId, offset: 0, limit: 1 })).total : total;
    if (!Number.isInteger(number) || number < 1 || number > size) {
      return size === 0 ? 'This document has no segments.' : `There is no segment ${number}: type a number from 1 to ${size}.`;
    }
    await goToPosition(number - 1);
    return null;
  }

  /** After a change that may move rows in or out of the filter (a status change): run it again. */
  async function refilter(): Promise<void> {
    const { documentId } = slice.get();
    if (!view || !documentId) return;
    const total = await loadRows(documentId);
    slice.set({ total, activeIndex: null, selectionEnd: null });
    bump();
  }

  /** The rows from the active one to the Shift+clicked one, in grid order. */
  function selectedRows(): { from: number; to: number } | null {
    const { activeIndex, selectionEnd } = slice.get();
    if (activeIndex === null) return null;
    return { from: Math.min(activeIndex, selectionEnd ?? activeIndex), to: Math.max(activeIndex, selectionEnd ?? activeIndex) };
  }

  return {
    bump,
    rowOf,
    activate,
    goToPosition,
    goToNumber,
    refilter,
    selectedRows,
    /** True when a filter is on (rows are not neighbours in the document). */
    filtered: () => view !== null,
    /** The document position of a grid row. */
    positionOfRow: (row: number): number => (view ? view[row]! : row),
    segmentAt: (index: number): Segment | undefined => cache.get(index),
    segmentById: (id: number): { segment: Segment; index: number } | undefined => cache.findById(id),
    activeSegment(): { index: number; segment: Segment } | undefined {
      const index = slice.get().activeIndex;
      const segment = index === null ? undefined : cache.get(index);
      return index === null || !segment ? undefined : { index, segment };
    },

    /**
     * A segment changed on the server: show it, keeping any English typed here and not saved yet
     * (`localTarget` says what that is). Returns whether its row is loaded.
     */
    showSegment(segment: Segment, localTarget: (segmentId: SegmentId) => string | undefined): boolean {
      const hit = cache.findById(segment.id);
      if (!hit) return false;
      cache.replace(hit.index, { ...segment, target: localTarget(segment.id) ?? segment.target });
      bump();
      return true;
    },
    /** Shows typed text in its row at once (the save follows). */
    showTyped(index: number, segment: Segment): void {
      cache.replace(index, segment);
    },

    ensureLoaded(index: number, report: (error: unknown) => void): void {
      if (cache.isLoaded(index)) return;
      cache.ensure(index).then(bump, report);
    },

    extendSelection(index: number): void {
      slice.set({ selectionEnd: index === slice.get().activeIndex ? null : index });
    },

    /** No document (a project was closed or opened). */
    clear(): void {
      view = null;
      cache = new SegmentCache(async () => []);
      slice.set({ documentId: null, total: 0, activeIndex: null, selectionEnd: null, filter: null });
    },

    async selectDocument(documentId: DocumentId): Promise<void> {
      await links.flush();
      slice.set({ filter: null });
      const total = await loadRows(documentId);
      slice.set({ documentId, total, activeIndex: null, selectionEnd: null });
      const next = await api.call('segment.nextOpen', { documentId, afterPosition: -1 });
      await activate(next?.index ?? 0);
      // The figures after the rows, and not awaited: they read every segment's text (over half a
      // second at 100,000 segments), and the app shows the rows once this document is selected.
      links.refreshStats();
    },

    /** Drops cached segments (after a bulk change such as replace-all) and reloads what is on screen. */
    async reload(): Promise<void> {
      const { documentId, activeIndex } = slice.get();
      if (!documentId) return;
      await links.flush();
      const total = await loadRows(documentId);
      slice.set({ total, activeIndex: activeIndex === null ? null : Math.min(activeIndex, total - 1) });
      if (activeIndex !== null && total > 0) await cache.ensure(Math.min(activeIndex, total - 1));
      links.newSession();
      bump();
    },

    /** After an edit of rows (alignment edit, undo, redo): reload the rows, go to the focus. */
    async applyRows(change: RowsChange, focusPosition?: number): Promise<void> {
      const focusAt = change.segments.findIndex((seg) => seg.id === change.focusId);
      const position = focusPosition ?? (focusAt >= 0 ? change.from + focusAt : Math.min(change.from, change.total - 1));
      // Rows may have moved, and a filter may keep other rows now.
      const total = await loadRows(change.documentId, change.total);
      const index = rowOf(position, false);
      slice.set({ total, selectionEnd: null });
      links.newSession();
      slice.set({ activeIndex: null });
      if (total > 0) await activate(Math.max(0, index));
      else bump();
    },

    /** Shows only the segments that pass `filter` (null shows all); the active segment stays if it passes. */
    async setFilter(filter: SegmentFilter | null): Promise<void> {
      const { documentId, activeIndex } = slice.get();
      if (!documentId) return;
      await links.flush();
      const activePosition = activeIndex === null ? null : (cache.get(activeIndex)?.position ?? null);
      slice.set({ filter: filter && Object.keys(filter).length > 0 ? filter : null });
      const total = await loadRows(documentId);
      slice.set({ total, activeIndex: null, selectionEnd: null });
      bump();
      if (total === 0) return;
      const keep = activePosition === null ? -1 : rowOf(activePosition, true);
      await activate(keep >= 0 ? keep : 0);
    },
  };
}
