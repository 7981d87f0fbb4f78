import type { CommentId, SegmentId } from '../../../core/model';
import type { CommentEditResult, CommentThread, DocumentThreads, PlacedThread, ThreadState } from '../../../core/review/comments';
import type { ApiPort, AppStore } from './app-store';
import { createStore } from './create-store';

export type CommentsView = 'segment' | 'document';

export interface CommentFilterState {
  state: ThreadState;
  /** Threads this person took part in; null for everyone. */
  author: string | null;
}

export interface CommentState {
  open: boolean;
  view: CommentsView;
  /** The user's name: their own comments can be edited and deleted. Null until the panel first opens. */
  user: string | null;
  /** The segment whose threads `threads` holds (the active one while the panel is open). */
  segmentId: SegmentId | null;
  threads: CommentThread[];
  filter: CommentFilterState;
  /** The open document's threads as filtered, loaded while the document view shows. */
  document: DocumentThreads | null;
  /**
   * Opening the panel (the row badge, Alt+M) asks the composer to take the keyboard, once. Moving to
   * another row does not: the grid keeps the focus, so its shortcuts go on working with the panel open.
   */
  focusRequested: boolean;
  /** A change is on its way to the project: buttons wait. */
  busy: boolean;
}

const initial: CommentState = {
  open: false,
  view: 'segment',
  user: null,
  segmentId: null,
  threads: [],
  filter: { state: 'open', author: null },
  document: null,
  focusRequested: false,
  busy: false,
};

export type CommentStore = ReturnType<typeof createCommentStore>;

/** Review threads of the active segment and of the open document; changes go through the app-wide undo history. */
export function createCommentStore(api: ApiPort, app: AppStore) {
  const store = createStore(initial);
  let segmentSeq = 0;
  let documentSeq = 0;

  function activeSegmentId(): SegmentId | null {
    const index = app.store.get().activeIndex;
    return index === null ? null : (app.actions.segmentAt(index)?.id ?? null);
  }

  /** Who "you" are is the app's identity (it may change from the top bar while the panel is open). */
  function syncUser(): void {
    const user = app.store.get().identity?.userName ?? null;
    if (store.get().user !== user) store.set({ user });
  }

  /** The active segment's threads (stale answers from an earlier segment are dropped). */
  async function loadSegment(): Promise<void> {
    const segmentId = activeSegmentId();
    const seq = ++segmentSeq;
    if (segmentId === null) {
      store.set({ segmentId: null, threads: [] });
      return;
    }
    if (segmentId !== store.get().segmentId) store.set({ segmentId, threads: [] });
    try {
      const threads = await api.call('comment.list', { segmentId });
      if (seq === segmentSeq) store.set({ segmentId, threads });
    } catch (error) {
      if (seq === segmentSeq) app.actions.fail(error);
    }
  }

  async function loadDocument(): Promise<void> {
    const documentId = app.store.get().documentId;
    const seq = ++documentSeq;
    if (!documentId) {
      store.set({ document: null });
      return;
    }
    const { state, author } = store.get().filter;
    try {
      const document = await api.call('comment.listDocument', { documentId, filter: { state, ...(author === null ? {} : { author }) } });
      if (seq === documentSeq) store.set({ document });
    } catch (error) {
      if (seq === documentSeq) app.actions.fail(error);
    }
  }

  async function refresh(): Promise<void> {
    const { open, view } = store.get();
    if (!open) return;
    await Promise.all([loadSegment(), view === 'document' ? loadDocument() : Promise.resolve()]);
  }

  /** A change's result: the segment's threads, its row (the open count), the undo state. */
  function apply(result: CommentEditResult): void {
    if (store.get().segmentId === result.segmentId) store.set({ threads: result.threads });
    // The row (its open count), the undo state and the figures are the app's: applied as one change.
    void app.actions.applyChange({ segment: result.segment, history: result.history });
    if (store.get().open && store.get().view === 'document') void loadDocument();
  }

  /** Runs a change; resolves true when it was made (a form then clears), false when it failed (the message bar says why). */
  async function change(work: () => Promise<CommentEditResult>): Promise<boolean> {
    store.set({ busy: true });
    try {
      apply(await work());
      return true;
    } catch (error) {
      app.actions.fail(error);
      return false;
    } finally {
      store.set({ busy: false });
    }
  }

  // Follow the app: another segment, document or project; and anything that may have changed
  // comments on the server behind this store (undo, redo, alignment edits moving them).
  const watched = () => {
    const s = app.store.get();
    return { segmentId: activeSegmentId(), documentId: s.documentId, editSeq: s.editSeq, project: s.project?.path ?? null };
  };
  let seen = watched();
  app.store.subscribe(() => {
    syncUser();
    const now = watched();
    const moved = now.segmentId !== seen.segmentId;
    const documentChanged = now.documentId !== seen.documentId || now.project !== seen.project;
    const edited = now.editSeq !== seen.editSeq;
    seen = now;
    if (now.project === null && store.get().open) store.set({ open: false });
    if (documentChanged) store.set({ document: null, filter: { ...store.get().filter, author: null } });
    if (!store.get().open) return;
    if (moved || edited || documentChanged) void loadSegment();
    if ((edited || documentChanged) && store.get().view === 'document') void loadDocument();
  });

  const actions = {
    async open(view?: CommentsView): Promise<void> {
      store.set((s) => ({ open: true, view: view ?? s.view, focusRequested: true }));
      syncUser();
      await refresh();
    },
    close: () => store.set({ open: false, focusRequested: false }),
    /** The composer has taken the focus the panel's opening asked for. */
    focusTaken: () => store.set({ focusRequested: false }),
    async toggle(): Promise<void> {
      if (store.get().open) actions.close();
      else await actions.open();
    },

    /** The row's badge: that segment becomes the active one and the panel shows its threads. */
    async openAt(index: number): Promise<void> {
      await app.actions.activate(index, false);
      await actions.open('segment');
    },

    async setView(view: CommentsView): Promise<void> {
      store.set({ view });
      if (view === 'document') await loadDocument();
    },

    async setFilter(patch: Partial<CommentFilterState>): Promise<void> {
      store.set((s) => ({ filter: { ...s.filter, ...patch } }));
      await loadDocument();
    },

    /** Starts a thread on the active segment, or on one of its annotations. */
    add(body: string, annotationId: number | null = null): Promise<boolean> {
      const segmentId = store.get().segmentId ?? activeSegmentId();
      if (segmentId === null) return Promise.resolve(false);
      return change(() => api.call('comment.add', { segmentId, body, ...(annotationId === null ? {} : { annotationId }) }));
    },
    reply: (parentId: CommentId, body: string) => change(() => api.call('comment.reply', { parentId, body })),
    edit: (id: CommentId, body: string) => change(() => api.call('comment.edit', { id, body })),
    remove: (id: CommentId) => change(() => api.call('comment.delete', { id })),
    resolve: (id: CommentId) => change(() => api.call('comment.resolve', { id })),
    reopen: (id: CommentId) => change(() => api.call('comment.reopen', { id })),

    /** "Go to": the thread's segment becomes the active one (the grid scrolls to it). */
    goTo: (thread: PlacedThread) => app.actions.goToPosition(thread.position),

    isOwn: (authorName: string) => store.get().user === authorName,
    reload: refresh,
  };

  return { store, actions };
}
