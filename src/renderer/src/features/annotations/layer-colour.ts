import { useSyncExternalStore } from 'react';
import type { AnnotationScheme, LayerDefinition } from '../../../../core/annotation/scheme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeDark(listener: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** True while the system (and so the app) uses the dark theme; follows a change of theme. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribeDark, () => window.matchMedia(DARK_QUERY).matches);
}

/** A layer's highlight colour for the theme (the scheme gives one for each). */
export function layerColour(layer: LayerDefinition | undefined, dark: boolean): string {
  if (!layer) return 'var(--info-bg)';
  return dark ? layer.colour.dark : layer.colour.light;
}

export function schemeLayer(scheme: AnnotationScheme | null, name: string): LayerDefinition | undefined {
  return scheme?.layers.find((l) => l.name === name);
}
