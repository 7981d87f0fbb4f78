import { BrowserWindow } from 'electron';
import type { RendererSource } from './app-origin.js';
import { MIN_HEIGHT, MIN_WIDTH, type WindowState } from './window-state.js';

export interface MainWindowOptions {
  preloadPath: string;
  /** Only in development: DevTools would let anyone at the keyboard run code with the page's bridge. */
  devTools: boolean;
  state: WindowState;
}

/** The one project window, locked down with context isolation, sandbox, no Node and the CSP of csp.ts (docs/architecture.md). Shown once it has painted. */
export function createMainWindow({ preloadPath, devTools, state }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Mizan',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  });
  if (state.maximized) win.maximize();
  const show = () => {
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  };
  win.once('ready-to-show', show);
  // Never leave an invisible window behind if the page fails to load or paint.
  win.webContents.once('did-fail-load', show);
  setTimeout(show, 10_000).unref?.();
  return win;
}

export function loadRenderer(win: BrowserWindow, source: RendererSource): Promise<void> {
  return source.kind === 'dev-server' ? win.loadURL(source.url) : win.loadFile(source.indexHtml);
}
