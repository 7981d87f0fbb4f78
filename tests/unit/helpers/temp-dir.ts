import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach } from 'vitest';
import { join } from 'node:path';

export interface TempDir {
  dir: string;
  path: (name: string) => string;
  cleanup: () => void;
}

/** A fresh folder under the OS temp dir; call `cleanup` (usually in afterEach) to remove it. */
export function makeTempDir(prefix = 'mizan-unit-'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * A fresh temporary folder for each test of the calling block, removed after it: call it at the top
 * of a describe (or the file) instead of repeating the beforeEach/afterEach pair.
 */
export function tempDirPerTest(): TempDir {
  let current: TempDir | null = null;
  beforeEach(() => {
    current = makeTempDir();
  });
  afterEach(() => {
    current?.cleanup();
    current = null;
  });
  const now = (): TempDir => {
    if (!current) throw new Error('the temporary folder exists only while a test runs');
    return current;
  };
  return {
    get dir() {
      return now().dir;
    },
    path: (name) => now().path(name),
    cleanup: () => now().cleanup(),
  };
}
