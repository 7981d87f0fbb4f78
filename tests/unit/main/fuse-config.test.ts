import { describe, expect, it } from 'vitest';
import { FUSES, fuseWiring } from '../../../src/main/fuse-config.js';

// The shape of @electron/fuses' FuseV1Options (a numeric TypeScript enum), for the names we use.
const FuseV1Options = {
  RunAsNode: 0, EnableCookieEncryption: 1, EnableNodeOptionsEnvironmentVariable: 2, EnableNodeCliInspectArguments: 3,
  EnableEmbeddedAsarIntegrityValidation: 4, OnlyLoadAppFromAsar: 5, LoadBrowserProcessSpecificV8Snapshot: 6, GrantFileProtocolExtraPrivileges: 7,
  0: 'RunAsNode',
};

describe('the Electron fuses of packaged builds', () => {
  it('turn off running as Node and the inspector, turn on cookie encryption and ASAR integrity', () => {
    expect(FUSES.RunAsNode).toBe(false);
    expect(FUSES.EnableNodeCliInspectArguments).toBe(false);
    expect(FUSES.EnableNodeOptionsEnvironmentVariable).toBe(false);
    expect(FUSES.EnableCookieEncryption).toBe(true);
    expect(FUSES.EnableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(FUSES.OnlyLoadAppFromAsar).toBe(true);
  });

  it('are wired by the package enum values', () => {
    expect(fuseWiring(FuseV1Options)).toEqual({ 0: false, 1: true, 2: false, 3: false, 4: true, 5: true, 7: true });
  });

  it('refuse a package that lacks one of them', () => {
    const { RunAsNode: _gone, ...older } = FuseV1Options;
    expect(() => fuseWiring(older)).toThrow(/no fuse "RunAsNode"/);
  });
});
