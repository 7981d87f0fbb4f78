import { useAppState, useAppStore } from '../store-context';

export function MessageBar() {
  const { actions } = useAppStore();
  const message = useAppState((s) => s.message);
  if (!message) return null;
  return (
    <div className={`message-bar message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      <span className="message-text">{message.text}</span>
      <button type="button" className="link-button" onClick={actions.dismissMessage} aria-label="Dismiss message">
        Dismiss
      </button>
    </div>
  );
}
