// Review comment threads as the renderer, the IPC contract and the CLI see them. Plain JSON.
import type { AnnotationId, CommentId, DocumentId, HistoryState, Millis, Segment, SegmentId } from '../model.js';

export interface Comment {
  id: CommentId;
  segmentId: SegmentId;
  /** Set when the thread is about one annotation of the segment rather than the segment as a whole. */
  annotationId: AnnotationId | null;
  /** The thread's first comment; null for that first comment itself (threads are one level deep). */
  parentId: CommentId | null;
  author: string;
  body: string;
  createdAt: Millis;
  /** Equals createdAt until the body is edited. */
  updatedAt: Millis;
  /** Only a thread's first comment is resolved; replies keep null. */
  resolvedAt: Millis | null;
  resolvedBy: string | null;
}

/** A thread: its first comment and the replies to it, oldest first. */
export interface CommentThread {
  root: Comment;
  replies: Comment[];
}

export const THREAD_STATES = ['open', 'resolved', 'all'] as const;
export type ThreadState = (typeof THREAD_STATES)[number];

export interface ThreadFilter {
  state: ThreadState;
  /** Threads this person took part in (started or replied to). */
  author?: string;
}

/** A thread listed across a document: where its segment sits, to jump there. */
export interface PlacedThread extends CommentThread {
  documentId: DocumentId;
  /** The segment's row in its document. */
  position: number;
  /** The start of the segment's English (its Arabic when there is no English yet), to recognise it by. */
  excerpt: string;
}

export interface DocumentThreads {
  /** The threads that pass the filter, in reading order (then oldest first within a segment). */
  threads: PlacedThread[];
  /** Everyone who commented in the document, for the author filter (whatever the filter). */
  authors: string[];
  /** Counts in the whole document, whatever the filter. */
  open: number;
  resolved: number;
}

/** What a comment edit returns: the segment's threads afterwards, the segment (its open-thread count) and the undo state. */
export interface CommentEditResult {
  /** The comment added or edited; null after a delete. */
  comment: Comment | null;
  segmentId: SegmentId;
  threads: CommentThread[];
  segment: Segment;
  history: HistoryState;
}

/**
 * Groups comments into threads, oldest thread first. A reply whose thread start is not among
 * `comments` is shown as a thread of its own rather than dropped.
 */
export function groupThreads(comments: readonly Comment[]): CommentThread[] {
  const ordered = [...comments].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  const byRoot = new Map<CommentId, CommentThread>();
  for (const c of ordered) if (c.parentId === null) byRoot.set(c.id, { root: c, replies: [] });
  const threads: CommentThread[] = [];
  for (const c of ordered) {
    if (c.parentId === null) threads.push(byRoot.get(c.id)!);
    else {
      const thread = byRoot.get(c.parentId);
      if (thread) thread.replies.push(c);
      else threads.push({ root: c, replies: [] });
    }
  }
  return threads;
}

export function isResolved(thread: CommentThread): boolean {
  return thread.root.resolvedAt !== null;
}

/** True when the thread passes the filter. */
export function threadMatches(thread: CommentThread, filter: ThreadFilter): boolean {
  if (filter.state === 'open' && isResolved(thread)) return false;
  if (filter.state === 'resolved' && !isResolved(thread)) return false;
  if (filter.author !== undefined && filter.author !== '') {
    const who = filter.author;
    if (thread.root.author !== who && !thread.replies.some((r) => r.author === who)) return false;
  }
  return true;
}
