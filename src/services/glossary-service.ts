// The termbase: list, add, edit, remove entries; import and export TBX/TSV/CSV; recognise terms in
// segments. Recognition uses a glossary compiled once per state of the glossary and the registry
// (their stamp), so recognising a row costs a few map lookups per word, not a pass over every term.
// Glossary edits are not in the undo history, like the registry's (the history holds edits of a
// document's rows); removing an entry asks first in the page, and a mistaken add is one Remove away.
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import { GLOSSARY_FORMATS, glossaryFormat, parseGlossary, type GlossaryFormat } from '../core/glossary/formats/index.js';
import { compileGlossary, recogniseTerms, termKey, type CompiledGlossary } from '../core/glossary/recognise.js';
import { TERM_STATUSES, usableTargets, type GlossaryEntry, type GlossaryEntryFields, type GlossaryImportResult, type GlossaryTerm, type TermConcept, type TermHit, type TermMatch } from '../core/glossary/types.js';
import type { DocumentId, GlossaryEntryId, SegmentId } from '../core/ids.js';
import { getDocument, listDocuments } from '../store/documents.js';
import { countSegments, listSegments } from '../store/segments.js';
import type { QaTerm } from '../core/qa/types.js';
import { decodeText } from '../core/text/decode/index.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import {
  deleteGlossaryEntry, getGlossaryEntry, glossaryStamp, insertGlossaryEntry, listGlossaryEntries, listSpeakerTerms, updateGlossaryEntry as updateEntryRow,
} from '../store/glossary.js';
import { writeTransaction } from '../store/write-transaction.js';
import type { ServiceContext } from './context.js';
import { checkExportDestination } from './export-destination.js';
import { requireSegment } from './segment-service.js';
import { readUserFile } from './user-file.js';

/** A termbase file larger than this is not a glossary (IATE's whole Arabic–English export is ~30 MB). */
export const MAX_GLOSSARY_FILE_BYTES = 100 * 1024 * 1024;

export type GlossaryEntryInput = Omit<GlossaryEntryFields, 'origin'> & { origin?: string };

export function listGlossary(db: Database): GlossaryEntry[] {
  return listGlossaryEntries(db);
}

export function requireGlossaryEntry(db: Database, id: GlossaryEntryId): GlossaryEntry {
  const entry = getGlossaryEntry(db, id);
  if (!entry) throw new MizanError('not-found', `glossary entry ${id} does not exist (was it removed?)`);
  return entry;
}

/** Trimmed NFC terms, blanks and repeats dropped; a side with terms has a preferred one unless all are forbidden. */
function cleanTerms(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const out: GlossaryTerm[] = [];
  for (const term of terms) {
    if (!(TERM_STATUSES as readonly string[]).includes(term.status)) throw new MizanError('bad-input', `"${term.status}" is not a term status (${TERM_STATUSES.join(', ')})`);
    const text = term.text.normalize('NFC').replace(/\s+/gu, ' ').trim();
    if (text !== '' && !out.some((t) => t.text === text)) out.push({ text, status: term.status });
  }
  if (out.length > 0 && !out.some((t) => t.status === 'preferred')) {
    const first = out.findIndex((t) => t.status === 'admitted');
    if (first >= 0) out[first] = { ...out[first]!, status: 'preferred' };
  }
  return out;
}

function cleanEntry(input: GlossaryEntryInput, origin: string): GlossaryEntryFields {
  const fields: GlossaryEntryFields = {
    sources: cleanTerms(input.sources),
    targets: cleanTerms(input.targets),
    partOfSpeech: input.partOfSpeech.normalize('NFC').trim(),
    domain: input.domain.normalize('NFC').trim(),
    note: input.note.normalize('NFC').trim(),
    origin: (input.origin ?? origin).normalize('NFC').trim(),
  };
  if (fields.sources.length === 0) throw new MizanError('bad-input', 'a glossary entry needs an Arabic term: type or select the Arabic words');
  return fields;
}

/** Same Arabic and the same English: adding it again would only duplicate the panel's lines. */
function duplicateKey(fields: Pick<GlossaryEntryFields, 'sources' | 'targets'>): string {
  const sources = fields.sources.map((t) => termKey(t.text)).sort().join('|');
  const targets = fields.targets.map((t) => `${t.status}:${t.text.toLowerCase()}`).sort().join('|');
  return `${sources}=>${targets}`;
}

