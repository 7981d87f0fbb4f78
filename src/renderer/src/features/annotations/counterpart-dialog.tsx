import { useAnnotationState, useAnnotationStore, useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

const REASONS = { registry: 'the speaker registry’s English name', digits: 'the same number', transliteration: 'sounds alike' } as const;

/** Where the English counterpart of an Arabic span may be; choosing one annotates it and links the two. */
export function CounterpartDialog() {
  const annotations = useAnnotationStore();
  const app = useAppStore();
  const suggestions = useAnnotationState((s) => s.suggestions);
  if (!suggestions) return null;
  const source = annotations.actions.find(suggestions.annotationId);
  const segment = source ? app.actions.segmentById(source.segmentId)?.segment : undefined;
  if (!source || !segment) return null;
  const arabic = source.start === null || source.end === null ? '' : segment.source.slice(source.start, source.end);
  return (
    <ModalForm label="English counterpart" onSubmit={annotations.actions.closeSuggestions}>
      <h2>English counterpart of</h2>
      <p className="annotation-quote" dir="rtl" lang="ar">
        {arabic}
      </p>
      {suggestions.items.length === 0 ? (
        <p className="muted">
          Nothing in the English matches by name, number or sound. Select the English words yourself, press Alt+A, choose the same layer and pick this span
          under “Translation of”.
        </p>
      ) : (
        <ul className="counterpart-list" aria-label="Suggestions">
          {suggestions.items.map((item) => (
            <li key={`${item.start}-${item.end}`}>
              <span className="counterpart-text">{item.text}</span> <span className="muted">({REASONS[item.reason]})</span>{' '}
              <button type="button" onClick={() => void annotations.actions.createCounterpart(source, item.start, item.end)}>
                Annotate and link
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="submit">Close</button>
      </div>
    </ModalForm>
  );
}
