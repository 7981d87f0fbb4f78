import { useMemo } from 'react';
import type { AnnotationStore } from '../../state/annotation-store';
import type { AppStore } from '../../state/app-store';
import type { CommentStore } from '../../state/comment-store';
import type { SearchStore } from '../../state/search-store';
import { useAnnotationStore, useAppStore, useCommentStore, useSearchStore } from '../../store-context';

/** The stores an action reads and drives. */
export interface CommandTarget {
  app: AppStore;
  search: SearchStore;
  annotations: AnnotationStore;
  comments: CommentStore;
}

export function useCommandTarget(): CommandTarget {
  const app = useAppStore();
  const search = useSearchStore();
  const annotations = useAnnotationStore();
  const comments = useCommentStore();
  return useMemo(() => ({ app, search, annotations, comments }), [app, search, annotations, comments]);
}
