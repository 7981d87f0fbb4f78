import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectSession } from '../services/project-session.js';

/** How projects are opened (the addon to load), as the services take it. */
export type OpenOptions = NonNullable<ConstructorParameters<typeof ProjectSession>[0]>;

/** Where scripts/build-electron-sqlite.mjs puts the better-sqlite3 addon built for Electron's ABI. */
export const ELECTRON_ADDON = ['native', 'electron', 'better_sqlite3.node'] as const;

/**
 * node_modules/better-sqlite3 stays built for Node (tests, CLI); under Electron we load the
 * separate copy. Native addons cannot be loaded from inside an asar archive, hence `.unpacked`.
 */
export function resolveOpenOptions(appPath: string, packaged: boolean): OpenOptions {
  if (!process.versions.electron) return {};
  const base = packaged ? appPath.replace(/app\.asar$/, 'app.asar.unpacked') : appPath;
  const addon = join(base, ...ELECTRON_ADDON);
  return existsSync(addon) ? { nativeBinding: addon } : {};
}

/**
 * Loads the addon once so a wrong ABI is reported at start with what to do, instead of
 * surfacing later as "could not open project".
 */
export function probeSqlite(options: OpenOptions): string | null {
  try {
    new Database(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}).close();
    return null;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = options.nativeBinding ?? 'node_modules/better-sqlite3 (the Node build)';
    return (
      `Mizan's database engine (better-sqlite3) could not be loaded from ${where}.\n\n${detail}\n\n` +
      `Build it for Electron with "node scripts/build-electron-sqlite.mjs" (npm start does this; it needs internet once), then start Mizan again.`
    );
  }
}
