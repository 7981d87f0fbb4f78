import { useMemo } from 'react';
import type { AnnotationStore } from '../../state/annotation-store';
import type { AppStore } from '../../state/app-store';
import type { CommentStore } from '../../state/comment-store';
import type { QaStore } from '../../state/qa-store';
import type { SearchStore } from '../../state/search-store';
import { useAnnotationStore, useAppStore, useCommentStore, useQaStore, useSearchStore } from '../../store-context';

/** The stores an action reads and drives. */
export interface CommandTarget {
  app: AppStore;
  search: SearchStore;
  annotations: AnnotationStore;
  comments: CommentStore;
  qa: QaStore;
}

export function useCommandTarget(): CommandTarget {
  const app = useAppStore();
  const search = useSearchStore();
  const annotations = useAnnotationStore();
  const comments = useCommentStore();
  const qa = useQaStore();
  return useMemo(() => ({ app, search, annotations, comments, qa }), [app, search, annotations, comments, qa]);
}
