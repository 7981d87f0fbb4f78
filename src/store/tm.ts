// The translation memory's SQL: attached memories and their units (in a project, or in the user TM file,
// which has the same tables), the candidate lookups over the FTS5 term indexes, and the pre-translation
// origin kept per segment. Lookups never scan: they read the posting lists of a few rare terms.
import type { Database } from 'better-sqlite3';
import { toDocumentId, toSegmentId, toTmMemoryId, type SegmentId, type TmMemoryId } from '../core/ids.js';
import type { SegmentStatus } from '../core/model.js';
import { indexTerms } from '../core/tm/tm-tokens.js';
import type { TmMemoryInfo } from '../core/tm/types.js';
import { prepare } from './statements.js';

export interface NewTmUnit {
  source: string;
  target: string;
  changedAt: number | null;
  author: string | null;
  note: string | null;
}

interface MemoryRow {
  id: number;
  name: string;
  file_name: string;
  source_lang: string;
  target_lang: string;
  imported_at: number;
  unit_count: number;
}

const toMemory = (r: MemoryRow): TmMemoryInfo => ({
  id: toTmMemoryId(r.id), name: r.name, fileName: r.file_name, sourceLang: r.source_lang, targetLang: r.target_lang,
  importedAt: r.imported_at, unitCount: r.unit_count,
});

export function listMemories(db: Database): TmMemoryInfo[] {
  return prepare<[], MemoryRow>(db, 'SELECT * FROM tm_memories ORDER BY id').all().map(toMemory);
}

export function getMemory(db: Database, id: TmMemoryId): TmMemoryInfo | undefined {
  const row = prepare<[number], MemoryRow>(db, 'SELECT * FROM tm_memories WHERE id = ?').get(id);
  return row ? toMemory(row) : undefined;
}

export function insertMemory(db: Database, m: Omit<TmMemoryInfo, 'id' | 'unitCount'>): TmMemoryId {
  const info = prepare(db, `INSERT INTO tm_memories (name, file_name, source_lang, target_lang, imported_at, unit_count)
    VALUES (@name, @fileName, @sourceLang, @targetLang, @importedAt, 0)`).run(m);
  return toTmMemoryId(info.lastInsertRowid);
}

function bumpTerms(db: Database, counts: Map<string, number>, sign: 1 | -1): void {
  const upsert = prepare(db, `INSERT INTO tm_terms (term, units) VALUES (?, ?)
    ON CONFLICT(term) DO UPDATE SET units = max(0, units + excluded.units)`);
  for (const [term, n] of counts) upsert.run(term, sign * n);
  if (sign < 0) prepare(db, 'DELETE FROM tm_terms WHERE units <= 0').run();
}

function countTerms(counts: Map<string, number>, terms: readonly string[]): void {
  for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
}

/** Adds units to a memory and indexes them; the caller's transaction makes it all or nothing. */
export function insertUnits(db: Database, memoryId: TmMemoryId, units: Iterable<NewTmUnit>): number {
  const insert = prepare(db, `INSERT INTO tm_units (memory_id, source, target, words, changed_at, author, note)
    VALUES (@memoryId, @source, @target, @words, @changedAt, @author, @note)`);
  const index = prepare(db, 'INSERT INTO tm_unit_index (rowid, terms) VALUES (?, ?)');
  const counts = new Map<string, number>();
  let added = 0;
  for (const u of units) {
    const terms = indexTerms(u.source);
    const id = insert.run({ ...u, memoryId, words: terms.length }).lastInsertRowid;
    index.run(id, terms.join(' '));
    countTerms(counts, terms);
    added++;
  }
  bumpTerms(db, counts, 1);
  prepare(db, 'UPDATE tm_memories SET unit_count = (SELECT count(*) FROM tm_units WHERE memory_id = ?) WHERE id = ?').run(memoryId, memoryId);
  return added;
}

/** Removes a memory, its units and their index rows. */
export function deleteMemory(db: Database, id: TmMemoryId): void {
  const counts = new Map<string, number>();
  const rows = prepare<[number], { id: number; terms: string }>(db,
    'SELECT u.id, i.terms FROM tm_units u JOIN tm_unit_index i ON i.rowid = u.id WHERE u.memory_id = ?').all(id);
  const remove = prepare(db, 'DELETE FROM tm_unit_index WHERE rowid = ?');
  for (const row of rows) {
    countTerms(counts, row.terms === '' ? [] : row.terms.split(' '));
    remove.run(row.id);
  }
  bumpTerms(db, counts, -1);
  prepare(db, 'DELETE FROM tm_units WHERE memory_id = ?').run(id);
  prepare(db, 'DELETE FROM tm_memories WHERE id = ?').run(id);
}

