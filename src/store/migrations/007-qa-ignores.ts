import type { Migration } from './migration.js';

// QA findings a user decided to leave as they are. A finding is named by its segment, its check and a
// fingerprint of what it found (core/qa/fingerprint.ts): an edit elsewhere in the segment keeps the
// ignore, an edit to the text the finding is about makes a new finding that shows again.
export const migration007QaIgnores: Migration = {
  version: 7,
  name: 'QA ignores',
  up: (db) => {
    db.exec(`
      CREATE TABLE qa_ignores (
        id          INTEGER PRIMARY KEY,
        segment_id  INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        check_id    TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        author      TEXT NOT NULL,
        reason      TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        UNIQUE (segment_id, check_id, fingerprint)
      ) STRICT;
    `);
  },
};
