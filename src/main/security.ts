import type { Session, WebContents } from 'electron';
import type { AppOrigin } from './app-origin.js';
import { buildCsp } from './csp.js';

/** Session-wide rules: the policy header, no network, no permissions, no spell-check downloads. */
export function installSessionSecurity(session: Session, origin: AppOrigin): void {
  const csp = buildCsp(origin.source.kind === 'dev-server' ? new URL(origin.source.url).host : null);
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
