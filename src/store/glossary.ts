// SQL for the termbase: entries with their Arabic (source) and English (target) terms.
import type { Database } from 'better-sqlite3';
import type { GlossaryEntry, GlossaryEntryFields, GlossaryTerm, TermStatus } from '../core/glossary/types.js';
import { toGlossaryEntryId, toSpeakerId, type GlossaryEntryId, type SpeakerId } from '../core/ids.js';
import { prepare } from './statements.js';

interface EntryRow {
  id: number;
  part_of_speech: string;
  domain: string;
  note: string;
  origin: string;
  author: string;
  created_at: number;
  updated_at: number;
}

interface TermRow {
  entry_id: number;
  side: 'source' | 'target';
  text: string;
  status: TermStatus;
}

function toEntry(row: EntryRow, terms: readonly TermRow[]): GlossaryEntry {
  const side = (s: TermRow['side']): GlossaryTerm[] => terms.filter((t) => t.side === s).map((t) => ({ text: t.text, status: t.status }));
  return {
    id: toGlossaryEntryId(row.id),
    sources: side('source'),
    targets: side('target'),
    partOfSpeech: row.part_of_speech,
    domain: row.domain,
    note: row.note,
    origin: row.origin,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every entry in the order they were added, terms in their order. Two queries, not one per entry. */
export function listGlossaryEntries(db: Database): GlossaryEntry[] {
  const rows = prepare<[], EntryRow>(db, 'SELECT * FROM glossary_entries ORDER BY id').all();
  const terms = new Map<number, TermRow[]>();
  for (const t of prepare<[], TermRow>(db, 'SELECT entry_id, side, text, status FROM glossary_terms ORDER BY entry_id, side, position').iterate()) {
    const list = terms.get(t.entry_id);
    if (list) list.push(t);
    else terms.set(t.entry_id, [t]);
  }
  return rows.map((row) => toEntry(row, terms.get(row.id) ?? []));
}

export function getGlossaryEntry(db: Database, id: GlossaryEntryId): GlossaryEntry | undefined {
  const row = prepare<[number], EntryRow>(db, 'SELECT * FROM glossary_entries WHERE id = ?').get(id);
  if (!row) return undefined;
  return toEntry(row, prepare<[number], TermRow>(db, 'SELECT entry_id, side, text, status FROM glossary_terms WHERE entry_id = ? ORDER BY side, position').all(id));
}

function writeTerms(db: Database, id: GlossaryEntryId, fields: GlossaryEntryFields): void {
  prepare(db, 'DELETE FROM glossary_terms WHERE entry_id = ?').run(id);
  const insert = prepare(db, 'INSERT INTO glossary_terms (entry_id, side, position, text, status) VALUES (?, ?, ?, ?, ?)');
  fields.sources.forEach((t, i) => insert.run(id, 'source', i, t.text, t.status));
  fields.targets.forEach((t, i) => insert.run(id, 'target', i, t.text, t.status));
}

export function insertGlossaryEntry(db: Database, fields: GlossaryEntryFields, author: string, at: number): GlossaryEntryId {
  const info = prepare(db, `
    INSERT INTO glossary_entries (part_of_speech, domain, note, origin, author, created_at, updated_at)
    VALUES (@partOfSpeech, @domain, @note, @origin, @author, @at, @at)`).run({
    partOfSpeech: fields.partOfSpeech, domain: fields.domain, note: fields.note, origin: fields.origin, author, at,
  });
  const id = toGlossaryEntryId(info.lastInsertRowid);
  writeTerms(db, id, fields);
  return id;
}

/** Replaces an entry's fields and terms (the caller has merged a patch). */
export function updateGlossaryEntry(db: Database, id: GlossaryEntryId, fields: GlossaryEntryFields, at: number): void {
  prepare(db, `
    UPDATE glossary_entries SET part_of_speech = @partOfSpeech, domain = @domain, note = @note, origin = @origin, updated_at = @at
    WHERE id = @id`).run({ id, partOfSpeech: fields.partOfSpeech, domain: fields.domain, note: fields.note, origin: fields.origin, at });
  writeTerms(db, id, fields);
}

export function deleteGlossaryEntry(db: Database, id: GlossaryEntryId): boolean {
  return prepare(db, 'DELETE FROM glossary_entries WHERE id = ?').run(id).changes > 0;
}

/**
 * Changes whenever the glossary or the registry's names may have: counts and latest edit times, so a
 * recogniser compiled for one state is rebuilt when another Mizan (the CLI, a second window) edits.
 */
export function glossaryStamp(db: Database): string {
  return prepare<[], { stamp: string }>(db, `
    SELECT (SELECT count(*) || ':' || coalesce(max(updated_at), 0) || ':' || coalesce(max(id), 0) FROM glossary_entries)
      || '/' || (SELECT count(*) || ':' || coalesce(max(updated_at), 0) || ':' || coalesce(max(id), 0) FROM speakers) AS stamp`).get()!.stamp;
}

export interface SpeakerTermRow {
  id: SpeakerId;
  nameSource: string;
  nameTarget: string;
  role: string;
}

/** Registry speakers with an Arabic name: the recogniser treats them as terms (read, never copied). */
export function listSpeakerTerms(db: Database): SpeakerTermRow[] {
  return prepare<[], { id: number; name_source: string; name_target: string; role: string }>(db,
    "SELECT id, name_source, name_target, role FROM speakers WHERE trim(name_source) <> '' ORDER BY id").all()
    .map((r) => ({ id: toSpeakerId(r.id), nameSource: r.name_source, nameTarget: r.name_target, role: r.role }));
}
