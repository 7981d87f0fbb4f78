// Which IPC calls main accepts, in the shapes of Electron's objects it reads (so it is testable without Electron).

export interface FrameLike {
  readonly processId: number;
  readonly frameToken: string;
  readonly url: string;
}

export interface WindowLike {
  isDestroyed(): boolean;
  readonly webContents: { readonly id: number; readonly mainFrame: FrameLike };
}

export interface SenderLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameLike | null;
}

/** The sender must be the main frame of our window, showing our page (not an iframe, not another window). */
export function isMainFrameOf(win: WindowLike | null, event: SenderLike, isAppPage: (url: string) => boolean): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  const main = win.webContents.mainFrame;
  if (!frame || event.sender.id !== win.webContents.id) return false;
  const sameFrame = frame === main || (frame.processId === main.processId && frame.frameToken === main.frameToken);
  return sameFrame && isAppPage(frame.url);
}
