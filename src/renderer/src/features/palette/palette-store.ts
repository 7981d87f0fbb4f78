import { createStore } from '../../state/create-store';

// Whether the command palette is open: the palette's own state, apart from the app's stores.
export interface PaletteState {
  open: boolean;
}

export const paletteStore = createStore<PaletteState>({ open: false });

export const openPalette = (): void => paletteStore.set({ open: true });
export const closePalette = (): void => paletteStore.set({ open: false });
