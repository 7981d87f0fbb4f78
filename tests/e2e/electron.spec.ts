// The real Electron shell: preload bridge, isolation, navigation lock-down, start-up project.
// Needs the Electron binary, which `npm install` / the first `npm start` downloads; skipped without it.
// Never launch without `executablePath` (Playwright would then `require('electron')`, which downloads).
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MizanBridge } from '../../src/api/bridge';

/** The page's window as the preload leaves it (casts only: page functions cannot close over helpers). */
type AppWindow = { mizan: MizanBridge };

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

function findElectron(): { path: string | null; reason: string } {
  const fromEnv = process.env.ELECTRON_EXEC_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv, reason: '' }
      : { path: null, reason: `ELECTRON_EXEC_PATH=${fromEnv} does not exist` };
  }
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return { path: null, reason: 'node_modules/electron/path.txt is missing' };
  const exe = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? { path: exe, reason: '' } : { path: null, reason: `${exe} is missing` };
}

const electron = findElectron();
const sampleTitle = (JSON.parse(readFileSync(join(ROOT, 'resources', 'sample', 'sample-project.json'), 'utf8')) as { title: string }).title;

test.describe('Electron shell', () => {
  test.skip(!electron.path, `Electron binary not present (${electron.reason}); run npm start once with internet to download it`);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;
  let appClosed = false;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    expect(existsSync(join(ROOT, 'out', 'main', 'index.js')), 'build the app first: npm run build').toBe(true);
    // better-sqlite3 for Electron's ABI (a no-op when native/electron is up to date).
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-electron-sqlite.mjs')], { cwd: ROOT, stdio: 'inherit' });

    userData = mkdtempSync(join(tmpdir(), 'mizan-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      // The built page, never a dev server a developer may have running.
      if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    }
    const args = ['.', `--user-data-dir=${userData}`];
    // Chromium refuses to start as root with its OS sandbox (containers, CI); the renderer stays
    // sandboxed by webPreferences either way.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    app = await _electron.launch({ executablePath: electron.path!, args, cwd: ROOT, env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    if (app && !appClosed) await app.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('the preload exposes window.mizan and main opens the sample on first start', async () => {
    expect(await page.evaluate(() => Object.keys((window as unknown as AppWindow).mizan).sort())).toEqual(['invoke', 'on']);
    const current = await page.evaluate(() => (window as unknown as AppWindow).mizan.invoke('project.current', undefined));
    expect(current.ok).toBe(true);
    if (!current.ok || !current.value) throw new Error(`no project open: ${JSON.stringify(current)}`);
    expect(current.value.title).toBe(sampleTitle);
    expect(current.value.path).toBe(join(userData, 'Sample.mizan'));
    expect(current.value.documents.length).toBeGreaterThan(0);
    expect(existsSync(join(userData, 'Sample.mizan'))).toBe(true);

    const recent = await page.evaluate(() => (window as unknown as AppWindow).mizan.invoke('project.recent', undefined));
    expect(recent.ok && recent.value.map((r) => r.path)).toEqual([join(userData, 'Sample.mizan')]);
  });

  test('calls are validated and unknown channels are refused', async () => {
    const unknown = await page.evaluate(() =>
      ((window as unknown as AppWindow).mizan.invoke as (channel: string, input: unknown) => Promise<unknown>)('fs.readFile', {
        path: '/etc/passwd',
      }),
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const invalid = await page.evaluate(() => (window as unknown as AppWindow).mizan.invoke('segment.get', { segmentId: -1 }));
    expect(invalid).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  test('the page is isolated from Node and Electron', async () => {
    const globals = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return { require: typeof g.require, process: typeof g.process, module: typeof g.module, Buffer: typeof g.Buffer, ipc: typeof g.ipcRenderer };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined', ipc: 'undefined' });
  });

  test('navigation, new windows and remote requests are blocked', async () => {
    const appUrl = page.url();
    expect(appUrl).toMatch(/^file:.*\/out\/renderer\/index\.html/);

    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(appUrl);
    expect(await page.evaluate(() => typeof (window as unknown as AppWindow).mizan)).toBe('object');

    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);

    const fetched = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
  });

  test('the close handshake asks the page first, and quitting checkpoints the project', async () => {
    const closed = app.waitForEvent('close');
    // Close as the window's close button would, recording what main sends the page meanwhile.
    const atClose = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0];
      if (!win) return null;
      const sent: string[] = [];
      const send = win.webContents.send.bind(win.webContents);
      win.webContents.send = (channel: string, ...args: unknown[]) => {
        sent.push(channel);
        send(channel, ...args);
      };
      win.close();
      return { sent, destroyed: win.isDestroyed() };
    });
    expect(atClose).toEqual({ sent: ['app.closeRequested'], destroyed: false });
    // The renderer may already have answered by itself (and be gone); either way main then closes.
    await page.evaluate(() => (window as unknown as AppWindow).mizan.invoke('app.closeReady', undefined)).catch(() => undefined);
    await closed;
    appClosed = true;
    expect(existsSync(join(userData, 'Sample.mizan'))).toBe(true);
    expect(existsSync(join(userData, 'Sample.mizan-wal')), 'the WAL was checkpointed into the project file').toBe(false);
  });
});
