import type { Channel } from '../../../src/api/channels.js';
import type { Input, Output } from '../../../src/api/contract.js';
import type { ApiPort } from '../../../src/renderer/src/state/app-store.js';
import { createDispatch } from '../../../src/services/dispatch.js';
import { createHandlers, type HandlerDeps } from '../../../src/services/handlers.js';
import { handlerDeps } from './handler-deps.js';
import { makeTempDir, type TempDir } from './temp-dir.js';

export interface SampleApi {
  tmp: TempDir;
  deps: ReturnType<typeof handlerDeps>;
  /** The page's view of the project: the real dispatch and handlers, a failure thrown as an Error with its message. */
  api: ApiPort;
  close(): void;
}

export interface ApiHooks {
  /** Runs before every call; may throw (a failing transport) or wait (an answer held back). */
  before?: (channel: Channel, input: unknown) => Promise<void> | void;
  /** May replace a call's result (what a later version of a service would return). */
  after?: (channel: Channel, value: unknown) => unknown;
}

/**
 * A copy of the built-in sample project behind the real handlers, for driving the renderer's stores
 * with the calls the UI makes, without React or a browser.
 */
export async function openSampleApi(hooks: ApiHooks = {}, options: Pick<HandlerDeps, 'qaChecks'> = {}): Promise<SampleApi> {
  const tmp = makeTempDir();
  const deps = { ...handlerDeps(tmp.dir), ...options };
  const dispatch = createDispatch(createHandlers(deps));
  const api: ApiPort = {
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      await hooks.before?.(channel, input);
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return (hooks.after ? hooks.after(channel, result.value) : result.value) as Output<C>;
    },
  };
  await api.call('project.new', { path: tmp.path('sample.mizan'), sample: true });
  return {
    tmp, deps, api,
    close() {
      deps.session.close();
      tmp.cleanup();
    },
  };
}
