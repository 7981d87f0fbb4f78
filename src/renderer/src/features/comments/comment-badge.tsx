import { useCommentStore } from '../../store-context';
import './comments.css';

/** The open-thread count in a row's gutter; a click opens the panel on that segment. */
export function CommentBadge({ index, count }: { index: number; count: number }) {
  const comments = useCommentStore();
  if (count <= 0) return null;
  const label = `${count} open comment thread${count === 1 ? '' : 's'}`;
  return (
    <button
      type="button"
      className="comment-badge"
      aria-label={`${label}: show`}
      title={`${label} — show them (Alt+M)`}
      onClick={(e) => {
        // The row would make itself active too; the panel does that and then opens.
        e.stopPropagation();
        void comments.actions.openAt(index);
      }}
    >
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d="M2 2.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7l-3.5 3v-3H2a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z" fill="currentColor" />
      </svg>
      {count}
    </button>
  );
}
