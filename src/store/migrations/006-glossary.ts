import type { Migration } from './migration.js';

// The termbase: one row per entry (a concept), its Arabic and English terms in their own table, each
// with a status (preferred, admitted, forbidden) and its place in the entry's list. Registry speakers
// are terms too, but are read from `speakers`, never copied here (one place to edit a name).
export const migration006Glossary: Migration = {
  version: 6,
  name: 'glossary',
  up: (db) => {
    db.exec(`
      CREATE TABLE glossary_entries (
        id             INTEGER PRIMARY KEY,
        part_of_speech TEXT NOT NULL DEFAULT '',
        domain         TEXT NOT NULL DEFAULT '',
        note           TEXT NOT NULL DEFAULT '',
        origin         TEXT NOT NULL DEFAULT '',
        author         TEXT NOT NULL DEFAULT '',
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE glossary_terms (
        entry_id INTEGER NOT NULL REFERENCES glossary_entries(id) ON DELETE CASCADE,
        side     TEXT NOT NULL CHECK (side IN ('source','target')),
        position INTEGER NOT NULL,
        text     TEXT NOT NULL CHECK (text <> ''),
        status   TEXT NOT NULL CHECK (status IN ('preferred','admitted','forbidden')),
        PRIMARY KEY (entry_id, side, position)
      ) STRICT;
    `);
  },
};
