// Which paths the renderer may name. A page is not trusted with the file system: main reads or
// writes a path only when it came from main itself — its own open/save dialogs, the recent list,
// the project it opened, a file given on the command line or dropped on the window. Anything else
// is refused, so a compromised or buggy page cannot read /etc/passwd or overwrite ~/.bashrc.
import { resolve } from 'node:path';
import { MizanError } from '../core/errors.js';

/** What a grant allows: open or create a project, read a file to import, write an export. */
export type GrantPurpose = 'project' | 'read' | 'write';

const WHAT: Record<GrantPurpose, string> = {
  project: 'open a project from',
  read: 'read',
  write: 'write',
};

export interface PathGrants {
  /** Allows `path` for `purpose` from now on (for this window); returns the path as given. */
  grant(path: string, purpose: GrantPurpose): string;
  /** Throws unless `path` was granted for `purpose`. */
  require(path: string, purpose: GrantPurpose): void;
}

/**
 * In memory, per window: nothing survives a restart except through the recent list, which the
 * caller passes as `alsoAllowed` (checked at each call, so it follows the list as it changes).
 */
export function createPathGrants(alsoAllowed: (purpose: GrantPurpose) => Iterable<string> = () => []): PathGrants {
  const granted = new Map<string, Set<GrantPurpose>>();
  return {
    grant(path, purpose) {
      const key = resolve(path);
      const purposes = granted.get(key) ?? new Set<GrantPurpose>();
      purposes.add(purpose);
      granted.set(key, purposes);
      return path;
    },
    require(path, purpose) {
      const key = resolve(path);
      if (granted.get(key)?.has(purpose)) return;
      for (const allowed of alsoAllowed(purpose)) if (resolve(allowed) === key) return;
      throw new MizanError(
        'bad-input',
        `Mizan will not ${WHAT[purpose]} ${path}: it was not chosen in a file dialog. Choose it with ${purpose === 'write' ? 'Export…' : 'Open… or Import…'} instead`,
      );
    },
  };
}
