import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCsp, metaCspOf, withMetaCsp } from '../../../src/main/csp.js';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('the Content-Security-Policy', () => {
  it('in production allows no socket and no inline script, and no frames', () => {
    for (const delivery of ['header', 'meta'] as const) {
      const csp = buildCsp(null, delivery);
      expect(csp).not.toContain('ws:');
      expect(csp).not.toContain('sha256-');
      expect(directives(csp).get('script-src')).toEqual(["'self'"]);
      expect(directives(csp).get('connect-src')).toEqual(["'self'"]);
      expect(directives(csp).get('frame-src')).toEqual(["'none'"]);
      expect(directives(csp).get('object-src')).toEqual(["'none'"]);
    }
  });

  it('in development allows the dev server socket and the Fast Refresh preamble only', () => {
    const csp = directives(buildCsp('127.0.0.1:5173'));
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5173']);
    expect(csp.get('script-src')).toHaveLength(2);
    expect(csp.get('script-src')![1]).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });

  it('sends frame-ancestors only as a header (a <meta> may not carry it)', () => {
    expect(directives(buildCsp(null, 'header')).get('frame-ancestors')).toEqual(["'none'"]);
    expect(buildCsp(null, 'meta')).not.toContain('frame-ancestors');
  });

  it('is what index.html carries as its production <meta>', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    expect(metaCspOf(html)).toBe(buildCsp(null, 'meta'));
  });

  it('can be swapped in index.html (the dev server does), and refuses a page without the tag', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    const dev = buildCsp('127.0.0.1:5173', 'meta');
    expect(metaCspOf(withMetaCsp(html, dev))).toBe(dev);
    expect(() => withMetaCsp('<html></html>', dev)).toThrow(/no Content-Security-Policy/);
  });
});
