import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachCloseHandshake } from '../../../src/main/close-handshake.js';

/** Just what the handshake touches of a BrowserWindow: close events, closing, sending to the page. */
function fakeWindow() {
  const listeners = new Map<string, ((event: { preventDefault(): void }) => void)[]>();
  const state = { closes: 0, sent: [] as string[], destroyed: false };
  const win = {
    on(name: string, listener: (event: { preventDefault(): void }) => void) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return win;
    },
    isDestroyed: () => state.destroyed,
    close() {
      // As Electron does: close() emits 'close' again; not prevented, the window goes.
      let prevented = false;
      for (const l of listeners.get('close') ?? []) l({ preventDefault: () => (prevented = true) });
      if (!prevented) {
        state.closes += 1;
        state.destroyed = true;
      }
    },
    webContents: {
      on: () => undefined,
      isDestroyed: () => state.destroyed,
      send: (event: string) => void state.sent.push(event),
    },
  };
  // The user's click on the window's close box: the same 'close' event.
  const userCloses = () => win.close();
  // A fake with only the members the handshake uses stands in for Electron's window here.
  return { win: win as unknown as BrowserWindow, state, userCloses };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the close handshake', () => {
  it('holds the first close, asks the page, and closes when the page has saved', () => {
    const { win, state, userCloses } = fakeWindow();
    const beforeClose = vi.fn();
    const handshake = attachCloseHandshake(win, { timeoutMs: 3000, beforeClose });
    userCloses();
    expect(state.sent).toEqual(['app.closeRequested']);
    expect(state.closes).toBe(0);
    handshake.closeReady();
    expect(state.closes).toBe(1);
    expect(beforeClose).toHaveBeenCalledOnce();
  });

  it('closes anyway after the timeout when the page never answers', () => {
    const { win, state, userCloses } = fakeWindow();
    attachCloseHandshake(win, { timeoutMs: 3000, beforeClose: () => undefined });
    userCloses();
    vi.advanceTimersByTime(2999);
    expect(state.closes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(state.closes).toBe(1);
  });

  it('stays open when the page holds the close (unsaved text shown to the user); the next close asks again', () => {
    const { win, state, userCloses } = fakeWindow();
    const handshake = attachCloseHandshake(win, { timeoutMs: 3000, beforeClose: () => undefined });
    userCloses();
    handshake.closeHeld();
    vi.advanceTimersByTime(60_000);
    expect(state.closes).toBe(0);
    // A late "ready" from the earlier request does not close the window behind the user's back.
    handshake.closeReady();
    expect(state.closes).toBe(0);
    userCloses();
    expect(state.sent).toEqual(['app.closeRequested', 'app.closeRequested']);
    handshake.closeReady();
    expect(state.closes).toBe(1);
  });
});
