import type { Migration } from './migration.js';

// Schema v1: every table later features need, so they add behaviour rather than rewrite storage.
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial schema',
  up: (db) => {
    db.exec(`
      CREATE TABLE project_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source_name TEXT,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE segments (
        id               INTEGER PRIMARY KEY,
        document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        paragraph        INTEGER NOT NULL DEFAULT 0,
        source           TEXT NOT NULL,
        target           TEXT NOT NULL DEFAULT '',
        status           TEXT NOT NULL DEFAULT 'new'
                         CHECK (status IN ('new','draft','translated','reviewed','approved','rejected')),
        align_confirmed  INTEGER NOT NULL DEFAULT 0 CHECK (align_confirmed IN (0,1)),
        align_score      REAL,
        do_not_translate INTEGER NOT NULL DEFAULT 0 CHECK (do_not_translate IN (0,1)),
        updated_at       INTEGER NOT NULL,
        updated_by       TEXT
      ) STRICT;
      -- Not UNIQUE: merges and splits renumber positions inside one transaction.
      CREATE INDEX segments_by_document ON segments(document_id, position);
      CREATE INDEX segments_by_status ON segments(document_id, status);

      CREATE TABLE speakers (
        id           INTEGER PRIMARY KEY,
        name_source  TEXT NOT NULL DEFAULT '',
        name_target  TEXT NOT NULL DEFAULT '',
        kind         TEXT NOT NULL DEFAULT 'person'
                     CHECK (kind IN ('person','organisation','government-body','media','unnamed-source')),
        role         TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        note         TEXT NOT NULL DEFAULT '',
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE annotation_layers (
        name        TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        definition  TEXT NOT NULL   -- JSON: label set, attributes, colours
      ) STRICT;

      CREATE TABLE annotations (
        id          INTEGER PRIMARY KEY,
        segment_id  INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        layer       TEXT NOT NULL,
        side        TEXT NOT NULL CHECK (side IN ('source','target','segment')),
        start       INTEGER,          -- UTF-16 code units into the stored text, end exclusive
        "end"       INTEGER,
        speaker_id  INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
        label       TEXT,
        attrs_json  TEXT NOT NULL DEFAULT '{}',
        flagged     INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0,1)),
        author      TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        CHECK ((side = 'segment' AND start IS NULL AND "end" IS NULL)
            OR (side <> 'segment' AND start IS NOT NULL AND "end" IS NOT NULL AND start <= "end"))
      ) STRICT;
      CREATE INDEX annotations_by_segment ON annotations(segment_id);
      CREATE INDEX annotations_by_speaker ON annotations(speaker_id);

      CREATE TABLE annotation_links (
        from_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        to_id   INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        kind    TEXT NOT NULL DEFAULT 'translation',
        PRIMARY KEY (from_id, to_id, kind)
      ) STRICT;

      CREATE TABLE comments (
        id            INTEGER PRIMARY KEY,
        segment_id    INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        annotation_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
        parent_id     INTEGER REFERENCES comments(id) ON DELETE CASCADE,
        author        TEXT NOT NULL,
        body          TEXT NOT NULL,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        resolved_at   INTEGER,
        resolved_by   TEXT
      ) STRICT;
      CREATE INDEX comments_by_segment ON comments(segment_id);

      CREATE TABLE revisions (
        id          INTEGER PRIMARY KEY,
        segment_id  INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        field       TEXT NOT NULL CHECK (field IN ('source','target','status')),
        before      TEXT NOT NULL,
        after       TEXT NOT NULL,
        author      TEXT NOT NULL,
        at          INTEGER NOT NULL,
        session     TEXT        -- edits of one editing session coalesce into one revision
      ) STRICT;
      CREATE INDEX revisions_by_segment ON revisions(segment_id, at);
    `);
  },
};
