import type { ReplacePreview, SearchResult, SearchScope } from '../../../core/model';
import type { ApiPort, AppStore } from './app-store';
import { busyCalls } from './busy-calls';
import { createStore } from './create-store';
import { NOT_SAVED_YET } from './mutation-runner';

export interface SearchState {
  open: boolean;
  query: string;
  scope: SearchScope;
  regex: boolean;
  matchCase: boolean;
  wholeWord: boolean;
  replacement: string;
  result: SearchResult | null;
  selected: number;
  preview: ReplacePreview | null;
  busy: boolean;
}

const initial: SearchState = {
  open: false,
  query: '',
  scope: 'both',
  regex: false,
  matchCase: false,
  wholeWord: false,
  replacement: '',
  result: null,
  selected: 0,
  preview: null,
  busy: false,
};

export type SearchStore = ReturnType<typeof createSearchStore>;

/** Search and replace across the open document; jumping to a hit goes through the app store. */
export function createSearchStore(api: ApiPort, app: AppStore) {
  const store = createStore(initial);

  const request = () => {
    const documentId = app.store.get().documentId;
    const { query, regex, matchCase, wholeWord } = store.get();
    return documentId ? { documentId, query, regex, matchCase, wholeWord } : null;
  };

  const busy = busyCalls((on) => store.set({ busy: on }), (error) => app.actions.fail(error));

  const actions = {
    open: () => store.set({ open: true }),
    close: () => store.set({ open: false, preview: null }),
    toggle: () => store.set((s) => ({ open: !s.open, preview: null })),
    update: (patch: Partial<Pick<SearchState, 'query' | 'scope' | 'regex' | 'matchCase' | 'wholeWord' | 'replacement'>>) =>
      store.set({ ...patch, preview: null }),

    async run(): Promise<void> {
      const req = request();
      if (!req) return;
      if (req.query === '') {
        store.set({ result: null, selected: 0 });
        return;
      }
      const result = await busy(() => api.call('search.run', { ...req, scope: store.get().scope, limit: 500 }));
      if (result) store.set({ result, selected: 0 });
    },

    select(index: number): void {
      const hits = store.get().result?.hits.length ?? 0;
      if (hits === 0) return;
      store.set({ selected: Math.max(0, Math.min(hits - 1, index)) });
    },

    async jump(selected = store.get().selected): Promise<void> {
      const hit = store.get().result?.hits[selected];
      if (!hit) return;
      store.set({ selected });
      await app.actions.goToPosition(hit.index);
    },

    async previewReplace(): Promise<void> {
      const req = request();
      if (!req || req.query === '') return;
      const preview = await busy(() => api.call('search.replacePreview', { ...req, replacement: store.get().replacement }));
      if (preview) store.set({ preview });
    },

    async replaceAll(): Promise<void> {
      const req = request();
      if (!req || req.query === '') return;
      // Typing not saved yet would be written over the replaced text afterwards.
      if (!(await app.actions.flush())) {
        app.actions.fail(new Error(NOT_SAVED_YET));
        return;
      }
      const done = await busy(() => api.call('search.replaceAll', { ...req, replacement: store.get().replacement }));
      if (!done) return;
      store.set({ preview: null });
      // One step of the app-wide Undo, like every other change.
      app.actions.notify(`Replaced in ${done.changed} segment${done.changed === 1 ? '' : 's'} (Undo reverts it).`);
      await app.actions.reloadSegments(done.history);
      await actions.run();
    },
  };

  return { store, actions };
}
