import { readFileSync } from 'node:fs';

/**
 * The package version, read at run time: both src/cli and the bundled out/cli sit two folders
 * below package.json, and reading it avoids bundling the whole manifest.
 */
export function readVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
