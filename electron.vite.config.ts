import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildCsp, withMetaCsp } from './src/main/csp';

/** index.html carries the production policy; the dev server serves it with the dev one (HMR, Fast Refresh). */
function devCsp(): Plugin {
  return {
    name: 'mizan-dev-csp',
    apply: 'serve',
    // Any port: Vite moves to the next free one when its default is taken (main's header names the real one).
    transformIndexHtml: (html) => withMetaCsp(html, buildCsp('127.0.0.1:*', 'meta')),
  };
}

export default defineConfig({
  main: {
    build: {
      // ESM (package.json "type": "module"). Dependencies stay external (electron-vite's default
      // `externalizeDeps`): better-sqlite3 is a native addon and must be loaded from disk.
      // job-worker: imports, previews and exports run in worker threads (src/services/jobs); main
      // starts it as ./job-worker.js next to index.js.
      // Shared chunks stay beside them: services find files relative to their own module
      // (export-service.ts: ../../resources/fonts), which must resolve the same from every entry.
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts'), 'job-worker': resolve('src/services/jobs/job-worker.ts') },
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': everything else must be in the one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), devCsp()],
    // dictionary-en exports only its Node entry (which reads its files with node:fs); the spelling
    // worker imports the two Hunspell files themselves as text through this alias.
    resolve: { alias: { 'mizan-dictionary-en': resolve('node_modules/dictionary-en') } },
    server: { host: '127.0.0.1', fs: { allow: [resolve('.')] } },
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
      chunkSizeWarningLimit: 4096,
    },
  },
});
