import type { Database } from 'better-sqlite3';
import { basename } from 'node:path';
import { MizanError } from '../core/errors.js';
import { importerForFile, parseImport, previewDelimited, type ColumnMapping, type Importer, type ParsedImport } from '../core/formats/import/index.js';
import type { ImportedFile } from '../core/formats/types.js';
import type { BilingualPreview } from '../api/contract.js';
import type { DocumentInfo } from '../core/model.js';
import { decodeText } from '../core/text/decode/index.js';
import { insertComment } from '../store/comments.js';
import { getDocument, insertDocument } from '../store/documents.js';
import { insertSegment } from '../store/segments.js';
import { findSpeakerNamed, insertSpeaker } from '../store/speakers.js';
import type { ServiceContext } from './context.js';
import type { ImportedJsonl } from '../core/formats/import/jsonl.js';
import { importJsonl } from './import-jsonl.js';
import { readTextFileBytes } from './text-file.js';
import { writeTransaction } from '../store/write-transaction.js';

/**
 * Which importer of the registry (core/formats/importers.ts) reads the file: by its extension, or
 * its content when that is surely a bilingual format; undefined for plain text.
 */
export function importerForPath(path: string): Importer | undefined {
  return importerForFile(readTextFileBytes(path), basename(path));
}

/** Reads any file an importer of the registry takes; malformed files are refused whole with the line and reason. */
export function readImportFile(path: string, mapping?: ColumnMapping): ParsedImport {
  return parseImport(readTextFileBytes(path), basename(path), mapping ? { mapping } : {});
}

export interface BilingualImport {
  document: DocumentInfo;
  units: number;
  warnings: string[];
}

const SAMPLE_UNITS = 8;

/** What the import dialog shows for a bilingual file: counts, languages, the first pairs, warnings. */
export function previewBilingualFile(path: string, mapping?: ColumnMapping): BilingualPreview {
  const bytes = readTextFileBytes(path);
  const name = basename(path);
  const importer = importerForFile(bytes, name);
  const delimited = importer?.kind === 'pairs' && importer.columns ? previewDelimited(decodeText(bytes, { name }).text, name) : null;
  const used = mapping ?? delimited?.suggested;
  const parsed = parseImport(bytes, name, used ? { mapping: used } : {});
  if (parsed.kind === 'document') return previewJsonl(parsed.file);
  const file = parsed.file;
  return {
    format: file.format,
    sourceLang: file.sourceLang,
    targetLang: file.targetLang,
    units: file.units.length,
    sample: file.units.slice(0, SAMPLE_UNITS).map((u) => ({ source: u.source, target: u.target })),
    warnings: file.warnings,
    delimited: delimited ? { delimiter: delimited.delimiter, rows: delimited.rows, mapping: mapping ?? delimited.suggested } : null,
  };
}

/** Mizan's own JSONL: both texts, and annotations, speakers, links and comments with them. */
function previewJsonl(file: ImportedJsonl): BilingualPreview {
  const annotations = file.segments.reduce((n, s) => n + s.annotations.length, 0);
  const comments = file.segments.reduce((n, s) => n + s.comments.length, 0);
  return {
    format: 'jsonl',
    sourceLang: file.document.sourceLang,
    targetLang: file.document.targetLang,
    units: file.segments.length,
    sample: file.segments.slice(0, SAMPLE_UNITS).map((s) => ({ source: s.source, target: s.target })),
    warnings: [`with ${annotations} annotations, ${file.speakers.length} speakers and ${comments} comments`, ...file.warnings],
    delimited: null,
  };
}

/** Imports any file previewBilingualFile takes: JSONL with its annotations, the others as pairs. */
export function importBilingualPath(db: Database, ctx: ServiceContext, path: string, title: string, mapping?: ColumnMapping): DocumentInfo {
  const parsed = readImportFile(path, mapping);
  if (parsed.kind === 'document') return importJsonl(db, ctx, parsed.file, { title, sourceName: basename(path) }).document;
  return importBilingual(db, ctx, parsed.file, title, basename(path)).document;
}

/**
 * Speakers a TMX names per unit (<prop type="x-speaker">, as Mizan writes them) join the registry
 * when it does not know them yet: by their English name when it is written in Latin letters, else
 * by the Arabic one. Returns the names added.
 */
function addNamedSpeakers(db: Database, file: ImportedFile, at: number): string[] {
  const names = [...new Set(file.units.flatMap((u) => u.speakers ?? []))];
  const added: string[] = [];
  for (const name of names) {
    if (findSpeakerNamed(db, name)) continue;
    const latin = /[A-Za-z]/.test(name);
    insertSpeaker(db, {
      nameSource: latin ? '' : name, nameTarget: latin ? name : '', kind: 'person', role: '', organisation: '',
      note: 'Named in an imported translation memory (x-speaker); kind not known.', at,
    });
    added.push(name);
  }
  return added;
}

/**
 * A bilingual file becomes a document: one segment per unit, with its status and its notes as
 * comments. One transaction: nothing is written unless every unit is.
 */
export function importBilingual(db: Database, ctx: ServiceContext, file: ImportedFile, title: string, sourceName: string): BilingualImport {
  if (file.units.length === 0) throw new MizanError('bad-input', `${sourceName} has no translation units to import`);
  const at = ctx.now();
  const by = ctx.user();
  return writeTransaction(db, () => {
    const documentId = insertDocument(db, {
      title,
      sourceLang: file.sourceLang ?? 'ar',
      targetLang: file.targetLang ?? 'en',
      sourceName,
      at,
    });
    file.units.forEach((unit, position) => {
      const segmentId = insertSegment(db, {
        documentId, position, paragraph: position, source: unit.source.normalize('NFC'), target: unit.target.normalize('NFC'),
        status: unit.status ?? (unit.target.trim() === '' ? 'new' : 'draft'), doNotTranslate: false,
        // A translation memory's own change date and author are kept, as CAT tools keep them.
        at: unit.changedAt ?? at, by: unit.changedBy ?? by,
      });
      for (const note of unit.notes) {
        insertComment(db, {
          segmentId, parentId: null, author: note.author ?? 'imported', body: note.body, at: note.createdAt ?? at, resolvedAt: null, resolvedBy: null,
        });
      }
    });
    const document = getDocument(db, documentId);
    if (!document) throw new MizanError('internal', 'the imported document vanished');
    const added = addNamedSpeakers(db, file, at);
    const speakerNote = added.length
      ? [`${added.length} speaker${added.length === 1 ? '' : 's'} named in the file (${added.join(', ')}) added to the registry; the file does not say where in the text they speak`]
      : [];
    return { document, units: file.units.length, warnings: [...file.warnings, ...speakerNote] };
  });
}
