import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { FUSES, fuseWiring } from '../../../src/main/fuse-config.js';

describe('the Electron fuses of packaged builds', () => {
  it('turn off running as Node and the inspector, turn on cookie encryption and ASAR integrity', () => {
    expect(FUSES.RunAsNode).toBe(false);
    expect(FUSES.EnableNodeCliInspectArguments).toBe(false);
    expect(FUSES.EnableNodeOptionsEnvironmentVariable).toBe(false);
    expect(FUSES.EnableCookieEncryption).toBe(true);
    expect(FUSES.EnableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(FUSES.OnlyLoadAppFromAsar).toBe(true);
  });

  it('are wired by the installed package\'s enum values', () => {
    expect(fuseWiring(FuseV1Options)).toEqual({
      [FuseV1Options.RunAsNode]: false, [FuseV1Options.EnableCookieEncryption]: true, [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false, [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true, [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
    });
  });

  it('refuse a package that lacks one of them', () => {
    const { RunAsNode: _gone, ...older } = { ...FuseV1Options };
    expect(() => fuseWiring(older)).toThrow(/no fuse "RunAsNode"/);
  });
});
