// Electron main: the composition root. Lifecycle and wiring only; each concern lives in its own module.
import { Menu, app, dialog, screen, session, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Channel } from '../api/channels.js';
import type { MenuCommand } from '../api/contract.js';
import { createDispatch, type Dispatch } from '../services/dispatch.js';
import { createHandlers } from '../services/handlers.js';
import { UserTm } from '../services/user-tm.js';
import { createPathGrants } from '../services/path-grants.js';
import { workerJobRunner } from '../services/jobs/job-runner.js';
import { PrefsStore } from '../services/prefs-store.js';
import { ProjectSession } from '../services/project-session.js';
import { createAppOrigin, resolveRendererSource } from './app-origin.js';
import { attachCloseHandshake, type CloseHandshake } from './close-handshake.js';
import { createMainWindow, loadRenderer } from './create-window.js';
import { createDialogPorts } from './dialogs.js';
import { sendEvent } from './events.js';
import { registerIpc } from './ipc.js';
import { buildMenuTemplate } from './menu.js';
import { isMainFrameOf } from './trusted-sender.js';
import { probeSqlite, resolveOpenOptions } from './native-binding.js';
import { hardenWebContents, installSessionSecurity } from './security.js';
import { ensureSampleFile, openStartupProject, samplePath } from './startup-project.js';
import { loadWindowState, saveWindowState } from './window-state.js';

const CLOSE_TIMEOUT_MS = 3_000;
/** Channels after which the menu changes (recent list, items that need a project). */
const MENU_CHANNELS = new Set<Channel>(['project.new', 'project.open', 'project.close']);

const here = import.meta.dirname;
const rendererSource = resolveRendererSource(app.isPackaged, process.env, join(here, '../renderer/index.html'));
const isDev = rendererSource.kind === 'dev-server';
const preloadPath = join(here, '../preload/index.cjs');
const origin = createAppOrigin(rendererSource);

// `--user-data-dir=DIR` keeps a run (an e2e test, a second profile) apart from the user's settings.
// It must be applied before the single-instance lock, which is taken per user-data folder.
const userDataSwitch = app.commandLine.getSwitchValue('user-data-dir');
if (userDataSwitch && isAbsolute(userDataSwitch)) app.setPath('userData', userDataSwitch);

// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error('[mizan] failed to start', error);
    dialog.showErrorBox('Mizan could not start', error instanceof Error ? (error.stack ?? error.message) : String(error));
    app.exit(1);
  });
}

function defaultUserName(): string {
  try {
    return userInfo().username || 'Translator';
  } catch {
    return 'Translator';
  }
}

async function start(): Promise<void> {
  let win: BrowserWindow | null = null;
  let handshake: CloseHandshake | null = null;
  let quitting = false;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origin));
  app.on('second-instance', (_event, argv) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    const file = argv.slice(1).find((arg) => arg.toLowerCase().endsWith('.mizan') && existsSync(arg));
    if (file) sendEvent(win, 'menu.command', { command: 'project.open', path: file });
  });

  await app.whenReady();
  installSessionSecurity(session.defaultSession, origin);

  const userData = app.getPath('userData');
  const openOptions = resolveOpenOptions(app.getAppPath(), app.isPackaged);
  const sqliteProblem = probeSqlite(openOptions);
  if (sqliteProblem) {
    dialog.showErrorBox('Mizan cannot open projects', sqliteProblem);
    app.exit(1);
    return;
  }

  const prefs = new PrefsStore(userData, defaultUserName());
  // The app takes a lock file per project it edits: a second opener chooses read-only or take over.
  const projects = new ProjectSession({
    ...openOptions,
    lock: { now: Date.now, user: () => prefs.get().userName },
    onAccessLost: (reason) => void sendEvent(win, 'project.accessChanged', { readOnly: reason }),
  });
  // Main hands the page paths of its own too (the sample, a file from the command line): granted here.
  const grants = createPathGrants();
  grants.grant(samplePath(userData), 'project');
  const handlers = createHandlers({
    session: projects,
    prefs,
    now: Date.now,
    grants,
    // Imports, previews and exports never block this process: each runs in a worker thread.
    jobs: workerJobRunner({
      entry: new URL('./job-worker.js', import.meta.url),
      ...(openOptions.nativeBinding ? { nativeBinding: openOptions.nativeBinding } : {}),
    }),
    // Confirmed segments of every project also go to the user's own translation memory, in the user folder.
    userTm: UserTm.inFolder(userData, Date.now, openOptions.nativeBinding),
    host: {
      ...createDialogPorts(() => win),
      closeReady: () => handshake?.closeReady(),
      closeHeld: () => handshake?.closeHeld(),
      emit: (event, payload) => void sendEvent(win, event, payload),
    },
  });
  const dispatchCall = createDispatch(handlers, (error) => console.error('[mizan] internal error', error));
  const dispatch: Dispatch = async (channel, input) => {
    const result = await dispatchCall(channel, input);
    if (MENU_CHANNELS.has(channel as Channel)) refreshMenu();
    return result;
  };
  registerIpc({ dispatch, isTrustedSender: (event) => isMainFrameOf(win, event, origin.isAppPage) });

  const sendCommand = (command: MenuCommand, path?: string) =>
    sendEvent(win, 'menu.command', path === undefined ? { command } : { command, path: grants.grant(path, 'project') });
  const openSample = () => {
    const path = samplePath(userData);
    try {
      ensureSampleFile(path, openOptions, Date.now);
      sendCommand('project.openSample', path);
    } catch (error) {
      dialog.showErrorBox('Mizan could not create the sample project', error instanceof Error ? error.message : String(error));
    }
  };
  function refreshMenu(): void {
    const template = buildMenuTemplate(
      { platform: process.platform, isDev, hasProject: projects.isOpen, recent: prefs.recent() },
      { command: sendCommand, openSample },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  // Before the page loads: its first call is 'project.current'.
  const startupProblem = await openStartupProject(handlers, prefs, userData);
  refreshMenu();

  const stateFile = join(userData, 'window-state.json');
  const openWindow = () => {
    const window = createMainWindow({
      preloadPath,
      devTools: isDev,
      state: loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea)),
    });
    win = window;
    handshake = attachCloseHandshake(window, {
      timeoutMs: CLOSE_TIMEOUT_MS,
      beforeClose: () => saveWindowState(stateFile, window.getNormalBounds(), window.isMaximized()),
    });
    window.on('closed', () => {
      if (win === window) {
        win = null;
        handshake = null;
      }
      // A close held back for saving cancels a quit in progress; resume it.
      if (quitting) app.quit();
    });
    loadRenderer(window, rendererSource).catch((error: unknown) => console.error('[mizan] could not load the page', error));
    return window;
  };

  const first = openWindow();
  if (startupProblem) {
    first.once('ready-to-show', () => {
      void dialog.showMessageBox(first, { type: 'warning', message: 'Project not opened', detail: startupProblem });
    });
  }

  app.on('activate', () => {
    if (!win) openWindow();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    try {
      // Checkpoints the WAL so the .mizan file alone holds the whole project.
      projects.close();
    } catch (error) {
      console.error('[mizan] could not close the project cleanly', error);
    }
  });
}
