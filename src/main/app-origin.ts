import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';

/** Where the page comes from: the built file in production, the Vite dev server in development. */
export type RendererSource = { kind: 'file'; indexHtml: string } | { kind: 'dev-server'; url: string };

/**
 * The dev server only when unpackaged: a packaged app ignores ELECTRON_RENDERER_URL, which would
 * otherwise let anyone who can set an environment variable load a page of their own with the preload.
 */
export function resolveRendererSource(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>, indexHtml: string): RendererSource {
  const url = isPackaged ? undefined : env.ELECTRON_RENDERER_URL;
  return url ? { kind: 'dev-server', url } : { kind: 'file', indexHtml };
}

export interface AppOrigin {
  source: RendererSource;
  /** The app's own page (any hash or query): the only document the window may show. */
  isAppPage(url: string): boolean;
  /** The app's own files (under the built renderer folder) or its dev server. */
  isAppResource(url: string): boolean;
  /** A request the page may make: an app resource or in-memory content, never the network. */
  isAllowedRequest(url: string): boolean;
}

// Chromium's internal schemes used by DevTools and by the page for in-memory content.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:', 'chrome-extension:', 'chrome:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function filePath(url: URL): string | null {
  try {
    return resolve(fileURLToPath(url));
  } catch {
    return null;
  }
}

export function createAppOrigin(source: RendererSource): AppOrigin {
  const { isAppPage, isAppResource } = source.kind === 'dev-server' ? devServerRules(source.url) : fileRules(source.indexHtml);
  return {
    source,
    isAppPage,
    isAppResource,
    isAllowedRequest: (url) => isAppResource(url) || LOCAL_SCHEMES.has(parse(url)?.protocol ?? ''),
  };
}

function devServerRules(url: string): Pick<AppOrigin, 'isAppPage' | 'isAppResource'> {
  const dev = new URL(url);
  const sameServer = (u: URL) => u.hostname === dev.hostname && u.port === dev.port;
  return {
    isAppPage: (page) => {
      const u = parse(page);
      return !!u && u.protocol === dev.protocol && sameServer(u);
    },
    isAppResource: (resource) => {
      const u = parse(resource);
      // Vite serves modules over http and pushes HMR updates over ws, both from the dev server.
      return !!u && (u.protocol === dev.protocol || u.protocol === 'ws:') && sameServer(u);
    },
  };
}

function fileRules(indexHtml: string): Pick<AppOrigin, 'isAppPage' | 'isAppResource'> {
  const index = resolve(indexHtml);
  const root = resolve(index, '..') + sep;
  const pathOf = (url: string) => {
    const u = parse(url);
    return u?.protocol === 'file:' ? filePath(u) : null;
  };
  return {
    isAppPage: (page) => pathOf(page) === index,
    // A file:// page may otherwise read any file on disk; keep it inside the built renderer.
    isAppResource: (resource) => pathOf(resource)?.startsWith(root) ?? false,
  };
}
