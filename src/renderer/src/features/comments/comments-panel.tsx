import { createContext, useContext, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Annotation } from '../../../../core/annotation/types';
import type { CommentId, SegmentId } from '../../../../core/model';
import type { Comment, CommentThread, PlacedThread, ThreadState } from '../../../../core/review/comments';
import type { CommentsView } from '../../state/comment-store';
import { useAnnotationState, useAnnotationStore, useAppState, useAppStore, useCommentState, useCommentStore } from '../../store-context';
import { fullTime, relativeTime } from '../../../../core/review/relative-time';
import { textDirection } from '../../../../core/text/direction';
import './comments.css';
import { useLayout } from '../layout/layout-store';
import { PanelPlacementButton } from '../layout/panel-placement-button';
import { estimateTextHeight } from '../../state/estimate-text';
import { listRowProps, VirtualList, type ListRow } from '../../ui/virtual-list';

/** The clock relative times are read against; ticks once a minute so "just now" ages. */
const NowContext = createContext(0);

function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

const VIEWS: { view: CommentsView; title: string }[] = [
  { view: 'segment', title: 'This segment' },
  { view: 'document', title: 'All threads' },
];

/** Review threads: the active segment's (comment, reply, edit, resolve) or the whole document's with filters and "Go to". */
export function CommentsPanel() {
  const { actions } = useCommentStore();
  const view = useCommentState((s) => s.view);
  const placement = useLayout((l) => l.placement);
  const now = useMinuteClock();
  return (
    <NowContext.Provider value={now}>
      <aside className="comments-panel" data-placement={placement} aria-label="Comments">
        <header className="comments-panel-header">
          <h2>Comments</h2>
          <PanelPlacementButton />
          <button type="button" className="icon-button" aria-label="Close the comments panel" title="Close (Alt+M)" onClick={actions.close}>
            ✕
          </button>
        </header>
        <div className="comments-tabs" role="tablist" aria-label="Show the comment threads of">
          {VIEWS.map(({ view: v, title }) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`comments-tab-${v}`}
              aria-selected={v === view}
              aria-controls="comments-tabpanel"
              className={v === view ? 'tab active' : 'tab'}
              onClick={() => void actions.setView(v)}
            >
              {title}
            </button>
          ))}
        </div>
        <div className="comments-tabpanel" id="comments-tabpanel" role="tabpanel" aria-labelledby={`comments-tab-${view}`}>
          {view === 'segment' ? <SegmentThreads /> : <DocumentThreadList />}
        </div>
      </aside>
    </NowContext.Provider>
  );
}

// ---------------------------------------------------------------------------------------------
// The active segment

const NO_ANNOTATIONS: readonly Annotation[] = [];

/** A thread's view starts afresh when it is resolved or reopened (folded or unfolded). */
function threadKey(t: CommentThread): string {
  return `${t.root.id}:${t.root.resolvedAt === null ? 'open' : 'resolved'}`;
}

/** Open threads first, then resolved ones (collapsed), each group oldest first. */
function openFirst(threads: readonly CommentThread[]): CommentThread[] {
  return [...threads.filter((t) => t.root.resolvedAt === null), ...threads.filter((t) => t.root.resolvedAt !== null)];
}

