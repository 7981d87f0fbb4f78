import type { Channel } from '../../../src/api/channels.js';
import type { Input, Output } from '../../../src/api/contract.js';
import { createDispatch } from '../../../src/services/dispatch.js';
import { createHandlers } from '../../../src/services/handlers.js';
import { PrefsStore } from '../../../src/services/prefs-store.js';
import { ProjectSession } from '../../../src/services/project-session.js';
import type { HandlerDeps, HostPorts } from '../../../src/services/handlers.js';
import type { PathGrants } from '../../../src/services/path-grants.js';
import { T0 } from './store-fixtures.js';
import { makeTempDir } from './temp-dir.js';

export interface FakeHost extends HostPorts {
  /** What the next dialog "returns", as a native dialog would. */
  dialogResult: string | null;
  calls: string[];
  events: { event: string; payload: unknown }[];
}

export function fakeHost(): FakeHost {
  const host: FakeHost = {
    dialogResult: null,
    calls: [],
    events: [],
    openProjectDialog: async () => (host.calls.push('openProject'), host.dialogResult),
    newProjectDialog: async () => (host.calls.push('newProject'), host.dialogResult),
    importTextDialog: async () => (host.calls.push('importText'), host.dialogResult),
    importGlossaryDialog: async () => (host.calls.push('importGlossary'), host.dialogResult),
    exportFileDialog: async () => (host.calls.push('exportFile'), host.dialogResult),
    closeReady: () => void host.calls.push('closeReady'),
    closeHeld: () => void host.calls.push('closeHeld'),
    emit: (event, payload) => void host.events.push({ event, payload }),
  };
  return host;
}

export const allowEveryPath: PathGrants = { grant: (path) => path, require: () => undefined };

/** Real services on real files in `dir`; a clock that ticks one second per call. */
export function handlerDeps(dir: string): HandlerDeps & { host: FakeHost } {
  let now = T0;
  return {
    session: new ProjectSession(),
    prefs: new PrefsStore(dir, 'test-user'),
    now: () => (now += 1000),
    host: fakeHost(),
    // These tests are about the channels, not about where paths come from: every path is allowed.
    // tests/unit/services/path-grants.test.ts checks the real grants.
    grants: allowEveryPath,
  };
}

/**
 * Handlers on real files in a fresh folder, called through dispatch (validation included, as over
 * IPC). `call` unwraps a Result, `failure` expects a refusal; an internal error fails the test.
 */
export function dispatchOnTempFolder() {
  const tmp = makeTempDir();
  const deps = handlerDeps(tmp.path('prefs'));
  const dispatch = createDispatch(createHandlers(deps), (error) => {
    throw error;
  });
  return {
    tmp, deps, dispatch,
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as Output<C>;
    },
    async failure(channel: Channel, input: unknown): Promise<{ code: string; message: string }> {
      const result = await dispatch(channel, input);
      if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return result.error;
    },
    close(): void {
      deps.session.close();
      tmp.cleanup();
    },
  };
}
