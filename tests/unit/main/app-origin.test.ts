import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAppOrigin, resolveRendererSource } from '../../../src/main/app-origin.js';

const root = resolve('/opt/mizan/out/renderer');
const index = join(root, 'index.html');
const file = (path: string) => pathToFileURL(path).href;

describe('resolveRendererSource', () => {
  it('uses the dev server only when not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' };
    expect(resolveRendererSource(false, env, index)).toEqual({ kind: 'dev-server', url: 'http://127.0.0.1:5173/' });
    expect(resolveRendererSource(true, env, index)).toEqual({ kind: 'file', indexHtml: index });
    expect(resolveRendererSource(false, {}, index)).toEqual({ kind: 'file', indexHtml: index });
  });
});

describe('createAppOrigin for the built page', () => {
  const origin = createAppOrigin({ kind: 'file', indexHtml: index });

  it('accepts the index page, with any hash or query, and nothing else as the page', () => {
    expect(origin.isAppPage(file(index))).toBe(true);
    expect(origin.isAppPage(`${file(index)}#/doc`)).toBe(true);
    expect(origin.isAppPage(file(join(root, 'other.html')))).toBe(false);
    expect(origin.isAppPage('https://example.com/')).toBe(false);
    expect(origin.isAppPage('not a url')).toBe(false);
  });

  it('allows files under the renderer folder only, not beside it or above it', () => {
    expect(origin.isAppResource(file(join(root, 'assets', 'index.js')))).toBe(true);
    expect(origin.isAppResource(file(`${root}-evil/x.js`))).toBe(false);
    expect(origin.isAppResource(file('/etc/passwd'))).toBe(false);
    expect(origin.isAppResource(`${file(root)}/../../secret.txt`)).toBe(false);
  });

  it('allows in-memory content but never the network', () => {
    expect(origin.isAllowedRequest('data:font/woff2;base64,AAAA')).toBe(true);
    expect(origin.isAllowedRequest('blob:file:///1234')).toBe(true);
    expect(origin.isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false);
    expect(origin.isAllowedRequest('http://127.0.0.1:5173/x.js')).toBe(false);
  });
});

describe('createAppOrigin for the dev server', () => {
  const origin = createAppOrigin({ kind: 'dev-server', url: 'http://127.0.0.1:5173/' });

  it('accepts its pages and modules, and its HMR socket as a resource only', () => {
    expect(origin.isAppPage('http://127.0.0.1:5173/?x=1')).toBe(true);
    expect(origin.isAppResource('http://127.0.0.1:5173/src/main.tsx')).toBe(true);
    expect(origin.isAppResource('ws://127.0.0.1:5173/')).toBe(true);
    expect(origin.isAppPage('ws://127.0.0.1:5173/')).toBe(false);
  });

  it('refuses another port or host', () => {
    expect(origin.isAppPage('http://127.0.0.1:5174/')).toBe(false);
    expect(origin.isAppResource('http://localhost:5173/x.js')).toBe(false);
    expect(origin.isAllowedRequest('https://127.0.0.1:5173/')).toBe(false);
  });
});
