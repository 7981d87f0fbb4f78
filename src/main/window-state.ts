import type { Rectangle } from 'electron';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WindowState {
  /** Absent: let the window manager place (centre) the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 500;
/** How much of the window (title bar included) must be on a display to count as reachable. */
const MIN_VISIBLE = { width: 160, height: 80 };

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Reads a saved state; anything missing or malformed gives the default. */
export function parseWindowState(text: string): WindowState {
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null) return DEFAULT_WINDOW_STATE;
    const r = raw as Record<string, unknown>;
    if (!isInt(r.width) || !isInt(r.height)) return DEFAULT_WINDOW_STATE;
    const state: WindowState = { width: r.width, height: r.height, maximized: r.maximized === true };
    if (isInt(r.x) && isInt(r.y)) {
      state.x = r.x;
      state.y = r.y;
    }
    return state;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Keeps a saved state only where it is usable on the displays there are now: a monitor may have
 * been unplugged since, which would otherwise open the window off-screen.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const largest = workAreas.reduce<Rectangle | null>((a, b) => (!a || b.width * b.height > a.width * a.height ? b : a), null);
  const maxW = Math.max(MIN_WIDTH, largest?.width ?? state.width);
  const maxH = Math.max(MIN_HEIGHT, largest?.height ?? state.height);
  const width = Math.min(Math.max(state.width, MIN_WIDTH), maxW);
  const height = Math.min(Math.max(state.height, MIN_HEIGHT), maxH);
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const rect = { x: state.x, y: state.y, width, height };
  if (workAreas.some((area) => isReachable(rect, area))) {
    fitted.x = state.x;
    fitted.y = state.y;
  }
  return fitted;
}

function isReachable(rect: Rectangle, area: Rectangle): boolean {
  const overlapW = Math.min(rect.x + rect.width, area.x + area.width) - Math.max(rect.x, area.x);
  const overlapH = Math.min(rect.y + rect.height, area.y + area.height) - Math.max(rect.y, area.y);
  // The top edge must be on the display too, or the title bar cannot be grabbed.
  const topVisible = rect.y >= area.y && rect.y < area.y + area.height - MIN_VISIBLE.height;
  return overlapW >= MIN_VISIBLE.width && overlapH >= MIN_VISIBLE.height && topVisible;
}

export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fitToDisplays(DEFAULT_WINDOW_STATE, workAreas);
  }
  return fitToDisplays(parseWindowState(text), workAreas);
}

/** `bounds` are the normal (un-maximized) bounds, so un-maximizing later restores them. */
export function saveWindowState(file: string, bounds: Rectangle, maximized: boolean): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const state: WindowState = { ...bounds, maximized };
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    // Losing the window position is not worth interrupting a close over.
    console.warn('[mizan] could not save window state:', error);
  }
}
