import type { SegmentId } from '../../../../core/model';
import { useAppState, useAppStore } from '../../store-context';
import type { EnglishEditor } from '../editor/english-editor';
import { SeverityBadge } from './severity-badge';
import './qa.css';

/**
 * Under a row's English: what the checks found when it was last confirmed or approved. An error
 * stopped the move, so it asks: confirm anyway (the button, or the same key again) or fix.
 */
export function QaInline({ segmentId, editor }: { segmentId: SegmentId; editor: EnglishEditor | null }) {
  const { actions } = useAppStore();
  const prompt = useAppState((s) => (s.qaPrompt?.segmentId === segmentId ? s.qaPrompt : null));
  if (!prompt) return null;
  const key = prompt.status === 'approved' ? 'Ctrl+Shift+Enter' : 'Ctrl+Enter';
  return (
    <div className={`qa-inline${prompt.blocked ? ' blocked' : ''}`} role={prompt.blocked ? 'alert' : 'status'} data-testid="qa-inline" onClick={(e) => e.stopPropagation()}>
      <ul className="qa-inline-list">
        {prompt.findings.map((f) => (
          <li key={`${f.check}:${f.fingerprint}`} className="qa-inline-item">
            <SeverityBadge severity={f.severity} />
            <span className="qa-message" dir="auto">{f.message}</span>
          </li>
        ))}
      </ul>
      {prompt.blocked ? (
        <div className="qa-inline-actions">
          <span>Not {prompt.status === 'approved' ? 'approved' : 'confirmed'}: the checks found an error.</span>
          <button type="button" className="primary" onClick={() => void actions.confirmAnyway()} title={`Or press ${key} again`}>
            {prompt.status === 'approved' ? 'Approve anyway' : 'Confirm anyway'}
          </button>
          <button
            type="button"
            onClick={() => {
              actions.dismissQaPrompt();
              editor?.focus();
            }}
          >
            Fix
          </button>
        </div>
      ) : (
        <button type="button" className="qa-inline-close" aria-label="Hide these findings" title="Hide" onClick={actions.dismissQaPrompt}>
          ✕
        </button>
      )}
    </div>
  );
}
