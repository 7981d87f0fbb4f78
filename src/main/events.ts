import type { BrowserWindow } from 'electron';
import type { EventName } from '../api/channels.js';
import type { EventPayload } from '../api/contract.js';

/** Sends a contract event to the window's page; the payload type comes from the contract. */
export function sendEvent<E extends EventName>(win: BrowserWindow | null, event: E, payload: EventPayload<E>): boolean {
  if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return false;
  win.webContents.send(event, payload);
  return true;
}
