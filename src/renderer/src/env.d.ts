import type { MizanBridge } from '../../api/bridge';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or the test harness; the renderer's only way out. */
    mizan: MizanBridge;
  }
}
