#!/usr/bin/env node
// Launcher only: `npm run build` bundles the command into out/cli/mizan.js.
import { existsSync } from 'node:fs';

const entry = new URL('../out/cli/mizan.js', import.meta.url);
if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write('mizan: not built; run npm run build first\n');
  process.exitCode = 1;
}
