// Quality checks over a project: feeds core's checks (core/qa) from the store page by page, applies the
// project's profile, and hides what users chose to ignore. The panel, the confirm prompt, the CLI, the
// exports and the standalone report all come through runDocumentQa, so they agree on every finding.
import type { Database } from 'better-sqlite3';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { Annotation } from '../core/annotation/types.js';
import { MizanError } from '../core/errors.js';
import type { DocumentId, SegmentId } from '../core/ids.js';
import type { SegmentStatus } from '../core/model.js';
import { QA_CHECKS, QA_SEVERITIES, runQa, type QaCheck, type QaContext, type QaFinding, type QaProfile, type QaSegment } from '../core/qa/index.js';
import { findingFingerprint } from '../core/qa/fingerprint.js';
import { qaReportCsv, qaReportHtml, type QaReportFormat, type QaReportInput } from '../core/qa/report.js';
import { fileError } from '../core/file-errors.js';
import { sweepStaleTemporaries, writeFileAtomic } from '../store/atomic-write.js';
import { checkExportDestination } from './export-destination.js';
import { qaTerms } from './glossary-service.js';
import { projectSpellCheck } from './spelling-service.js';
import { setStatus } from './segment-service.js';
import type { QaCheckedStatus, QaCheckInfo, QaIgnoreNote, QaListedFinding, QaProfileEntry, QaRunResult } from '../core/qa/results.js';
import { listAnnotationsForSegments } from '../store/annotations.js';
import { getDocument } from '../store/documents.js';
import { deleteMeta, getMeta, setMeta } from '../store/meta.js';
import { deleteQaIgnore, iterateQaSegments, listQaIgnores, listQaIgnoresOf, listQaSegmentsAt, listQaSegmentsById, qaDocumentExists, upsertQaIgnore } from '../store/qa.js';
import { countSegments, getSegment } from '../store/segments.js';
import { listSpeakers } from '../store/speakers.js';
import { writeTransaction } from '../store/write-transaction.js';
import type { ServiceContext } from './context.js';

const PROFILE_KEY = 'qa.profile';
/** Segments read (with their annotations) at a time: a 100k-segment document never sits in memory whole. */
export const QA_PAGE = 500;

export interface QaRunRequest {
  documentId: DocumentId;
  /** Only these segments (the one being confirmed); the whole document when left out. */
  segmentIds?: readonly SegmentId[];
  /** 'segment': the per-segment checks only (on confirm); 'all' adds the checks across the document. */
  scope: 'segment' | 'all';
  /** Only these check ids (the CLI's --checks); refused when one is not a check. */
  checks?: readonly string[];
  /** List ignored findings too (marked), for the panel's "Show ignored". */
  includeIgnored?: boolean;
  /** The checks to run instead of the registry (tests). */
  registry?: readonly QaCheck[];
}

/**
 * What the checks know beyond the segment: the registry's speakers, the glossary's terms and, unless
 * `spelling` is off, the English dictionary with the project's words. A confirm leaves spelling out: the
 * editor already underlines misspellings as you type, and loading the dictionary (~0.8 s the first time)
 * must not ride on a keystroke.
 */
export function qaContextFor(db: Database, { spelling = true }: { spelling?: boolean } = {}): QaContext {
  return {
    speakers: listSpeakers(db).map((s) => ({ nameSource: s.nameSource, nameTarget: s.nameTarget, kind: s.kind })),
    terms: qaTerms(db),
    ...(spelling ? { spell: projectSpellCheck(db) } : {}),
  };
}

export function listQaChecks(registry: readonly QaCheck[] = QA_CHECKS): QaCheckInfo[] {
  return registry.map((c) => ({
    id: c.id, label: c.label, description: c.description, category: c.category, scope: c.scope,
    defaultSeverity: c.defaultSeverity, defaultEnabled: c.defaultOff !== true,
  }));
}

const profileEntry = z.object({ enabled: z.boolean(), severity: z.enum(QA_SEVERITIES as [QaProfileEntry['severity'], ...QaProfileEntry['severity'][]]) });
export const qaProfileSchema = z.record(z.string().min(1).max(100), profileEntry);

/**
 * The project's profile. A stored entry that is malformed (a file edited by hand, a check's settings
 * from a newer Mizan) is left out, so that check runs with its defaults rather than the run failing.
 */
