import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ProjectSession } from '../../src/services/project-session';
import { SAMPLE_TITLE, fillSampleProject } from '../../src/services/sample-project';

/** Writes a copy of the built-in sample project, as `mizan new --sample` does. */
export function createSampleProject(dir: string, name = 'sample.mizan'): string {
  const path = join(dir, name);
  const session = new ProjectSession();
  session.create(path, SAMPLE_TITLE, (db) => fillSampleProject(db, Date.now()));
  session.close();
  return path;
}

export interface StoredSegment {
  id: number;
  position: number;
  source: string;
  target: string;
  status: string;
  do_not_translate: number;
}

/** Reads the project file through a second connection: what is on disk, not what the app holds. */
export function readStoredSegments(path: string): StoredSegment[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, position, source, target, status, do_not_translate FROM segments ORDER BY document_id, position').all() as StoredSegment[];
  } finally {
    db.close();
  }
}

export function readRevisions(path: string, segmentId: number): { field: string; before: string; after: string; author: string }[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT field, before, after, author FROM revisions WHERE segment_id = ? ORDER BY id').all(segmentId) as {
      field: string; before: string; after: string; author: string;
    }[];
  } finally {
    db.close();
  }
}

/** The four-sentence 'Talks' text and its translation, one English sentence per Arabic sentence. */
export const TALKS_ARABIC = 'قال كيربي إن القرار اتخذ بصعوبة. وأضاف أن واشنطن ستسحب أفرادها. وردت موسكو بأنها تأسف للقرار. وفي عام ٢٠١٦ انهارت الهدنة.';
export const TALKS_ENGLISH = [
  'Kirby said the decision was taken with difficulty.',
  'He added that Washington would withdraw its staff.',
  'Moscow replied that it regretted the decision.',
  'In 2016 the truce collapsed.',
];
