// Electron fuses for packaged builds: switches compiled into the Electron binary that no command line
// or environment variable can turn back on. Applied by scripts/apply-fuses.ts after packaging.

/** The fuses we set, by their names in @electron/fuses' FuseV1Options. */
export const FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 Mizan` would otherwise be a plain Node.js with the app's signature.
  RunAsNode: false,
  // The session's cookies are encrypted at rest with the OS keychain.
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload arbitrary code into main.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would let a local process attach a debugger to main.
  EnableNodeCliInspectArguments: false,
  // The app code is loaded only from app.asar, and only if it matches the hash built into the binary.
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // The page is a file:// document: it needs file:// to keep loading its own scripts, fonts and workers.
  GrantFileProtocolExtraPrivileges: true,
} as const satisfies Record<string, boolean>;

export type FuseName = keyof typeof FUSES;

/**
 * The fuse wiring @electron/fuses' `flipFuses` takes, from the package's own `FuseV1Options` enum.
 * A fuse missing from the installed package (renamed or removed) is an error, never silently skipped.
 */
export function fuseWiring(options: Readonly<Record<string, unknown>>): Record<number, boolean> {
  const wiring: Record<number, boolean> = {};
  for (const [name, value] of Object.entries(FUSES)) {
    const key = options[name];
    if (typeof key !== 'number') throw new Error(`@electron/fuses has no fuse "${name}": check src/main/fuse-config.ts against the installed version`);
    wiring[key] = value;
  }
  return wiring;
}
