import type { Database } from 'better-sqlite3';
import { integrityProblems } from '../store/open-database.js';

export interface IntegrityReport {
  ok: boolean;
  /** What SQLite found (pages, indexes, the search index, rows pointing at missing rows); empty when sound. */
  problems: string[];
}

/**
 * Reads every page of the project (an open reads only a few: store/open-database.ts runs the full
 * check by itself only after an unclean end). Seconds on a book-sized project; changes nothing.
 */
export function checkIntegrity(db: Database): IntegrityReport {
  const problems = integrityProblems(db);
  return { ok: problems.length === 0, problems };
}
