import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Handlers } from '../api/contract.js';
import { isMizanError } from '../core/errors.js';
import type { OpenOptions } from './native-binding.js';
import type { PrefsStore } from '../services/prefs-store.js';
import { ProjectSession } from '../services/project-session.js';
import { SAMPLE_TITLE, fillSampleProject } from '../services/sample-project.js';

export const SAMPLE_FILE_NAME = 'Sample.mizan';

export const samplePath = (userData: string) => join(userData, SAMPLE_FILE_NAME);

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Opens a project before the page loads (it asks 'project.current' first thing): the last one, or
 * on first start the user's own copy of the built-in sample. Returns a problem to show the user, or
 * null. On failure no project is open and the page offers New/Open/Recent.
 */
export async function openStartupProject(handlers: Handlers, prefs: PrefsStore, userData: string): Promise<string | null> {
  const last = prefs.lastProject();
  if (last) {
    try {
      await handlers['project.open']({ path: last });
      return null;
    } catch (error) {
      // Another app session edits it: show it read-only (the page says by whom); File › Open offers take over.
      if (isMizanError(error) && error.code === 'locked') {
        try {
          await handlers['project.open']({ path: last, access: 'readOnly' });
          return null;
        } catch {
          // Fall through to the first problem, which names the holder.
        }
      }
      return `Mizan could not reopen the last project, ${last}:\n${describe(error)}`;
    }
  }
  const sample = samplePath(userData);
  try {
    if (existsSync(sample)) {
      await handlers['project.open']({ path: sample });
    } else {
      mkdirSync(dirname(sample), { recursive: true });
      await handlers['project.new']({ path: sample, sample: true });
    }
    return null;
  } catch (error) {
    return `Mizan could not open the sample project, ${sample}:\n${describe(error)}`;
  }
}

/** Writes the sample file if missing, without touching the project that is open now. */
export function ensureSampleFile(path: string, options: OpenOptions, now: () => number): void {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const scratch = new ProjectSession(options);
  scratch.create(path, SAMPLE_TITLE, (db) => fillSampleProject(db, now()));
  scratch.close();
}
