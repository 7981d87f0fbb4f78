import type { Database } from 'better-sqlite3';

/** Folds the WAL back into the main file, so the `.mizan` file alone is the whole project (users copy and mail it). */
export function foldWriteAheadLog(db: Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