/** How many units hold `term` (0 when none). */
export function termUnits(db: Database, term: string): number {
  return prepare<[string], { units: number }>(db, 'SELECT units FROM tm_terms WHERE term = ?').get(term)?.units ?? 0;
}

/** FTS5 query text for one term (quoted, so no term is read as an operator). */
function phrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** Ids of the units holding `term` (its posting list; only the index is read), at most `limit`. */
export function unitPostings(db: Database, term: string, limit: number): number[] {
  // pluck: a posting list can be 100,000 ids long; one object per id is most of the cost of reading it.
  return prepare<[string, number], number>(db, 'SELECT rowid FROM tm_unit_index WHERE tm_unit_index MATCH ? LIMIT ?').pluck().all(phrase(term), limit);
}

/** Ids of the segments whose source holds `term`, at most `limit`. */
export function segmentPostings(db: Database, term: string, limit: number): number[] {
  return prepare<[string, number], number>(db, 'SELECT rowid FROM tm_segment_index WHERE tm_segment_index MATCH ? LIMIT ?').pluck().all(phrase(term), limit);
}

const TERMS_BY_IDS = {
  units: 'SELECT rowid AS id, terms FROM tm_unit_index WHERE rowid IN (SELECT value FROM json_each(?))',
  segments: 'SELECT rowid AS id, terms FROM tm_segment_index WHERE rowid IN (SELECT value FROM json_each(?))',
} as const;

function termsByIds(db: Database, index: keyof typeof TERMS_BY_IDS, ids: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  if (ids.length === 0) return out;
  for (const r of prepare<[string], { id: number; terms: string }>(db, TERMS_BY_IDS[index]).all(JSON.stringify(ids))) out.set(r.id, r.terms);
  return out;
}

/**
 * The index terms (space-joined) of the units asked for that still exist, in one statement: a lookup bounds
 * its candidates by their terms in batches, so it never reads a unit's row one at a time just to drop it.
 */
export function unitTermsByIds(db: Database, ids: readonly number[]): Map<number, string> {
  return termsByIds(db, 'units', ids);
}

/** The same for project segments (their index terms, space-joined). */
export function segmentTermsByIds(db: Database, ids: readonly number[]): Map<number, string> {
  return termsByIds(db, 'segments', ids);
}

export interface TmUnitRow {
  id: number;
  memoryId: TmMemoryId;
  memoryName: string;
  source: string;
  target: string;
  changedAt: number | null;
  author: string | null;
  note: string | null;
}

/** A unit as a lookup scores and shows it. */
export function unitById(db: Database, id: number): TmUnitRow | undefined {
  const r = prepare<[number], { id: number; memory_id: number; name: string; source: string; target: string; changed_at: number | null; author: string | null; note: string | null }>(db, `
    SELECT u.id, u.memory_id, m.name, u.source, u.target, u.changed_at, u.author, u.note
    FROM tm_units u JOIN tm_memories m ON m.id = u.memory_id WHERE u.id = ?`).get(id);
  return r && { id: r.id, memoryId: toTmMemoryId(r.memory_id), memoryName: r.name, source: r.source, target: r.target, changedAt: r.changed_at, author: r.author, note: r.note };
}

export interface SegmentMatchRow {
  id: SegmentId;
  documentId: ReturnType<typeof toDocumentId>;
  documentTitle: string;
  position: number;
  source: string;
  target: string;
  status: SegmentStatus;
  updatedAt: number;
  updatedBy: string | null;
  prevSource: string | null;
  nextSource: string | null;
}

