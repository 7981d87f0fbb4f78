import { useAnnotationState } from '../../store-context';

const SAFE_NAME = /^[a-z0-9_-]+$/i;
const SAFE_COLOUR = /^#[0-9a-f]{3,8}$/i;

/**
 * One CSS class per layer, in both themes, for what cannot take an inline style: Monaco's
 * decorations. Names and colours come from the project file, so only safe ones are written.
 */
export function SchemeStyles() {
  const scheme = useAnnotationState((s) => s.scheme);
  if (!scheme) return null;
  const layers = scheme.layers.filter((l) => SAFE_NAME.test(l.name) && SAFE_COLOUR.test(l.colour.light) && SAFE_COLOUR.test(l.colour.dark));
  const rules = (pick: 'light' | 'dark') => layers.map((l) => `.anno-layer-${l.name} { background: ${l.colour[pick]}; border-radius: 2px; }`).join('\n');
  return <style>{`${rules('light')}\n@media (prefers-color-scheme: dark) {\n${rules('dark')}\n}`}</style>;
}
