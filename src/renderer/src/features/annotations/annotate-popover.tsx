import { useEffect, useRef } from 'react';
import { useAnnotationState, useAnnotationStore } from '../../store-context';
import { layerColour, usePrefersDark } from './layer-colour';

/** After a selection (Alt+A, or the button): the layers that fit it, each with its key. */
export function AnnotatePopover() {
  const { actions } = useAnnotationStore();
  const pending = useAnnotationState((s) => s.pending);
  const scheme = useAnnotationState((s) => s.scheme);
  const first = useRef<HTMLButtonElement>(null);
  const dark = usePrefersDark();

  const layers = (scheme?.layers ?? []).filter((l) => (pending?.side === 'segment' ? l.placement !== 'span' : l.placement !== 'segment'));

  useEffect(() => {
    if (!pending) return;
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        actions.offer(null);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const layer = layers.find((l) => l.key.toLowerCase() === e.key.toLowerCase());
      if (layer) {
        e.preventDefault();
        actions.chooseLayer(layer.name);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [pending, layers, actions]);

  if (!pending || !scheme) return null;
  const left = Math.min(Math.max(8, pending.anchor.x - 120), window.innerWidth - 260);
  const top = Math.min(pending.anchor.y + 6, window.innerHeight - 60 - 34 * layers.length);
  return (
    <div className="annotate-popover" role="menu" aria-label="Annotate as" style={{ left, top }}>
      <div className="annotate-popover-quote" dir={pending.side === 'source' ? 'rtl' : 'auto'} lang={pending.side === 'source' ? 'ar' : 'en'}>
        {pending.text ?? 'The whole segment'}
      </div>
      {layers.map((l, i) => (
        <button key={l.name} ref={i === 0 ? first : undefined} type="button" role="menuitem" onClick={() => actions.chooseLayer(l.name)}>
          <span className="layer-swatch" style={{ background: layerColour(l, dark) }} aria-hidden="true" />
          {l.title}
          <kbd>{l.key.toUpperCase()}</kbd>
        </button>
      ))}
      <button type="button" role="menuitem" className="annotate-cancel" onClick={() => actions.offer(null)}>
        Cancel <kbd>Esc</kbd>
      </button>
    </div>
  );
}
