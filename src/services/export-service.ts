import { toDocumentId } from '../core/ids.js';
import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MizanError } from '../core/errors.js';
import { exporterFor } from '../core/formats/index.js';
import type { ExportDocument, ExportFormat, Exporter, ExportQaFinding, ExportReport, ExportSegment, ExportSpeaker } from '../core/formats/types.js';
import type { QaCheck } from '../core/qa/types.js';
import { STATUS_LABELS, type DocumentId, type SegmentStatus } from '../core/model.js';
import { getDocument, listDocuments } from '../store/documents.js';
import { readScheme } from '../store/annotation-scheme.js';
import { iterateExportRows, listSpeakers } from '../store/export-queries.js';
import { countSegments } from '../store/segments.js';
import { copyFileAtomic, openAtomicFile, sweepStaleTemporaries, type AtomicFile } from '../store/atomic-write.js';
import { checkExportDestination } from './export-destination.js';
import { runDocumentQa } from './qa-service.js';
import { fileError } from '../core/file-errors.js';

export interface ExportRequest {
  documentId: DocumentId | null;
  format: ExportFormat;
  outPath: string;
  bom?: boolean;
  now: number;
  tool: { name: string; version: string };
  /** TSV/CSV: prefix cells spreadsheets would run as formulas with ' (see the delimited exporter). */
  guardFormulas?: boolean;
  /** Carry the quality findings (not ignored) of each segment, for formats that list option qa. */
  qa?: boolean;
  /** The checks to run for `qa` (default: the registry). */
  qaChecks?: readonly QaCheck[];
  /** Only segments with one of these statuses (e.g. only approved into a TMX); all when left out. */
  statuses?: readonly SegmentStatus[];
  /** Called every PACE segments with (done, total), and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the export between segments; nothing is written. */
  signal?: AbortSignal;
  /** How to give way between batches (default: one turn of the event loop); tests may slow it down. */
  pause?: () => Promise<void>;
}

export interface ExportResult extends ExportReport {
  path: string;
  bytes: number;
  format: ExportFormat;
  documentId: DocumentId;
}

const FLUSH_BYTES = 1 << 16;
/** Segments between two pauses: progress events and other IPC calls get through, at ~1 % cost. */
const PACE = 250;
const RESOURCES_DIR = fileURLToPath(new URL('../../resources/', import.meta.url));

/** The document to export: the one asked for, or the only one. */
export function resolveExportDocument(db: Database, documentId: DocumentId | null): ExportDocument {
  if (documentId !== null) {
    const doc = getDocument(db, documentId);
    if (!doc) throw new MizanError('not-found', `document ${documentId} does not exist`);
    return toExportDocument(doc);
  }
  const docs = listDocuments(db);
  if (docs.length === 0) throw new MizanError('bad-input', 'the project has no documents to export; import a text first');
  if (docs.length > 1) {
    throw new MizanError('bad-input', `the project has ${docs.length} documents; choose one with --document (${docs.map((d) => `${d.id}: ${d.title}`).join(', ')})`);
  }
  return toExportDocument(docs[0]!);
}

function toExportDocument(doc: ReturnType<typeof listDocuments>[number]): ExportDocument {
  return {
    id: doc.id, title: doc.title, sourceLang: doc.sourceLang, targetLang: doc.targetLang,
    sourceName: doc.sourceName, createdAt: doc.createdAt, updatedAt: doc.updatedAt,
  };
}

/** "12:translation,15:attribution" → parallel lists of ids and kinds. */
function splitLinks(links: string | null): { links: number[]; linkKinds: string[] } {
  const pairs = links ? links.split(',').map((p) => p.split(':')) : [];
  return { links: pairs.map(([id]) => Number(id)), linkKinds: pairs.map(([, kind]) => kind ?? 'translation') };
}

/** Gives the event loop a turn (IPC, progress events) between batches of segments. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function* exportSegments(
  db: Database, documentId: DocumentId, onRow: (done: number) => void, pause: () => Promise<void>, signal?: AbortSignal, statuses?: readonly SegmentStatus[],
  qa?: ReadonlyMap<number, ExportQaFinding[]>,
): AsyncGenerator<ExportSegment> {
  let done = 0;
  let kept = 0;
  const wanted = statuses ? new Set<string>(statuses) : null;
  for (const { segment: s, comments, annotations } of iterateExportRows(db, documentId)) {
    done++;
    if (done % PACE === 0) {
      onRow(done);
      await pause();
      if (signal?.aborted) throw new MizanError('cancelled', 'the export was cancelled; no file was written');
    }
    if (wanted && !wanted.has(s.status)) continue;
    kept++;
    yield {
      id: s.id, position: s.position, paragraph: s.paragraph, source: s.source, target: s.target, status: s.status,
      doNotTranslate: s.do_not_translate === 1, createdAt: s.created_at, updatedAt: s.updated_at, updatedBy: s.updated_by,
      comments: comments.map((c) => ({
        id: c.id, parent: c.parent_id, annotation: c.annotation_id, author: c.author, body: c.body, createdAt: c.created_at, resolvedAt: c.resolved_at,
      })),
      annotations: annotations.map((a) => ({
        id: a.id, layer: a.layer, side: a.side, start: a.start, end: a.end, label: a.label, speakerId: a.speaker_id,
        attrs: JSON.parse(a.attrs_json) as Record<string, unknown>,
        ...splitLinks(a.links),
        author: a.author, flagged: a.flagged === 1, createdAt: a.created_at,
      })),
      ...(qa ? { qa: qa.get(s.id) ?? [] } : {}),
      match: s.match_origin !== null && s.match_score !== null ? { origin: s.match_origin, score: s.match_score } : null,
    };
  }
  // An empty file would look like a successful export of nothing: say why instead (no file is written).
  if (statuses && kept === 0) {
    throw new MizanError('bad-input', `no segment of this document is ${statuses.map((st) => STATUS_LABELS[st]).join(' or ')}; nothing was exported — choose other statuses`);
  }
}

/**
 * Streams a document to a file in a format. The file appears only when complete (written to a
 * temporary name, flushed, then renamed), so a failed, cancelled or killed export never leaves half
 * a file behind; a destination that is the project or one of its files is refused before anything
 * is written (export-destination.ts). Pass a read snapshot (ProjectSession.snapshot) when edits may
 * happen while it runs.
 */