function SegmentThreads() {
  const activeIndex = useAppState((s) => s.activeIndex);
  const segmentId = useCommentState((s) => s.segmentId);
  const threads = useCommentState((s) => s.threads);
  if (activeIndex === null || segmentId === null) {
    return <p className="muted comments-empty">No segment is active. Click a row to see its comments.</p>;
  }
  const open = threads.filter((t) => t.root.resolvedAt === null).length;
  const resolved = threads.length - open;
  return (
    <>
      <p className="comments-summary muted" role="status">
        Segment {activeIndex + 1}: {threads.length === 0 ? 'no comments yet' : `${open} open, ${resolved} resolved`}
      </p>
      {/* A draft belongs to its segment: a new one per segment. */}
      <NewThreadForm key={segmentId} segmentId={segmentId} />
      <div className="comments-scroll">
        {threads.length > 0 && (
          <ul className="comment-threads" aria-label="Threads on this segment">
            {openFirst(threads).map((t) => (
              <ThreadView key={threadKey(t)} thread={t} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

/** Ctrl+Enter (⌘+Enter) sends, Escape cancels, in every comment box. */
function submitKeys(onSubmit: () => void, onCancel?: () => void) {
  return (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSubmit();
    } else if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      onCancel();
    }
  };
}

function annotationTitle(a: Annotation, layerTitle: string | undefined, text: string | null): string {
  const what = layerTitle ?? a.layer;
  if (a.side === 'segment' || a.start === null || a.end === null) return `${what} (whole segment)`;
  const quote = text === null ? '' : text.slice(a.start, a.end);
  return `${what} “${quote.length > 40 ? `${quote.slice(0, 39)}…` : quote}”`;
}

function NewThreadForm({ segmentId }: { segmentId: SegmentId }) {
  const comments = useCommentStore();
  const app = useAppStore();
  const annotationStore = useAnnotationStore();
  const busy = useCommentState((s) => s.busy);
  const focusRequested = useCommentState((s) => s.focusRequested);
  const annotations = useAnnotationState((s) => s.bySegment.get(segmentId) ?? NO_ANNOTATIONS);
  const [body, setBody] = useState('');
  const [about, setAbout] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);

  // Opening the panel (Alt+M, the row's badge) puts the cursor here; a new active row does not.
  useEffect(() => {
    if (!focusRequested) return;
    box.current?.focus();
    comments.actions.focusTaken();
  }, [focusRequested, comments]);
  const segment = app.actions.segmentById(segmentId)?.segment;
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (body.trim() === '' || busy) return;
    if (await comments.actions.add(body, about === '' ? null : Number(about))) {
      setBody('');
      setAbout('');
    }
  };
  return (
    <form className="comment-form new-thread" onSubmit={(e) => void submit(e)}>
      <textarea
        ref={box}
        aria-label="New comment"
        dir={textDirection(body)}
        rows={2}
        placeholder="Comment on this segment… (Ctrl+Enter)"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={submitKeys(() => void submit())}
      />
      <div className="comment-form-actions">
        {annotations.length > 0 && (
          <label className="comment-about">
            <span>About</span>
            <select aria-label="About" value={about} onChange={(e) => setAbout(e.target.value)}>
              <option value="">the whole segment</option>
              {annotations.map((a) => (
                <option key={a.id} value={a.id}>
                  {annotationTitle(a, annotationStore.actions.layer(a.layer)?.title, a.side === 'source' ? (segment?.source ?? null) : (segment?.target ?? null))}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="spacer" />
        <button type="submit" className="primary" disabled={busy || body.trim() === ''}>
          Comment
        </button>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// One thread

function ResolvedNote({ root }: { root: Comment }) {
  const now = useContext(NowContext);
  if (root.resolvedAt === null) return null;
  return (
    <span className="thread-resolved-by">
      ✓ Resolved by {root.resolvedBy ?? 'someone'} ·{' '}
      <time dateTime={new Date(root.resolvedAt).toISOString()} title={fullTime(root.resolvedAt)}>
        {relativeTime(root.resolvedAt, now)}
      </time>
    </span>
  );
}

function AnnotationLink({ annotationId, segmentId }: { annotationId: number; segmentId: SegmentId }) {
  const annotationStore = useAnnotationStore();
  const app = useAppStore();
  const annotation = useAnnotationState((s) => s.bySegment.get(segmentId)?.find((a) => a.id === annotationId));
  if (!annotation) return <span className="thread-about muted">About an annotation</span>;
  const segment = app.actions.segmentById(segmentId)?.segment;
  const text = annotation.side === 'source' ? (segment?.source ?? null) : (segment?.target ?? null);
  return (
    <button
      type="button"
      className="thread-about link-button"
      title="Show this annotation in the text"
      onClick={() => annotationStore.actions.select(annotation.id)}
    >
      About: {annotationTitle(annotation, annotationStore.actions.layer(annotation.layer)?.title, text)}
    </button>
  );
}

function ThreadView({ thread, placed, row }: { thread: CommentThread; placed?: PlacedThread; row?: ListRow }) {
  const comments = useCommentStore();
  const busy = useCommentState((s) => s.busy);
  const { root, replies } = thread;
  const resolved = root.resolvedAt !== null;
  // Keyed by its state too (see the lists): resolving folds the thread away, reopening unfolds it.
  const [expanded, setExpanded] = useState(!resolved);
  const [replying, setReplying] = useState(false);

  const count = replies.length;
  const name = `Thread by ${root.author}${resolved ? ', resolved' : ''}${count > 0 ? `, ${count} repl${count === 1 ? 'y' : 'ies'}` : ''}`;
  return (
    <li
      className={`comment-thread${resolved ? ' resolved' : ''}`}
      aria-label={name}
      data-thread-id={root.id}
      ref={row?.measureRef}
      {...listRowProps(row?.index, row?.total)}
    >
      {placed && (
        <div className="thread-where">
          <span className="thread-segment">Segment {placed.position + 1}</span>
          <span className="thread-excerpt" dir="auto" title={placed.excerpt}>
            {placed.excerpt}
          </span>
          <button type="button" className="go-to" onClick={() => void comments.actions.goTo(placed)} title={`Make segment ${placed.position + 1} the active one`}>
            Go to
          </button>
        </div>
      )}
      {root.annotationId !== null && <AnnotationLink annotationId={root.annotationId} segmentId={root.segmentId} />}
      {resolved && !expanded ? (
        <div className="thread-collapsed">
          <p className="comment-body clamp" dir={textDirection(root.body)}>
            <span className="comment-author">{root.author}:</span> {root.body}
          </p>
          <ResolvedNote root={root} />
          <div className="thread-actions">
            <span className="spacer" />
            <button type="button" className="small" aria-expanded={false} onClick={() => setExpanded(true)}>
              Show{count > 0 ? ` (${count + 1})` : ''}
            </button>
            <button type="button" className="small" disabled={busy} onClick={() => void comments.actions.reopen(root.id)}>
              Reopen
            </button>
          </div>
        </div>
      ) : (
        <>
          <CommentView comment={root} />
          {replies.length > 0 && (
            <ol className="comment-replies" aria-label="Replies">
              {replies.map((r) => (
                <li key={r.id}>
                  <CommentView comment={r} />
                </li>
              ))}
            </ol>
          )}
          {resolved && <ResolvedNote root={root} />}
          {replying ? (
            <ReplyForm parentId={root.id} onDone={() => setReplying(false)} />
          ) : (
            <div className="thread-actions">
              {resolved ? (
                <>
                  <span className="spacer" />
                  <button type="button" className="small" aria-expanded={true} onClick={() => setExpanded(false)}>
                    Hide
                  </button>
                  <button type="button" className="small" disabled={busy} onClick={() => void comments.actions.reopen(root.id)}>
                    Reopen
                  </button>
                </>
              ) : (
                <>
                  <button type="button" className="small" onClick={() => setReplying(true)}>
                    Reply
                  </button>
                  <span className="spacer" />
                  <button type="button" className="small resolve" disabled={busy} onClick={() => void comments.actions.resolve(root.id)} title="Mark this thread done (anyone may; Undo takes it back)">
                    ✓ Resolve
                  </button>
                </>
              )}
            </div>
          )}
        </>
      )}
    </li>
  );
}

function ReplyForm({ parentId, onDone }: { parentId: CommentId; onDone: () => void }) {
  const comments = useCommentStore();
  const busy = useCommentState((s) => s.busy);
  const [body, setBody] = useState('');
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (body.trim() === '' || busy) return;
    if (await comments.actions.reply(parentId, body)) onDone();
  };
  return (
    <form className="comment-form reply-form" onSubmit={(e) => void submit(e)}>
      <textarea
        aria-label="Your reply"
        dir={textDirection(body)}
        rows={2}
        autoFocus
        placeholder="Reply… (Ctrl+Enter)"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={submitKeys(() => void submit(), onDone)}
      />
      <div className="comment-form-actions">
        <span className="spacer" />
        <button type="button" className="small" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="small primary" disabled={busy || body.trim() === ''}>
          Send reply
        </button>
      </div>
    </form>
  );
}

function CommentView({ comment }: { comment: Comment }) {
  const comments = useCommentStore();
  const now = useContext(NowContext);
  const own = useCommentState((s) => s.user !== null && s.user === comment.author);
  const busy = useCommentState((s) => s.busy);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const edited = comment.updatedAt > comment.createdAt;

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    if (draft.trim() === '' || busy) return;
    if (await comments.actions.edit(comment.id, draft)) setEditing(false);
  };
  return (
    <article className={`comment${own ? ' own' : ''}`} aria-label={`Comment by ${comment.author}`} data-comment-id={comment.id}>
      <header className="comment-head">
        <span className="comment-author">{comment.author}</span>
        {own && <span className="comment-you">you</span>}
        <time className="comment-time" dateTime={new Date(comment.createdAt).toISOString()} title={fullTime(comment.createdAt)}>
          {relativeTime(comment.createdAt, now)}
        </time>
        {edited && (
          <span className="comment-edited" title={`Edited ${fullTime(comment.updatedAt)}`}>
            · edited
          </span>
        )}
        {own && !editing && (
          <span className="comment-own-actions">
            <button
              type="button"
              className="icon-button"
              onClick={() => {
                setDraft(comment.body);
                setEditing(true);
              }}
            >
              Edit
            </button>
            <button type="button" className="icon-button danger" disabled={busy} title="Delete your comment (Undo brings it back)" onClick={() => void comments.actions.remove(comment.id)}>
              Delete
            </button>
          </span>
        )}
      </header>
      {editing ? (
        <form className="comment-form" onSubmit={(e) => void save(e)}>
          <textarea
            aria-label="Edit comment"
            dir={textDirection(draft)}
            rows={3}
            autoFocus
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={submitKeys(() => void save(), () => setEditing(false))}
          />
          <div className="comment-form-actions">
            <span className="spacer" />
            <button type="button" className="small" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="small primary" disabled={busy || draft.trim() === ''}>
              Save
            </button>
          </div>
        </form>
      ) : (
        <p className="comment-body" dir={textDirection(comment.body)}>
          {comment.body}
        </p>
      )}
    </article>
  );
}

// ---------------------------------------------------------------------------------------------
// The whole document

const STATES: { state: ThreadState; title: string }[] = [
  { state: 'open', title: 'Open' },
  { state: 'resolved', title: 'Resolved' },
  { state: 'all', title: 'All' },
];

function DocumentThreadList() {
  const comments = useCommentStore();
  const filter = useCommentState((s) => s.filter);
  const listed = useCommentState((s) => s.document);
  const counts = listed ? { open: listed.open, resolved: listed.resolved, all: listed.open + listed.resolved } : null;
  const threads = listed?.threads ?? [];
  return (
    <>
      <div className="comment-filters" role="group" aria-label="Filter threads">
        <div className="comment-states" role="group" aria-label="Status">
          {STATES.map(({ state, title }) => (
            <button key={state} type="button" aria-pressed={filter.state === state} onClick={() => void comments.actions.setFilter({ state })}>
              {title}
              {counts && <span className="count">{counts[state]}</span>}
            </button>
          ))}
        </div>
        <label className="comment-author-filter">
          <span>Author</span>
          <select aria-label="Author" value={filter.author ?? ''} onChange={(e) => void comments.actions.setFilter({ author: e.target.value === '' ? null : e.target.value })}>
            <option value="">Everyone</option>
            {(listed?.authors ?? []).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="comments-summary muted" role="status">
        {listed === null ? 'Loading…' : threads.length === 0 ? 'No threads match.' : `${threads.length} thread${threads.length === 1 ? '' : 's'}`}
      </p>
      <DocumentThreadRows threads={threads} />
    </>
  );
}

/** `.comment-threads`' gap. */
const LIST_GAP = 8;

/** The document's threads (hundreds on a reviewed book), of which only those on screen are drawn. */
function DocumentThreadRows({ threads }: { threads: readonly PlacedThread[] }) {
  if (threads.length === 0) return <div className="comments-scroll" />;
  return (
    <VirtualList
      items={threads}
      keyOf={threadKey}
      estimate={estimateThreadHeight}
      scrollClassName="comments-scroll"
      listProps={{ className: 'comment-threads', 'aria-label': 'Document threads' }}
      gap={LIST_GAP}
      renderItem={(t, row) => <ThreadView key={threadKey(t)} thread={t} placed={t} row={row} />}
    />
  );
}

// A thread: where it is, the comment (13px text), its replies when open, the buttons; a resolved one folds.
function estimateThreadHeight(t: PlacedThread, width: number): number {
  const text = Math.max(80, width - 24);
  if (t.root.resolvedAt !== null) return 70;
  const replies = t.replies.reduce((sum, r) => sum + 36 + estimateTextHeight(r.body, text, 7, 19), 0);
  return 100 + estimateTextHeight(t.root.body, text, 7, 19) + replies;
}
