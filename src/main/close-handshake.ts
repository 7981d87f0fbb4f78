import type { BrowserWindow } from 'electron';
import { sendEvent } from './events.js';

export interface CloseHandshake {
  /** The page has flushed its pending saves ('app.closeReady'). */
  closeReady(): void;
  /**
   * The page could not save everything and shows the user what is unsaved ('app.closeHeld'): the
   * window stays open, without a timer closing it behind the user's back; the next close asks again.
   */
  closeHeld(): void;
}

export interface CloseHandshakeOptions {
  /** How long to wait for the page before closing anyway. */
  timeoutMs: number;
  /** Runs once, just before the window really closes (save window state here). */
  beforeClose(): void;
}

/**
 * The first close is held back while the page saves: main sends 'app.closeRequested', the page
 * flushes and calls 'app.closeReady', then the window closes for real. A page that never answers
 * (hung, crashed, not loaded yet) only delays the close by `timeoutMs`. A page that answers it cannot
 * save (a failed save it shows the user) keeps the window open: closing then would lose the text.
 */
export function attachCloseHandshake(win: BrowserWindow, { timeoutMs, beforeClose }: CloseHandshakeOptions): CloseHandshake {
  let phase: 'open' | 'waiting' | 'closing' = 'open';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pageGone = false;
  win.webContents.on('render-process-gone', () => {
    pageGone = true;
  });

  const closeNow = () => {
    if (phase === 'closing') return;
    phase = 'closing';
    if (timer) clearTimeout(timer);
    timer = null;
    if (!win.isDestroyed()) win.close();
  };

  win.on('close', (event) => {
    if (phase === 'closing') {
      beforeClose();
      return;
    }
    event.preventDefault();
    if (phase === 'waiting') return;
    // A crashed page cannot answer: nothing to wait for.
    if (pageGone || !sendEvent(win, 'app.closeRequested', {})) {
      closeNow();
      return;
    }
    phase = 'waiting';
    timer = setTimeout(() => {
      console.warn(`[mizan] the page did not confirm it saved within ${timeoutMs} ms; closing anyway`);
      closeNow();
    }, timeoutMs);
  });

  return {
    closeReady: () => {
      // Only an answer to our request closes the window; a stray call is ignored.
      if (phase === 'waiting') closeNow();
    },
    closeHeld: () => {
      if (phase !== 'waiting') return;
      if (timer) clearTimeout(timer);
      timer = null;
      phase = 'open';
    },
  };
}
