import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState, AppStore } from './state/app-store';
import type { AnnotationState, AnnotationStore } from './state/annotation-store';
import type { CommentState, CommentStore } from './state/comment-store';
import type { QaState, QaStore } from './state/qa-store';
import type { SearchState, SearchStore } from './state/search-store';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const value = useContext(StoreContext);
  if (!value) throw new Error('StoreContext is missing');
  return value;
}

export function useAppState<T>(select: (state: AppState) => T): T {
  const { store } = useAppStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export const SearchContext = createContext<SearchStore | null>(null);

export function useSearchStore(): SearchStore {
  const value = useContext(SearchContext);
  if (!value) throw new Error('SearchContext is missing');
  return value;
}

export function useSearchState<T>(select: (state: SearchState) => T): T {
  const { store } = useSearchStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export const AnnotationContext = createContext<AnnotationStore | null>(null);

export function useAnnotationStore(): AnnotationStore {
  const value = useContext(AnnotationContext);
  if (!value) throw new Error('AnnotationContext is missing');
  return value;
}

export function useAnnotationState<T>(select: (state: AnnotationState) => T): T {
  const { store } = useAnnotationStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export const CommentContext = createContext<CommentStore | null>(null);

export function useCommentStore(): CommentStore {
  const value = useContext(CommentContext);
  if (!value) throw new Error('CommentContext is missing');
  return value;
}

export function useCommentState<T>(select: (state: CommentState) => T): T {
  const { store } = useCommentStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export const QaContext = createContext<QaStore | null>(null);

export function useQaStore(): QaStore {
  const value = useContext(QaContext);
  if (!value) throw new Error('QaContext is missing');
  return value;
}

export function useQaState<T>(select: (state: QaState) => T): T {
  const { store } = useQaStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
