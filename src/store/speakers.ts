// SQL for the speaker registry: one row per person, organisation or source a project's
// annotations attribute text to, with its Arabic and English names.
import { toSpeakerId } from '../core/ids.js';
import type { Database } from 'better-sqlite3';
import type { Speaker, SpeakerFields, SpeakerSummary } from '../core/annotation/types.js';
import type { SpeakerId, SpeakerKind } from '../core/model.js';
import { prepare } from './statements.js';

export interface SpeakerRow {
  id: number;
  name_source: string;
  name_target: string;
  kind: SpeakerKind;
  role: string;
  organisation: string;
  note: string;
  created_at: number;
  updated_at: number;
}

export function toSpeaker(row: SpeakerRow): Speaker {
  return {
    id: toSpeakerId(row.id),
    nameSource: row.name_source,
    nameTarget: row.name_target,
    kind: row.kind,
    role: row.role,
    organisation: row.organisation,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewSpeaker extends SpeakerFields {
  at: number;
}

export function insertSpeaker(db: Database, s: NewSpeaker): SpeakerId {
  const info = prepare(db, `
    INSERT INTO speakers (name_source, name_target, kind, role, organisation, note, created_at, updated_at)
    VALUES (@nameSource, @nameTarget, @kind, @role, @organisation, @note, @at, @at)`).run({
    nameSource: s.nameSource, nameTarget: s.nameTarget, kind: s.kind, role: s.role, organisation: s.organisation, note: s.note, at: s.at,
  });
  return toSpeakerId(info.lastInsertRowid);
}

/** Writes the fields present in `patch`. */
export function updateSpeaker(db: Database, id: SpeakerId, patch: Partial<SpeakerFields>, at: number): void {
  const row = getSpeakerRow(db, id);
  if (!row) return;
  prepare(db, `
    UPDATE speakers SET name_source = @nameSource, name_target = @nameTarget, kind = @kind, role = @role,
      organisation = @organisation, note = @note, updated_at = @at
    WHERE id = @id`).run({
    id,
    nameSource: patch.nameSource ?? row.name_source,
    nameTarget: patch.nameTarget ?? row.name_target,
    kind: patch.kind ?? row.kind,
    role: patch.role ?? row.role,
    organisation: patch.organisation ?? row.organisation,
    note: patch.note ?? row.note,
    at,
  });
}

function getSpeakerRow(db: Database, id: SpeakerId): SpeakerRow | undefined {
  return prepare<[number], SpeakerRow>(db, 'SELECT * FROM speakers WHERE id = ?').get(id);
}

export function getSpeaker(db: Database, id: SpeakerId): Speaker | undefined {
  const row = getSpeakerRow(db, id);
  return row ? toSpeaker(row) : undefined;
}

/** The registry, by name, with how many annotations name each speaker. */
export function listSpeakers(db: Database): SpeakerSummary[] {
  return prepare<[], SpeakerRow & { annotation_count: number }>(db, `
    SELECT s.*, (SELECT count(*) FROM annotations a WHERE a.speaker_id = s.id) AS annotation_count
    FROM speakers s ORDER BY CASE WHEN s.name_target = '' THEN s.name_source ELSE s.name_target END COLLATE NOCASE, s.id`)
    .all()
    .map((r) => ({ ...toSpeaker(r), annotationCount: r.annotation_count }));
}

/** The registry entry with exactly these names (how imports match speakers), the oldest if several. */
/** A registry entry whose Arabic or English name is exactly `name`. */
export function findSpeakerNamed(db: Database, name: string): Speaker | undefined {
  const row = prepare<[string, string], SpeakerRow>(db, 'SELECT * FROM speakers WHERE name_source = ? OR name_target = ? ORDER BY id LIMIT 1').get(name, name);
  return row ? toSpeaker(row) : undefined;
}

export function findSpeakerByNames(db: Database, nameSource: string, nameTarget: string): Speaker | undefined {
  const row = prepare<[string, string], SpeakerRow>(db, 'SELECT * FROM speakers WHERE name_source = ? AND name_target = ? ORDER BY id LIMIT 1')
    .get(nameSource, nameTarget);
  return row ? toSpeaker(row) : undefined;
}

const TEXT_FIELDS = ['name_source', 'name_target', 'role', 'organisation', 'note'] as const;

/**
 * Folds `drop` into `keep`: annotations naming `drop` name `keep`, empty text fields of `keep` take
 * `drop`'s value, and `drop` is deleted. Returns how many annotations were re-pointed.
 */
export function mergeSpeakers(db: Database, keep: SpeakerId, drop: SpeakerId, at: number): number {
  const kept = getSpeakerRow(db, keep);
  const dropped = getSpeakerRow(db, drop);
  if (!kept || !dropped || keep === drop) return 0;
  const moved = prepare(db, 'UPDATE annotations SET speaker_id = ?, updated_at = ? WHERE speaker_id = ?').run(keep, at, drop).changes;
  const filled = Object.fromEntries(TEXT_FIELDS.map((f) => [f, kept[f] === '' ? dropped[f] : kept[f]])) as Pick<SpeakerRow, (typeof TEXT_FIELDS)[number]>;
  prepare(db, `
    UPDATE speakers SET name_source = @name_source, name_target = @name_target, role = @role, organisation = @organisation, note = @note,
      updated_at = @at
    WHERE id = @id`).run({ ...filled, at, id: keep });
  deleteSpeaker(db, drop);
  return moved;
}

/** Deletes a registry entry; annotations that named it keep their span with no speaker (ON DELETE SET NULL). */
export function deleteSpeaker(db: Database, id: SpeakerId): void {
  prepare(db, 'DELETE FROM speakers WHERE id = ?').run(id);
}

export interface LinkedEnglishRow {
  speakerId: SpeakerId;
  text: string;
}

/**
 * For each registry speaker with no English name, the English text of every English span linked by
 * translation to an Arabic span of one of `layers` that names them.
 */
export function listLinkedEnglishNames(db: Database, layers: readonly string[]): LinkedEnglishRow[] {
  const rows = prepare<[string], { speaker_id: number; target: string; start: number; end: number }>(db, `
    SELECT s.id AS speaker_id, seg.target AS target, en.start AS start, en."end" AS "end"
    FROM speakers s
    JOIN annotations ar ON ar.speaker_id = s.id AND ar.side = 'source' AND ar.layer IN (SELECT value FROM json_each(?))
    JOIN annotation_links l ON l.kind = 'translation' AND (l.from_id = ar.id OR l.to_id = ar.id)
    JOIN annotations en ON en.id = CASE WHEN l.from_id = ar.id THEN l.to_id ELSE l.from_id END AND en.side = 'target'
    JOIN segments seg ON seg.id = en.segment_id
    WHERE trim(s.name_target) = '' AND en.start IS NOT NULL AND en."end" IS NOT NULL
    ORDER BY s.id, seg.document_id, seg.position, en.start`).all(JSON.stringify(layers));
  return rows.map((r) => ({ speakerId: toSpeakerId(r.speaker_id), text: r.target.slice(r.start, r.end) }));
}
