// The test harness: the real renderer build in Debian's Chromium, with `window.mizan` backed by
// the real services on a real SQLite file. Only the transport differs from Electron (a Playwright
// binding instead of ipcRenderer/ipcMain) and native dialogs are replaced by values a test sets.
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EventName } from '../../src/api/channels';
import type { EventPayload } from '../../src/api/contract';
import { createDispatch } from '../../src/services/dispatch';
import { createHandlers } from '../../src/services/handlers';
import type { QaCheck } from '../../src/core/qa/types';
import { PrefsStore } from '../../src/services/prefs-store';
import { ProjectSession } from '../../src/services/project-session';
import { workerJobRunner } from '../../src/services/jobs/job-runner';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--font-render-hinting=none',
  ],
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface RendererServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the built renderer on loopback (file:// would change how workers and fonts load). */
export async function serveRenderer(dir = RENDERER_DIR): Promise<RendererServer> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run \`npm run build\` before the end-to-end tests`);
  }
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(dir, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}

/** What a native dialog would return next; tests set these before clicking. */
export interface FakeDialogs {
  openProject: string | null;
  newProject: string | null;
  importText: string | null;
  importGlossary: string | null;
  exportFile: string | null;
}

export interface HarnessOptions {
  /** Folder for preferences (recent projects, user name). */
  workDir: string;
  /** A project to open before the page loads, as main does at start. */
  projectPath?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  userName?: string;
  now?: () => number;
  /** Milliseconds a long export waits between batches of segments (to see its progress and cancel it). */
  exportPauseMs?: number;
  /** Start as on a new machine: no name chosen yet, so the app asks who is working. */
  firstRun?: boolean;
  /** Take project locks as main does, as this (pretend) process: two harnesses then play two app sessions. */
  lockAs?: { pid: number; user: string };
  /** Run imports, previews and exports in worker threads as main does (the worker source under tsx). */
  jobsInWorker?: boolean;
  /** The quality checks the handlers run (default: the registry). */
  qaChecks?: readonly QaCheck[];
  /** A script the page runs before the app's (a benchmark's clock on the page's own timeline). */
  initScript?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export class Harness {
  readonly dialogs: FakeDialogs = { openProject: null, newProject: null, importText: null, importGlossary: null, exportFile: null };
  /** Requests to non-loopback hosts, console errors and page errors: every test expects none. */
  readonly violations: string[] = [];
  closeReadyCalls = 0;
  closeHeldCalls = 0;
  /** Channels whose next calls fail, as on a project another program holds locked: channel → how many. */
  readonly failNext = new Map<string, number>();
  /** Events main sent to the page (export progress…), in order. */
  readonly emitted: { event: string; payload: unknown }[] = [];
  readonly session: ProjectSession;
  readonly prefs: PrefsStore;
  context!: BrowserContext;
  page!: Page;

  constructor(readonly options: HarnessOptions) {
    const lockAs = options.lockAs;
    this.session = new ProjectSession(lockAs ? {
      lock: { now: Date.now, user: () => lockAs.user, pid: lockAs.pid, host: 'e2e-host', isAlive: () => true },
      onAccessLost: (readOnly) => void this.emit('project.accessChanged', { readOnly }).catch(() => undefined),
    } : {});
    this.prefs = new PrefsStore(options.workDir, options.userName ?? 'Test Translator');
    // Tests start as someone who has already said who they are, unless they test the first run.
    if (!options.firstRun && !this.prefs.get().identityChosen) this.prefs.set({ userName: options.userName ?? 'Test Translator' });
  }

  async start(browser: Browser, server: RendererServer): Promise<this> {
    const now = this.options.now ?? Date.now;
    const dispatch = createDispatch(
      createHandlers({
        session: this.session,
        prefs: this.prefs,
        now,
        ...(this.options.exportPauseMs ? { exportPause: () => new Promise<void>((r) => setTimeout(r, this.options.exportPauseMs)) } : {}),
        ...(this.options.qaChecks ? { qaChecks: this.options.qaChecks } : {}),
        ...(this.options.jobsInWorker ? { jobs: workerJobRunner({ entry: pathToFileURL(resolve(import.meta.dirname, '../unit/helpers/job-worker-under-tsx.mjs')) }) } : {}),
        host: {
          openProjectDialog: async () => this.dialogs.openProject,
          newProjectDialog: async () => this.dialogs.newProject,
          importTextDialog: async () => this.dialogs.importText,
          importGlossaryDialog: async () => this.dialogs.importGlossary,
          exportFileDialog: async () => this.dialogs.exportFile,
          closeReady: () => {
            this.closeReadyCalls += 1;
          },
          closeHeld: () => {
            this.closeHeldCalls += 1;
          },
          emit: (event, payload) => {
            this.emitted.push({ event, payload });
            // The page may be gone by then (a test that closed it): like webContents.send, drop it.
            this.emit(event, payload).catch(() => undefined);
          },
        },
      }),
      (error) => this.violations.push(`internal error in a handler: ${String(error)}`),
    );
    if (this.options.projectPath) this.session.open(this.options.projectPath);

    this.context = await browser.newContext({
      colorScheme: this.options.colorScheme ?? 'light',
      viewport: this.options.viewport ?? { width: 1400, height: 900 },
      locale: 'en-GB',
    });
    await this.context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && !LOOPBACK.has(url.hostname)) {
        this.violations.push(`request to a non-loopback host: ${url.href}`);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
    this.page = await this.context.newPage();
    this.page.on('console', (msg) => {
      if (msg.type() === 'error') this.violations.push(`console error: ${msg.text()}`);
    });
    this.page.on('pageerror', (error) => this.violations.push(`page error: ${error.message}`));
    // Same check main does on ipcMain: only the top frame of our page may call.
    await this.page.exposeBinding('__mizanInvoke', (source, channel: string, input: unknown) =>
      source.frame !== this.page.mainFrame()
        ? { ok: false, error: { code: 'bad-input', message: 'calls are accepted from the main frame only' } }
        : this.failing(channel)
          ? { ok: false, error: { code: 'io', message: 'The project is busy (database is locked).' } }
          : dispatch(channel, input),
    );
    await this.page.addInitScript(BRIDGE_SCRIPT);
    if (this.options.initScript) await this.page.addInitScript(this.options.initScript);
    await this.page.goto(server.url);
    await this.page.locator('.app').waitFor();
    return this;
  }

  private failing(channel: string): boolean {
    const left = this.failNext.get(channel) ?? 0;
    if (left > 0) this.failNext.set(channel, left - 1);
    return left > 0;
  }

  /** Sends a main → renderer event, as webContents.send would. */
  async emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void> {
    await this.page.evaluate(([e, p]) => (globalThis as unknown as { __mizanEmit(e: string, p: unknown): void }).__mizanEmit(e, p), [event, payload] as const);
  }

  async close(): Promise<void> {
    await this.context?.close();
    this.session.close();
  }
}

/** The harness's preload: the same `window.mizan` shape src/preload builds with contextBridge. */
const BRIDGE_SCRIPT = `(() => {
  const listeners = new Map();
  window.__mizanEmit = (event, payload) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
  };
  window.mizan = Object.freeze({
    invoke: (channel, input) => window.__mizanInvoke(channel, input),
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event)?.delete(listener);
    },
  });
})();`;
