import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';
import { fillTmSegmentIndex } from './tm-segment-index-fill.js';

/**
 * The memory tables, shared by a project (its attached TMX files) and the user TM file (services/user-tm.ts),
 * which builds exactly these. `tm_unit_index` holds each unit's index terms (core/tm/tm-tokens.ts: folded
 * stems, space-joined) under the unit's id; `tm_terms` counts the units holding each term, so a lookup can
 * pick the rarest terms without reading long posting lists.
 */
export const TM_MEMORY_TABLES = `
  CREATE TABLE tm_memories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    file_name TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    unit_count INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE tm_units (
    id INTEGER PRIMARY KEY,
    memory_id INTEGER NOT NULL REFERENCES tm_memories(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    words INTEGER NOT NULL,
    changed_at INTEGER,
    author TEXT,
    note TEXT
  ) STRICT;
  CREATE INDEX tm_units_memory ON tm_units(memory_id);
  CREATE VIRTUAL TABLE tm_unit_index USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0');
  CREATE TABLE tm_terms (term TEXT PRIMARY KEY, units INTEGER NOT NULL) STRICT, WITHOUT ROWID;
`;

export function createTmMemoryTables(db: Database): void {
  db.exec(TM_MEMORY_TABLES);
}

// Translation memory (issue 15): attached TMX memories and their units, the index terms of the project's
// own segments (the live part of the memory: their English is read from `segments` at lookup time, never
// copied), and the origin and score of pre-translated segments.
export const migration005TranslationMemory: Migration = {
  version: 5,
  name: 'translation memory',
  up: (db) => {
    createTmMemoryTables(db);
    db.exec(`
      CREATE VIRTUAL TABLE tm_segment_index USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0');
      CREATE TABLE segment_matches (
        segment_id INTEGER PRIMARY KEY REFERENCES segments(id) ON DELETE CASCADE,
        origin TEXT NOT NULL,
        score INTEGER NOT NULL
      ) STRICT;
    `);
    fillTmSegmentIndex(db);
  },
};
