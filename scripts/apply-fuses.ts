// Sets the fuses of src/main/fuse-config.ts in a packaged Electron binary:
//   npx tsx scripts/apply-fuses.ts <path to the packaged Mizan executable, or Mizan.app on macOS>
import { existsSync } from 'node:fs';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { FUSES, fuseWiring } from '../src/main/fuse-config.js';

async function main(): Promise<number> {
  const binary = process.argv[2];
  if (!binary || !existsSync(binary)) {
    console.error('Usage: npx tsx scripts/apply-fuses.ts <packaged Mizan executable or Mizan.app>');
    return 2;
  }
  await flipFuses(binary, { version: FuseVersion.V1, resetAdHocDarwinSignature: process.platform === 'darwin', ...fuseWiring(FuseV1Options) });
  console.log(`Fuses set in ${binary}: ${Object.entries(FUSES).map(([k, v]) => `${k}=${v ? 'on' : 'off'}`).join(', ')}`);
  return 0;
}

process.exitCode = await main();
