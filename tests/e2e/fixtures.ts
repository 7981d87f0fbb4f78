import { test as base, expect, type Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Harness, launchChromium, serveRenderer, type HarnessOptions, type RendererServer } from './harness';

type OpenApp = (options?: Omit<HarnessOptions, 'workDir'>) => Promise<Harness>;

export const test = base.extend<{ workDir: string; openApp: OpenApp }, { chromiumBrowser: Browser; rendererServer: RendererServer }>({
  chromiumBrowser: [
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  rendererServer: [
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  workDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'mizan-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  openApp: async ({ chromiumBrowser, rendererServer, workDir }, use) => {
    const opened: Harness[] = [];
    await use(async (options = {}) => {
      const harness = await new Harness({ ...options, workDir }).start(chromiumBrowser, rendererServer);
      opened.push(harness);
      return harness;
    });
    for (const harness of opened) {
      await harness.close();
      expect(harness.violations, 'no console errors and no requests off this machine').toEqual([]);
    }
  },
});

export { expect };
