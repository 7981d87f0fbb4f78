// Review comment threads: list a segment's or a document's threads, comment, reply, edit and delete
// your own comments, resolve and reopen threads (anyone may). Each change is one transaction and
// one entry of the app-wide undo history; the entry restores the comment rows it touched, with
// their ids, and refuses when they were changed since by something the history does not know.
//
// Deleting: a reply, or a thread start whose replies are all yours (the thread goes), is deleted.
// A thread start with replies from someone else is refused, not blanked: deleting it would delete
// their words, and a "deleted" placeholder would need a column the schema does not have. Resolve
// the thread instead, or edit your comment.
import { toCommentId, toSegmentId } from '../core/ids.js';
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import type { AnnotationId, CommentId, DocumentId, HistoryState, Segment, SegmentId } from '../core/model.js';
import {
  groupThreads, threadMatches, type Comment, type CommentEditResult, type CommentThread, type DocumentThreads, type PlacedThread, type ThreadFilter,
} from '../core/review/comments.js';
import { getAnnotation } from '../store/annotations.js';
import {
  deleteComment as deleteCommentRow, getComment, insertComment, insertCommentRow, listDocumentComments, listSegmentComments, overwriteCommentRow,
  readCommentRows, repliesOutside, setCommentResolved, updateCommentBody, type CommentRow,
} from '../store/comments.js';
import { getDocument } from '../store/documents.js';
import { getSegment } from '../store/segments.js';
import type { ServiceContext } from './context.js';
import { rangeChange, runUndoable, type HistoryEntry, type Tracker } from './edit-history.js';
import { requireSegment } from './segment-service.js';

export type { CommentEditResult, CommentThread, DocumentThreads };

/** How much of a segment's text a document-wide list shows next to its threads. */
const EXCERPT_LENGTH = 140;

export function requireComment(db: Database, id: CommentId): Comment {
  const comment = getComment(db, id);
  if (!comment) throw new MizanError('not-found', `comment ${id} does not exist (was it deleted?)`);
  return comment;
}

/** The text of a comment as stored: NFC, without surrounding blank space; an empty one is refused. */
function cleanBody(body: string): string {
  const text = body.normalize('NFC').trim();
  if (text === '') throw new MizanError('bad-input', 'a comment needs some text');
  return text;
}

/** A segment's threads, oldest first, each with its replies. */
export function listThreads(db: Database, segmentId: SegmentId): CommentThread[] {
  requireSegment(db, segmentId);
  return groupThreads(listSegmentComments(db, segmentId));
}

