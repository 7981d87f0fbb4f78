import type { Session, WebContents } from 'electron';
import { createHash } from 'node:crypto';
import type { AppOrigin } from './app-origin.js';

// @vitejs/plugin-react injects this inline module into index.html in development (React Fast Refresh);
// `script-src 'self'` would block it, so the dev policy allows exactly this script by hash.
const REACT_REFRESH_PREAMBLE = `import { injectIntoGlobalHook } from "/@react-refresh";
injectIntoGlobalHook(window);
window.$RefreshReg$ = () => {};
window.$RefreshSig$ = () => (type) => type;`;

/** The page's Content-Security-Policy. Keep in step with the <meta> tag in src/renderer/index.html. */
export function buildCsp(devServerUrl: string | null): string {
  const script = ["'self'"];
  const connect = ["'self'"];
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    script.push(`'sha256-${createHash('sha256').update(REACT_REFRESH_PREAMBLE).digest('base64')}'`);
    connect.push(`ws://${dev.host}`);
  }
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    // Monaco injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Session-wide rules: the policy header, no network, no permissions, no spell-check downloads. */
export function installSessionSecurity(session: Session, origin: AppOrigin): void {
  const csp = buildCsp(origin.source.kind === 'dev-server' ? origin.source.url : null);
  const reported = new Set<string>();

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = origin.isAllowedRequest(details.url);
    if (!allowed) {
      const key = details.url.slice(0, 200);
      if (!reported.has(key)) {
        reported.add(key);
        console.warn(`[mizan] blocked request to ${key} (Mizan never loads remote content)`);
      }
    }
    callback({ cancel: !allowed });
  });

  // The <meta> tag covers file:// where a header may not apply; the header also covers the dev server.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!origin.isAppResource(details.url)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    headers['Content-Security-Policy'] = [csp];
    headers['X-Content-Type-Options'] = ['nosniff'];
    callback({ responseHeaders: headers });
  });

  // Writing text to the clipboard ("copy segment") is the one capability the page may use.
  const allowedPermission = (permission: string) => permission === 'clipboard-sanitized-write';
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(allowedPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => allowedPermission(permission));
  session.setDevicePermissionHandler(() => false);
  // Chromium would download Hunspell dictionaries from Google's servers.
  session.setSpellCheckerEnabled(false);
}

/** Applied to every WebContents the app creates: no navigation away, no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents, origin: AppOrigin): void {
  const blockUnlessAppPage = (event: { preventDefault(): void }, url: string) => {
    // Reloading the app's own page is allowed (Vite's full reload in development); anything else is not.
    if (origin.isAppPage(url)) return;
    event.preventDefault();
    console.warn(`[mizan] blocked navigation to ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', (event, url) => blockUnlessAppPage(event, url));
  contents.on('will-redirect', (event, url) => blockUnlessAppPage(event, url));
  // Sub-frames are also refused by `frame-src 'none'`; the main frame is covered by will-navigate.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) blockUnlessAppPage(event, event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[mizan] blocked window.open(${url.slice(0, 200)})`);
    return { action: 'deny' };
  });
}