export function readQaProfile(db: Database): QaProfile {
  const stored = getMeta(db, PROFILE_KEY);
  if (stored === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const profile: Record<string, QaProfileEntry> = {};
  for (const [id, entry] of Object.entries(raw)) {
    const parsed = profileEntry.safeParse(entry);
    if (parsed.success) profile[id] = parsed.data;
  }
  return profile;
}

/** Per check of the registry, what the profile says or its defaults. */
export function effectiveQaProfile(db: Database, registry: readonly QaCheck[] = QA_CHECKS): Record<string, QaProfileEntry> {
  const stored = readQaProfile(db);
  return Object.fromEntries(registry.map((c) => [c.id, stored[c.id] ?? { enabled: c.defaultOff !== true, severity: c.defaultSeverity }]));
}

/**
 * Replaces the profile's settings for the checks given (others keep theirs). An unknown check id is
 * refused by name, so a typo does not silently configure nothing. Returns the effective profile.
 */
export function setQaProfile(db: Database, patch: Readonly<Record<string, QaProfileEntry>>, registry: readonly QaCheck[] = QA_CHECKS): Record<string, QaProfileEntry> {
  requireKnownChecks(Object.keys(patch), registry);
  writeTransaction(db, () => setMeta(db, PROFILE_KEY, JSON.stringify({ ...readQaProfile(db), ...patch })));
  return effectiveQaProfile(db, registry);
}

/** Back to every check's defaults. */
export function resetQaProfile(db: Database, registry: readonly QaCheck[] = QA_CHECKS): Record<string, QaProfileEntry> {
  writeTransaction(db, () => deleteMeta(db, PROFILE_KEY));
  return effectiveQaProfile(db, registry);
}

function requireKnownChecks(ids: readonly string[], registry: readonly QaCheck[]): void {
  const unknown = ids.filter((id) => !registry.some((c) => c.id === id));
  if (unknown.length > 0) {
    throw new MizanError('bad-input', `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a QA check' : 'are not QA checks'}; the checks are: ${registry.map((c) => c.id).join(', ')}`);
  }
}

const ignoreKey = (segmentId: number, check: string, fingerprint: string) => `${segmentId}\u0000${check}\u0000${fingerprint}`;

/**
 * Runs the enabled checks over a document (or some of its segments) and returns what they find in
 * document order, ignored findings counted and left out unless asked for. Per-segment checks read the
 * document in pages of QA_PAGE segments with their annotations; checks across the document read every
 * segment's text once (no annotations), which is what consistency needs.
 */
export function runDocumentQa(db: Database, req: QaRunRequest): QaRunResult {
  const registry = req.registry ?? QA_CHECKS;
  if (req.checks) requireKnownChecks(req.checks, registry);
  if (!qaDocumentExists(db, req.documentId)) throw new MizanError('not-found', `document ${req.documentId} does not exist`);
  const context = qaContextFor(db, { spelling: req.segmentIds === undefined });
  const profile = readQaProfile(db);
  const only = req.checks;
  const ignoreRows = req.segmentIds ? listQaIgnoresOf(db, req.segmentIds) : listQaIgnores(db, req.documentId);
  const ignores = new Map(ignoreRows.map((r) => [ignoreKey(r.segment_id, r.check_id, r.fingerprint), r]));
  const result: QaRunResult = { findings: [], ignored: 0, segments: 0 };
  const keep = (findings: readonly QaFinding[], segments: ReadonlyMap<SegmentId, QaSegment['segment']>) => {
    for (const finding of findings) {
      const segment = segments.get(finding.segmentId);
      if (!segment) continue;
      const fingerprint = findingFingerprint(finding, segment);
      const ignore = ignores.get(ignoreKey(finding.segmentId, finding.check, fingerprint));
      if (ignore) result.ignored++;
      if (ignore && !req.includeIgnored) continue;
      const listed: QaListedFinding = { ...finding, documentId: req.documentId, position: segment.position, fingerprint };
      if (ignore) listed.ignored = noteOf(ignore);
      result.findings.push(listed);
    }
  };
  const segmentChecks = registry.filter((c) => c.scope === 'segment');
  const runPage = (fields: QaSegment['segment'][]) => {
    const annotations = listAnnotationsForSegments(db, fields.map((f) => f.id));
    const bySegment = new Map<SegmentId, Annotation[]>();
    for (const a of annotations) {
      const list = bySegment.get(a.segmentId);
      if (list) list.push(a);
      else bySegment.set(a.segmentId, [a]);
    }
    const page = fields.map((segment) => ({ segment, annotations: bySegment.get(segment.id) ?? [] }));
    result.segments += page.length;
    keep(runQa(page, context, { profile, scope: 'segment', checks: segmentChecks, ...(only ? { only } : {}) }), new Map(fields.map((f) => [f.id, f])));
  };
  if (req.segmentIds) {
    const fields = listQaSegmentsById(db, req.documentId, req.segmentIds);
    for (let i = 0; i < fields.length; i += QA_PAGE) runPage(fields.slice(i, i + QA_PAGE));
  } else {
    const count = countSegments(db, req.documentId);
    for (let from = 0; from < count; from += QA_PAGE) runPage(listQaSegmentsAt(db, req.documentId, from, QA_PAGE));
  }
  const documentChecks = registry.filter((c) => c.scope === 'document');
  if (req.scope === 'all' && documentChecks.some((c) => (only ? only.includes(c.id) : true))) {
    const all = [...iterateQaSegments(db, req.documentId)];
    const wanted = req.segmentIds ? new Set<number>(req.segmentIds) : null;
    const findings = runQa(all.map((segment) => ({ segment, annotations: [] })), context, { profile, scope: 'all', checks: documentChecks, ...(only ? { only } : {}) });
    keep(wanted ? findings.filter((f) => wanted.has(f.segmentId)) : findings, new Map(all.map((f) => [f.id, f])));
  }
  // Per-segment findings came page by page, the document checks' after them: one order, the document's, then the registry's.
  const checkOrder = new Map(registry.map((c, i) => [c.id, i]));
  result.findings.sort((a, b) => a.position - b.position || (checkOrder.get(a.check) ?? 0) - (checkOrder.get(b.check) ?? 0));
  return result;
}

function noteOf(row: { author: string; reason: string; created_at: number }): QaIgnoreNote {
  return { author: row.author, reason: row.reason, at: row.created_at };
}

export interface QaIgnoreRequest {
  segmentId: SegmentId;
  check: string;
  fingerprint: string;
  reason: string;
}

/** Remembers that a finding is to be left as it is, with who and why; it stays hidden until its text changes. */
export function ignoreQaFinding(db: Database, ctx: ServiceContext, req: QaIgnoreRequest): QaIgnoreNote {
  const reason = req.reason.trim();
  if (reason === '') throw new MizanError('bad-input', 'say why this finding is fine as it is, so a reviewer can tell later');
  const at = ctx.now();
  const author = ctx.user();
  writeTransaction(db, () => {
    if (!getSegment(db, req.segmentId)) throw new MizanError('not-found', `segment ${req.segmentId} does not exist (it may have been merged or deleted)`);
    upsertQaIgnore(db, { segmentId: req.segmentId, check: req.check, fingerprint: req.fingerprint, author, reason, at });
  });
  return { author, reason, at };
}

/** Shows an ignored finding again; false when it was not ignored. */
export function unignoreQaFinding(db: Database, req: Omit<QaIgnoreRequest, 'reason'>): boolean {
  return writeTransaction(db, () => deleteQaIgnore(db, req.segmentId, req.check, req.fingerprint));
}

export interface QaReportRequest {
  documentId: DocumentId;
  format: QaReportFormat;
  outPath: string;
  now: number;
  tool: { name: string; version: string };
  /** Only these checks (the CLI's --checks). */
  checks?: readonly string[];
  registry?: readonly QaCheck[];
}

/**
 * Writes the standalone QA report of a document (HTML or CSV), whole or not at all, to a destination
 * that is not the project or one of its files. Ignored findings are counted, not listed.
 */
export function writeQaReport(db: Database, req: QaReportRequest): { path: string; findings: number; ignored: number } {
  const outPath = checkExportDestination(req.outPath, db.memory ? null : db.name);
  const registry = req.registry ?? QA_CHECKS;
  const run = runDocumentQa(db, { documentId: req.documentId, scope: 'all', registry, ...(req.checks ? { checks: req.checks } : {}) });
  const document = getDocument(db, req.documentId);
  const texts = new Map<SegmentId, { source: string; target: string }>();
  const findings = run.findings.map((f) => {
    let text = texts.get(f.segmentId);
    if (!text) {
      const segment = getSegment(db, f.segmentId);
      text = { source: segment?.source ?? '', target: segment?.target ?? '' };
      texts.set(f.segmentId, text);
    }
    return { ...f, ...text };
  });
  const input: QaReportInput = {
    document: { id: req.documentId, title: document?.title ?? '' }, checks: listQaChecks(registry), findings,
    ignored: run.ignored, segments: run.segments, generatedAt: req.now, tool: req.tool,
  };
  sweepStaleTemporaries(dirname(outPath), basename(outPath));
  try {
    writeFileAtomic(outPath, req.format === 'html' ? qaReportHtml(input) : qaReportCsv(input));
  } catch (error) {
    throw fileError(error, outPath, 'write');
  }
  return { path: outPath, findings: findings.length, ignored: run.ignored };
}

/**
 * Sets a confirming status (translated, approved…) after running the segment's per-segment checks on
 * the text the project holds: an error refuses the move unless `force` (the user chose "Confirm
 * anyway"); warnings and infos come back with the updated segment. One call, so a confirm stays one
 * keystroke and one round trip; the checks of one segment take well under a millisecond.
 */
export function setStatusChecked(db: Database, ctx: ServiceContext, segmentId: SegmentId, status: SegmentStatus, force: boolean, registry: readonly QaCheck[] = QA_CHECKS): QaCheckedStatus {
  const segment = getSegment(db, segmentId);
  if (!segment) throw new MizanError('not-found', `segment ${segmentId} does not exist (it may have been merged or deleted)`);
  const { findings } = runDocumentQa(db, { documentId: segment.documentId, segmentIds: [segmentId], scope: 'segment', registry });
  if (!force && findings.some((f) => f.severity === 'error')) return { segment: null, findings };
  return { segment: setStatus(db, ctx, segmentId, status), findings };
}