export function addGlossaryEntry(db: Database, ctx: ServiceContext, input: GlossaryEntryInput): GlossaryEntry {
  const fields = cleanEntry(input, 'added in Mizan');
  return writeTransaction(db, () => {
    const key = duplicateKey(fields);
    if (listGlossaryEntries(db).some((e) => duplicateKey(e) === key)) {
      throw new MizanError('bad-input', `the glossary already has ${fields.sources[0]!.text} with the same English; edit that entry instead`);
    }
    const id = insertGlossaryEntry(db, fields, ctx.user(), ctx.now());
    forget(db);
    return requireGlossaryEntry(db, id);
  });
}

export function updateGlossaryEntry(db: Database, ctx: ServiceContext, id: GlossaryEntryId, patch: Partial<GlossaryEntryInput>): GlossaryEntry {
  return writeTransaction(db, () => {
    const entry = requireGlossaryEntry(db, id);
    const fields = cleanEntry({ ...entry, ...patch }, entry.origin);
    updateEntryRow(db, id, fields, ctx.now());
    forget(db);
    return requireGlossaryEntry(db, id);
  });
}

export function removeGlossaryEntry(db: Database, id: GlossaryEntryId): { removed: true } {
  return writeTransaction(db, () => {
    if (!deleteGlossaryEntry(db, id)) throw new MizanError('not-found', `glossary entry ${id} does not exist (was it removed already?)`);
    forget(db);
    return { removed: true as const };
  });
}

/** Imports a TBX, tab-separated or CSV glossary (by content) in one transaction: all entries or none (the app runs it as a job). */
export function importGlossary(db: Database, ctx: ServiceContext, path: string): GlossaryImportResult {
  const name = basename(path);
  const { text } = decodeText(readUserFile(path, MAX_GLOSSARY_FILE_BYTES, 'glossary file'), { name });
  const parsed = parseGlossary(name, text);
  if (parsed.entries.length === 0) throw new MizanError('bad-input', `${name} has no entry with an Arabic term, so there is nothing to import`);
  return writeTransaction(db, () => {
    const known = new Set(listGlossaryEntries(db).map(duplicateKey));
    const at = ctx.now();
    const author = ctx.user();
    let added = 0;
    let skipped = 0;
    for (const entry of parsed.entries) {
      const fields = cleanEntry(entry, name);
      const key = duplicateKey(fields);
      if (known.has(key)) {
        skipped++;
        continue;
      }
      known.add(key);
      insertGlossaryEntry(db, fields, author, at);
      added++;
    }
    forget(db);
    return { format: parsed.format, added, skipped, warnings: parsed.warnings };
  });
}

export interface GlossaryExportRequest {
  format: GlossaryFormat;
  outPath: string;
  /** The open project's file (null in memory): an export never overwrites it or its companions. */
  projectPath: string | null;
  now: number;
  tool: string;
}

export function exportGlossary(db: Database, request: GlossaryExportRequest): { path: string; format: GlossaryFormat; entries: number; bytes: number } {
  if (!(GLOSSARY_FORMATS as readonly string[]).includes(request.format)) throw new MizanError('bad-input', `glossaries export as ${GLOSSARY_FORMATS.join(', ')}`);
  const path = checkExportDestination(request.outPath, request.projectPath);
  const entries = listGlossaryEntries(db);
  const data = Buffer.from(glossaryFormat(request.format).write(entries, { tool: request.tool, now: request.now }), 'utf8');
  writeFileAtomic(path, data);
  return { path, format: request.format, entries: entries.length, bytes: data.length };
}

/** The glossary's entries and the registry's speakers as concepts for the recogniser, entries first. */
export function glossaryConcepts(db: Database): TermConcept[] {
  const entries: TermConcept[] = listGlossaryEntries(db).map((e) => ({
    key: `entry:${e.id}`, entryId: e.id, speakerId: null, sources: e.sources.filter((t) => t.status !== 'forbidden'), targets: e.targets, note: e.note,
  }));
  const speakers: TermConcept[] = listSpeakerTerms(db).map((s) => ({
    key: `speaker:${s.id}`,
    entryId: null,
    speakerId: s.id,
    sources: [{ text: s.nameSource, status: 'preferred' }],
    targets: s.nameTarget.trim() === '' ? [] : [{ text: s.nameTarget, status: 'preferred' }],
    note: s.role,
  }));
  return [...entries, ...speakers];
}

