import { existsSync } from 'node:fs';
import { MizanError } from '../core/errors.js';
import { ProjectSession } from '../services/project-session.js';

/** Opens an existing project for the length of one command and always closes it, even on error. */
export async function withProject<T>(path: string, use: (session: ProjectSession) => T | Promise<T>): Promise<T> {
  if (!existsSync(path)) {
    throw new MizanError('not-found', `${path} does not exist; create it with: mizan new ${path}`);
  }
  const session = new ProjectSession();
  try {
    session.open(path);
    return await use(session);
  } finally {
    session.close();
  }
}
