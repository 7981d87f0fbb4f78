import { ipcMain, type IpcMainInvokeEvent } from 'electron';
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
