import type { Channel, EventName } from './channels.js';
import type { EventPayload, Input, Output } from './contract.js';
import type { Result } from './result.js';

/** What the preload (or the test harness) puts on `window.mizan`. */
export interface MizanBridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  /** Returns the disposer. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
