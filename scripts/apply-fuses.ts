// Sets the fuses of src/main/fuse-config.ts in a packaged Electron binary:
//   npx tsx scripts/apply-fuses.ts <path to the packaged Mizan executable, or Mizan.app on macOS>
// Needs the @electron/fuses devDependency.
import { existsSync } from 'node:fs';
import { FUSES, fuseWiring } from '../src/main/fuse-config.js';

interface FusesPackage {
  FuseVersion: { V1: string | number };
  FuseV1Options: Record<string, unknown>;
  flipFuses(path: string, config: Record<string | number, unknown>): Promise<unknown>;
}

function isFusesPackage(value: unknown): value is FusesPackage {
  const v = value as Partial<FusesPackage> | null;
  return !!v && typeof v.flipFuses === 'function' && typeof v.FuseV1Options === 'object' && typeof v.FuseVersion === 'object';
}

async function main(): Promise<number> {
  const binary = process.argv[2];
  if (!binary || !existsSync(binary)) {
    console.error('Usage: npx tsx scripts/apply-fuses.ts <packaged Mizan executable or Mizan.app>');
    return 2;
  }
  // A variable name: the package is optional, and the type check must not require it.
  const name = '@electron/fuses';
  let fuses: unknown;
  try {
    fuses = await import(name);
  } catch {
    console.error('@electron/fuses is not installed: add it as a devDependency (npm install -D @electron/fuses), then run this again.');
    return 1;
  }
  if (!isFusesPackage(fuses)) {
    console.error('@electron/fuses does not export flipFuses, FuseVersion and FuseV1Options: unsupported version.');
    return 1;
  }
  await fuses.flipFuses(binary, { version: fuses.FuseVersion.V1, resetAdHocDarwinSignature: process.platform === 'darwin', ...fuseWiring(fuses.FuseV1Options) });
  console.log(`Fuses set in ${binary}: ${Object.entries(FUSES).map(([k, v]) => `${k}=${v ? 'on' : 'off'}`).join(', ')}`);
  return 0;
}

process.exitCode = await main();
