import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../api/channels.js';
import type { Result } from '../api/result.js';
import type { Dispatch } from '../services/dispatch.js';

export interface IpcOptions {
  dispatch: Dispatch;
  /** Whether a call comes from the app's own page in the main window. */
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
}

/** Registers every contract channel; returns the disposer. Calls are validated and run by `dispatch`. */
export function registerIpc({ dispatch, isTrustedSender }: IpcOptions): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        console.warn(`[mizan] refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return { ok: false, error: { code: 'bad-input', message: `${channel}: calls are accepted only from the Mizan window` } };
      }
      return dispatch(channel, input);
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** The sender must be the main frame of our window, showing our page (not an iframe, not another window). */
export function isMainFrameOf(win: BrowserWindow | null, event: IpcMainInvokeEvent, isAppPage: (url: string) => boolean): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  const main = win.webContents.mainFrame;
  if (!frame || event.sender.id !== win.webContents.id) return false;
  const sameFrame = frame === main || (frame.processId === main.processId && frame.frameToken === main.frameToken);
  return sameFrame && isAppPage(frame.url);
}
