// The sandboxed preload: builds `window.mizan` from the channel and event lists, nothing else.
// It may import only 'electron' and src/api/channels.ts (plus types): it is bundled as one CJS file
// and a sandboxed preload cannot require anything but a few Electron modules.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MizanBridge } from '../api/bridge.js';
import { CHANNELS, EVENTS } from '../api/channels.js';
import type { ApiError, Result } from '../api/result.js';

const channels: ReadonlySet<string> = new Set(CHANNELS);
const events: ReadonlySet<string> = new Set(EVENTS);

const failure = (code: ApiError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

const bridge: MizanBridge = {
  invoke(channel, input) {
    // Same answer as the dispatcher gives the test harness for a name outside the contract.
    if (!channels.has(channel)) return Promise.resolve(failure('bad-input', `unknown channel ${String(channel)}`));
    return ipcRenderer
      .invoke(channel, input)
      .catch((error: unknown) => failure('internal', `${channel}: ${error instanceof Error ? error.message : String(error)}`));
  },
  on(event, listener) {
    if (!events.has(event)) throw new TypeError(`unknown event ${String(event)}`);
    // Hand the page the payload only: the IpcRendererEvent would expose `sender` (ipcRenderer itself).
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as Parameters<typeof listener>[0]);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('mizan', bridge);