function excerptOf(source: string, target: string): string {
  const text = (target.trim() || source.trim()).replace(/\s+/g, ' ');
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

/**
 * A document's threads in reading order, filtered (open, resolved or all; threads someone took
 * part in), with where each sits; the authors and counts are of the whole document.
 */
export function listDocumentThreads(db: Database, documentId: DocumentId, filter: ThreadFilter = { state: 'all' }): DocumentThreads {
  if (!getDocument(db, documentId)) throw new MizanError('not-found', `document ${documentId} does not exist`);
  const rows = listDocumentComments(db, documentId);
  const bySegment = new Map<SegmentId, { position: number; excerpt: string; comments: Comment[] }>();
  for (const row of rows) {
    let entry = bySegment.get(row.comment.segmentId);
    if (!entry) {
      entry = { position: row.position, excerpt: excerptOf(row.source, row.target), comments: [] };
      bySegment.set(row.comment.segmentId, entry);
    }
    entry.comments.push(row.comment);
  }
  const all: PlacedThread[] = [];
  for (const { position, excerpt, comments } of bySegment.values()) {
    for (const thread of groupThreads(comments)) all.push({ ...thread, documentId, position, excerpt });
  }
  const authors = [...new Set(rows.map((r) => r.comment.author))].sort((a, b) => a.localeCompare(b));
  const resolved = all.filter((t) => t.root.resolvedAt !== null).length;
  return { threads: all.filter((t) => threadMatches(t, filter)), authors, open: all.length - resolved, resolved };
}

// ---------------------------------------------------------------------------------------------
// Edits

interface CommentEdit {
  label: string;
  segmentId: SegmentId;
  /** The comments the edit changes or removes (an added comment's id is what `apply` returns). */
  ids: CommentId[];
  /** Writes the change; returns the comment to hand back (null after a delete). */
  apply: () => CommentId | null;
}

/** An edit that would change nothing: nothing is written or recorded. */
interface Unchanged {
  unchanged: Comment;
}

function sameRows(a: readonly CommentRow[], b: readonly CommentRow[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The undo entry of a comment edit: swaps the touched rows between their state before and after.
 * Rows are updated in place (a thread start is never deleted and re-inserted: its replies would
 * cascade away), removed replies first, added thread starts first.
 */
function commentEntry(label: string, ids: readonly CommentId[], before: CommentRow[], after: CommentRow[]): HistoryEntry {
  const swap = (db: Database, expected: CommentRow[], wanted: CommentRow[], direction: 'undo' | 'redo') => {
    if (!sameRows(readCommentRows(db, ids), expected)) {
      throw new MizanError('bad-input', `cannot ${direction} "${label}": the comment was changed or deleted since by something that cannot be undone here`);
    }
    const keep = new Set(wanted.map((r) => r.id));
    const had = new Set(expected.map((r) => r.id));
    const removing = expected.filter((r) => !keep.has(r.id));
    if (repliesOutside(db, removing.map((r) => toCommentId(r.id))).length > 0) {
      throw new MizanError('bad-input', `cannot ${direction} "${label}": the thread has replies added since`);
    }
    const first = wanted[0] ?? expected[0];
    const segment = first === undefined ? undefined : getSegment(db, toSegmentId(first.segment_id));
    if (!segment) throw new MizanError('bad-input', `cannot ${direction} "${label}": its segment was removed since`);
    for (const r of [...removing].sort((x, y) => Number(x.parent_id === null) - Number(y.parent_id === null))) deleteCommentRow(db, toCommentId(r.id));
    for (const r of [...wanted].sort((x, y) => Number(y.parent_id === null) - Number(x.parent_id === null))) {
      if (had.has(r.id)) overwriteCommentRow(db, r);
      else insertCommentRow(db, r);
    }
    return rangeChange(db, segment.documentId, segment.position, 1, 1);
  };
  return {
    label,
    undo: (db) => swap(db, after, before, 'undo'),
    redo: (db) => swap(db, before, after, 'redo'),
  };
}

function editResult(db: Database, segmentId: SegmentId, commentId: CommentId | null, history: HistoryState): CommentEditResult {
  return {
    comment: commentId === null ? null : (getComment(db, commentId) ?? null),
    segmentId,
    threads: groupThreads(listSegmentComments(db, segmentId)),
    segment: requireSegment(db, segmentId),
    history,
  };
}

/** Tracks some comment rows; the comment an edit adds (its result) joins them afterwards. */
function trackComments(ids: readonly CommentId[]): Tracker<CommentId | null> {
  return (db, label) => {
    const before = readCommentRows(db, ids);
    return (commentId) => {
      const all = commentId === null || ids.includes(commentId) ? ids : [...ids, commentId];
      return commentEntry(label, all, before, readCommentRows(db, all));
    };
  };
}

/** Runs `plan` and the edit it describes as one undoable change (runUndoable). */
function runCommentEdit(db: Database, plan: () => CommentEdit | Unchanged): CommentEditResult {
  let segmentId: SegmentId | null = null;
  const { value: commentId, history } = runUndoable<CommentId | null>(db, () => {
    const edit = plan();
    if ('unchanged' in edit) {
      segmentId = edit.unchanged.segmentId;
      return { unchanged: edit.unchanged.id };
    }
    segmentId = edit.segmentId;
    return { label: edit.label, track: trackComments(edit.ids), apply: edit.apply };
  });
  if (segmentId === null) throw new MizanError('internal', 'a comment edit named no segment');
  return editResult(db, segmentId, commentId, history);
}

/** Starts a thread on a segment, or on one of its annotations (undoable). */
export function addComment(db: Database, ctx: ServiceContext, segmentId: SegmentId, body: string, annotationId: AnnotationId | null = null): CommentEditResult {
  return runCommentEdit(db, () => {
    const segment: Segment = requireSegment(db, segmentId);
    const text = cleanBody(body);
    if (annotationId !== null) {
      const annotation = getAnnotation(db, annotationId);
      if (!annotation) throw new MizanError('not-found', `annotation ${annotationId} does not exist (was it deleted?)`);
      if (annotation.segmentId !== segment.id) throw new MizanError('bad-input', `annotation ${annotationId} is not on segment ${segment.id}`);
    }
    return {
      label: 'Add comment',
      segmentId: segment.id,
      ids: [],
      apply: () => insertComment(db, { segmentId: segment.id, annotationId, parentId: null, author: ctx.user(), body: text, at: ctx.now(), resolvedAt: null, resolvedBy: null }),
    };
  });
}

/** Replies to a thread (undoable). A reply to a reply joins the same thread: threads are one level deep. */
export function replyToComment(db: Database, ctx: ServiceContext, parentId: CommentId, body: string): CommentEditResult {
  return runCommentEdit(db, () => {
    const parent = requireComment(db, parentId);
    const root = parent.parentId === null ? parent : requireComment(db, parent.parentId);
    const text = cleanBody(body);
    return {
      label: 'Reply',
      segmentId: root.segmentId,
      ids: [],
      apply: () => insertComment(db, { segmentId: root.segmentId, annotationId: root.annotationId, parentId: root.id, author: ctx.user(), body: text, at: ctx.now(), resolvedAt: null, resolvedBy: null }),
    };
  });
}

function requireOwn(comment: Comment, ctx: ServiceContext, verb: 'edit' | 'delete'): void {
  if (comment.author !== ctx.user()) {
    throw new MizanError('bad-input', `only the author may ${verb} a comment: this one is ${comment.author}'s${verb === 'edit' ? ' (reply to it instead)' : ''}`);
  }
}

/** Changes the text of your own comment (undoable); the same text changes nothing. */
export function editComment(db: Database, ctx: ServiceContext, id: CommentId, body: string): CommentEditResult {
  return runCommentEdit(db, () => {
    const comment = requireComment(db, id);
    requireOwn(comment, ctx, 'edit');
    const text = cleanBody(body);
    if (text === comment.body) return { unchanged: comment };
    return {
      label: 'Edit comment',
      segmentId: comment.segmentId,
      ids: [id],
      apply: () => {
        updateCommentBody(db, id, text, ctx.now());
        return id;
      },
    };
  });
}

/**
 * Deletes your own comment (undoable): a reply, or a whole thread when every reply in it is yours.
 * A thread start with someone else's replies is refused (see the top of this file).
 */
export function deleteComment(db: Database, ctx: ServiceContext, id: CommentId): CommentEditResult {
  return runCommentEdit(db, () => {
    const comment = requireComment(db, id);
    requireOwn(comment, ctx, 'delete');
    const replies = comment.parentId === null ? listSegmentComments(db, comment.segmentId).filter((c) => c.parentId === id) : [];
    const others = [...new Set(replies.filter((r) => r.author !== comment.author).map((r) => r.author))];
    if (others.length > 0) {
      throw new MizanError(
        'bad-input',
        `this thread has replies from ${others.join(', ')}: deleting its first comment would delete their replies too. Resolve the thread instead, or edit your comment.`,
      );
    }
    return {
      label: replies.length > 0 ? 'Delete comment thread' : 'Delete comment',
      segmentId: comment.segmentId,
      ids: [id, ...replies.map((r) => r.id)],
      apply: () => {
        deleteCommentRow(db, id);
        return null;
      },
    };
  });
}

function setResolved(db: Database, ctx: ServiceContext, id: CommentId, resolve: boolean): CommentEditResult {
  return runCommentEdit(db, () => {
    const comment = requireComment(db, id);
    const root = comment.parentId === null ? comment : requireComment(db, comment.parentId);
    if ((root.resolvedAt !== null) === resolve) return { unchanged: root };
    return {
      label: resolve ? 'Resolve thread' : 'Reopen thread',
      segmentId: root.segmentId,
      ids: [root.id],
      apply: () => {
        if (resolve) setCommentResolved(db, root.id, ctx.now(), ctx.user());
        else setCommentResolved(db, root.id, null, null);
        return root.id;
      },
    };
  });
}

/** Marks a thread resolved, by anyone (undoable); `id` may be any comment of the thread. */
export function resolveThread(db: Database, ctx: ServiceContext, id: CommentId): CommentEditResult {
  return setResolved(db, ctx, id, true);
}

/** Opens a resolved thread again, by anyone (undoable). */
export function reopenThread(db: Database, ctx: ServiceContext, id: CommentId): CommentEditResult {
  return setResolved(db, ctx, id, false);
}