/** The project segments a lookup found, with their neighbours' sources (for context matches). */
export function segmentsByIds(db: Database, ids: readonly number[]): SegmentMatchRow[] {
  if (ids.length === 0) return [];
  return prepare<[string], { id: number; document_id: number; title: string; position: number; source: string; target: string; status: SegmentStatus; updated_at: number; updated_by: string | null; prev: string | null; next: string | null }>(db, `
    SELECT s.id, s.document_id, d.title, s.position, s.source, s.target, s.status, s.updated_at, s.updated_by,
      (SELECT p.source FROM segments p WHERE p.document_id = s.document_id AND p.position = s.position - 1) AS prev,
      (SELECT n.source FROM segments n WHERE n.document_id = s.document_id AND n.position = s.position + 1) AS next
    FROM segments s JOIN documents d ON d.id = s.document_id WHERE s.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids))
    .map((r) => ({
      id: toSegmentId(r.id), documentId: toDocumentId(r.document_id), documentTitle: r.title, position: r.position, source: r.source, target: r.target,
      status: r.status, updatedAt: r.updated_at, updatedBy: r.updated_by, prevSource: r.prev, nextSource: r.next,
    }));
}

/** Every unit of a memory (or of all memories), streamed in id order, for TMX export. */
export function* iterateUnits(db: Database, memoryId: TmMemoryId | null): Generator<TmUnitRow> {
  const rows = memoryId === null
    ? prepare<[], { id: number; memory_id: number; name: string; source: string; target: string; changed_at: number | null; author: string | null; note: string | null }>(db,
      'SELECT u.id, u.memory_id, m.name, u.source, u.target, u.changed_at, u.author, u.note FROM tm_units u JOIN tm_memories m ON m.id = u.memory_id ORDER BY u.id').iterate()
    : prepare<[number], { id: number; memory_id: number; name: string; source: string; target: string; changed_at: number | null; author: string | null; note: string | null }>(db,
      'SELECT u.id, u.memory_id, m.name, u.source, u.target, u.changed_at, u.author, u.note FROM tm_units u JOIN tm_memories m ON m.id = u.memory_id WHERE u.memory_id = ? ORDER BY u.id').iterate(memoryId);
  for (const r of rows) yield { id: r.id, memoryId: toTmMemoryId(r.memory_id), memoryName: r.name, source: r.source, target: r.target, changedAt: r.changed_at, author: r.author, note: r.note };
}

/** The pre-translation origin and score of a segment (cleared when the user writes its English). */
export function setSegmentMatch(db: Database, id: SegmentId, origin: string, score: number): void {
  prepare(db, `INSERT INTO segment_matches (segment_id, origin, score) VALUES (?, ?, ?)
    ON CONFLICT(segment_id) DO UPDATE SET origin = excluded.origin, score = excluded.score`).run(id, origin, score);
}

export function clearSegmentMatch(db: Database, id: SegmentId): void {
  prepare(db, 'DELETE FROM segment_matches WHERE segment_id = ?').run(id);
}

export function segmentMatches(db: Database, ids: readonly SegmentId[]): Map<SegmentId, { origin: string; score: number }> {
  const out = new Map<SegmentId, { origin: string; score: number }>();
  if (ids.length === 0) return out;
  for (const r of prepare<[string], { segment_id: number; origin: string; score: number }>(db,
    'SELECT segment_id, origin, score FROM segment_matches WHERE segment_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids))) {
    out.set(toSegmentId(r.segment_id), { origin: r.origin, score: r.score });
  }
  return out;
}

/** The project's segments with English (not "don't translate"), streamed, for TMX export of the project TM. */
export function* iterateTranslatedSegments(db: Database): Generator<{ source: string; target: string; updatedAt: number; updatedBy: string | null; title: string }> {
  yield* prepare<[], { source: string; target: string; updatedAt: number; updatedBy: string | null; title: string }>(db, `
    SELECT s.source, s.target, s.updated_at AS updatedAt, s.updated_by AS updatedBy, d.title
    FROM segments s JOIN documents d ON d.id = s.document_id
    WHERE trim(s.target) <> '' AND trim(s.source) <> '' AND s.do_not_translate = 0 ORDER BY d.id, s.position`).iterate();
}

/**
 * Up to `limit` units of every memory after unit `afterId`, in id order, with their memory's name: the
 * concordance reads a TM in such keyset slices, so no statement stays open while it pauses.
 */
export function readUnitSlice(db: Database, afterId: number, limit: number): { id: number; memoryName: string; source: string; target: string }[] {
  return prepare<[number, number], { id: number; name: string; source: string; target: string }>(db,
    'SELECT u.id, m.name, u.source, u.target FROM tm_units u JOIN tm_memories m ON m.id = u.memory_id WHERE u.id > ? ORDER BY u.id LIMIT ?')
    .all(afterId, limit)
    .map((r) => ({ id: r.id, memoryName: r.name, source: r.source, target: r.target }));
}
