import { defineConfig } from 'vite';

// The `mizan` command as one ESM file for Node. Everything is bundled (services, core, zod, the
// sample JSON) except better-sqlite3, whose native addon must be loaded from node_modules.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'out/cli',
    // out/cli only: electron-vite owns the rest of out/.
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'mizan.js' },
    },
  },
  ssr: {
    target: 'node',
    noExternal: true,
    external: ['better-sqlite3'],
  },
});
