import type { Channel, EventName } from '../../api/channels';
import type { EventPayload, Input, Output } from '../../api/contract';
import type { ErrorCode } from '../../core/errors';

export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** Calls a channel and unwraps its Result, so UI code handles failures in one place. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await window.mizan.invoke(channel, input);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.mizan.on(event, listener);
}