const compiled = new WeakMap<Database, { stamp: string; glossary: CompiledGlossary }>();

function forget(db: Database): void {
  compiled.delete(db);
}

/** The compiled glossary for the project's current glossary and registry (rebuilt only when they changed). */
export function compiledGlossaryOf(db: Database): CompiledGlossary {
  const stamp = glossaryStamp(db);
  const cached = compiled.get(db);
  if (cached && cached.stamp === stamp) return cached.glossary;
  const glossary = compileGlossary(glossaryConcepts(db));
  compiled.set(db, { stamp, glossary });
  return glossary;
}

export function toTermHit(match: TermMatch): TermHit {
  const { concept } = match;
  return {
    start: match.start, end: match.end, text: match.text, term: match.term, kind: match.kind,
    targets: usableTargets(concept),
    forbidden: concept.targets.filter((t) => t.status === 'forbidden').map((t) => t.text),
    note: concept.note, entryId: concept.entryId, speakerId: concept.speakerId,
  };
}

/** The terms of one source text (the CLI and evaluation call this over many). */
export function recogniseText(db: Database, source: string): TermHit[] {
  return recogniseTerms(source, compiledGlossaryOf(db)).map(toTermHit);
}

/** Terms in the given segments' sources, for the rows the page shows. */
export function recogniseSegments(db: Database, segmentIds: readonly SegmentId[]): { segmentId: SegmentId; terms: TermHit[] }[] {
  const glossary = compiledGlossaryOf(db);
  return segmentIds.map((segmentId) => ({ segmentId, terms: recogniseTerms(requireSegment(db, segmentId).source, glossary).map(toTermHit) }));
}

/** English words of the glossary and the registry's English names: the spelling word list learns them. */
export function glossaryWords(db: Database): string[] {
  const words = new Set<string>();
  for (const concept of glossaryConcepts(db)) {
    for (const target of concept.targets) {
      if (target.status === 'forbidden') continue;
      for (const word of target.text.match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu) ?? []) words.add(word);
    }
  }
  return [...words].sort();
}

/** The glossary as QA's term checks read it (`QaContext.terms`): entries only, registry names have their own checks. */
export function qaTerms(db: Database): QaTerm[] {
  return listGlossaryEntries(db).map((e) => ({
    sources: e.sources.filter((t) => t.status !== 'forbidden').map((t) => t.text),
    targets: usableTargets(e),
    forbidden: e.targets.filter((t) => t.status === 'forbidden').map((t) => t.text),
  }));
}

export interface SegmentTerms {
  documentId: DocumentId;
  /** 0-based position in the document. */
  position: number;
  segmentId: SegmentId;
  terms: TermHit[];
}

/** Terms in every segment of one document (or all), in document and position order, read in pages. */
export function* recogniseDocuments(db: Database, documentId: DocumentId | null): Generator<SegmentTerms> {
  const documents = documentId === null ? listDocuments(db).map((d) => d.id) : [requireDocument(db, documentId).id];
  const glossary = compiledGlossaryOf(db);
  const PAGE = 1000;
  for (const id of documents) {
    const total = countSegments(db, id);
    for (let offset = 0; offset < total; offset += PAGE) {
      for (const segment of listSegments(db, id, offset, PAGE)) {
        yield { documentId: id, position: segment.position, segmentId: segment.id, terms: recogniseTerms(segment.source, glossary).map(toTermHit) };
      }
    }
  }
}

function requireDocument(db: Database, id: DocumentId): { id: DocumentId } {
  const document = getDocument(db, id);
  if (!document) throw new MizanError('not-found', `document ${id} does not exist; mizan stats lists the project's documents`);
  return document;
}

/**
 * Arabic → preferred English for every usable Arabic term of the glossary and every registry name: what
 * the TM's auto-adaptation replaces when a match differs from the source only in a known name.
 */
export function glossaryNamePairs(db: Database): { source: string; target: string }[] {
  const pairs: { source: string; target: string }[] = [];
  for (const concept of glossaryConcepts(db)) {
    const target = usableTargets(concept)[0];
    if (target === undefined) continue;
    for (const source of concept.sources) pairs.push({ source: source.text, target });
  }
  return pairs;
}
