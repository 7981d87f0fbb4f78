import { userInfo } from 'node:os';

/** The author recorded on revisions: $MIZAN_USER, else the login name. */
export function resolveUser(env: Readonly<Record<string, string | undefined>>): string {
  const fromEnv = env.MIZAN_USER?.trim();
  if (fromEnv) return fromEnv;
  try {
    return userInfo().username;
  } catch {
    // userInfo throws when the uid has no passwd entry (some containers); a name is still needed.
    return 'unknown';
  }
}
