import { createHash } from 'node:crypto';

// @vitejs/plugin-react injects this inline module into index.html in development (React Fast Refresh);
// `script-src 'self'` would block it, so the dev policy allows exactly this script by hash.
export const REACT_REFRESH_PREAMBLE = `import { injectIntoGlobalHook } from "/@react-refresh";
injectIntoGlobalHook(window);
window.$RefreshReg$ = () => {};
window.$RefreshSig$ = () => (type) => type;`;

/**
 * How the policy reaches the page: as a response header (main sets it), or as the <meta> tag of
 * index.html, where `frame-ancestors` is not allowed (Chromium ignores it with a warning).
 */
export type CspDelivery = 'header' | 'meta';

/**
 * The page's Content-Security-Policy. `devHost` ("127.0.0.1:5173") is the Vite dev server's, whose
 * HMR socket and Fast Refresh script need allowing; null in production, which allows neither.
 * The production <meta> in src/renderer/index.html must equal `buildCsp(null, 'meta')` (a test checks).
 */
export function buildCsp(devHost: string | null, delivery: CspDelivery = 'header'): string {
  const script = ["'self'"];
  const connect = ["'self'"];
  if (devHost) {
    script.push(`'sha256-${createHash('sha256').update(REACT_REFRESH_PREAMBLE).digest('base64')}'`);
    connect.push(`ws://${devHost}`);
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
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/** index.html's policy, or null when it has no CSP <meta> tag. */
export function metaCspOf(html: string): string | null {
  return META.exec(html)?.[2] ?? null;
}

/** index.html with its CSP <meta> replaced (the dev server's copy gets the dev policy). */
export function withMetaCsp(html: string, csp: string): string {
  if (!META.test(html)) throw new Error('index.html has no Content-Security-Policy <meta> tag');
  return html.replace(META, (_all, head: string, _old: string, tail: string) => `${head}${csp}${tail}`);
}