export async function exportDocument(db: Database, req: ExportRequest): Promise<ExportResult> {
  const exporter = exporterFor(req.format);
  if (req.statuses && req.statuses.length === 0) throw new MizanError('bad-input', 'choose at least one status to export (or export all segments)');
  const outPath = checkExportDestination(req.outPath, db.memory ? null : db.name);
  const doc = { ...resolveExportDocument(db, req.documentId), scheme: readScheme(db) };
  const dir = dirname(outPath);
  const speakers = new Map<number, ExportSpeaker>(
    listSpeakers(db).map((s) => [s.id, { id: s.id, nameSource: s.name_source, nameTarget: s.name_target, kind: s.kind, role: s.role, organisation: s.organisation }]),
  );
  const documentId = toDocumentId(doc.id);
  const total = countSegments(db, documentId);
  // The exporters stay pure: the checks run here, once, and each segment carries its findings.
  const qa = req.qa && exporter.options.includes('qa') ? qaFindingsBySegment(db, documentId, req.qaChecks) : undefined;
  // What an earlier, killed export to this name left behind.
  sweepStaleTemporaries(dir, basename(outPath));
  if (req.signal?.aborted) throw new MizanError('cancelled', 'the export was cancelled; no file was written');
  let file: AtomicFile;
  try {
    file = openAtomicFile(outPath);
  } catch (error) {
    throw fileError(error, outPath, 'write');
  }
  let buffer = '';
  let reported = 0;
  let report: ExportReport;
  try {
    const flush = () => {
      if (buffer) file.write(buffer);
      buffer = '';
    };
    report = await exporter.export(
      doc,
      exportSegments(db, documentId, (done) => {
        reported = done;
        req.onProgress?.(done, total);
      }, req.pause ?? nextTurn, req.signal, req.statuses, qa),
      speakers,
      (chunk) => {
        buffer += chunk;
        if (buffer.length >= FLUSH_BYTES) flush();
      },
      // Only the options the format's entry lists reach it.
      {
        bom: exporter.options.includes('bom') && (req.bom ?? false), guardFormulas: exporter.options.includes('guardFormulas') && (req.guardFormulas ?? false),
        qa: qa !== undefined, now: req.now, tool: req.tool,
      },
    );
    flush();
    // Companion files (the HTML's fonts) before the page: if they cannot be written the export fails
    // with no file, rather than reporting a failure with the file already in place.
    if (exporter.companions) copyCompanions(exporter.companions, dir);
  } catch (error) {
    file.abort();
    throw fileError(error, outPath, 'write');
  }
  try {
    file.commit();
  } catch (error) {
    throw fileError(error, outPath, 'write');
  }
  if (reported !== total) req.onProgress?.(total, total);
  return { ...report, path: outPath, bytes: statSync(outPath).size, format: req.format, documentId };
}

/** What the checks find in a document (ignored findings left out), by segment id. */
function qaFindingsBySegment(db: Database, documentId: DocumentId, checks?: readonly QaCheck[]): Map<number, ExportQaFinding[]> {
  const bySegment = new Map<number, ExportQaFinding[]>();
  for (const f of runDocumentQa(db, { documentId, scope: 'all', ...(checks ? { registry: checks } : {}) }).findings) {
    const list = bySegment.get(f.segmentId) ?? [];
    list.push({ check: f.check, severity: f.severity, message: f.message });
    bySegment.set(f.segmentId, list);
  }
  return bySegment;
}

/**
 * Files an export refers to (the HTML's fonts, so it renders Arabic offline and in print), from its
 * exporter's entry; each written whole or not at all.
 */
function copyCompanions(companions: NonNullable<Exporter['companions']>, dir: string): void {
  const from = join(RESOURCES_DIR, companions.folder);
  if (!existsSync(from)) return;
  const into = join(dir, companions.folder);
  const notFolder = `${into} is not a folder, but the export needs a ${companions.folder} folder there; move it or export to another folder`;
  try {
    mkdirSync(into, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new MizanError('bad-input', notFolder);
    throw fileError(error, into, 'write');
  }
  if (!statSync(into).isDirectory()) throw new MizanError('bad-input', notFolder);
  sweepStaleTemporaries(into);
  for (const name of companions.files) {
    if (!existsSync(join(from, name))) continue;
    try {
      copyFileAtomic(join(from, name), join(into, name));
    } catch (error) {
      throw fileError(error, join(into, name), 'write');
    }
  }
}
