import type { Database } from 'better-sqlite3';
import { LOW_CONFIDENCE } from '../core/align/index.js';
import { allowedStatus, suggestCut } from '../core/align/edit/index.js';
import { MizanError } from '../core/errors.js';
import type { AlignmentEditResult, DocumentId, DocumentInfo, Segment, TranslationImportMode, TranslationImportPreview } from '../core/model.js';
import type { SegmentationRuleSet } from '../core/text/segmentation/index.js';
import { getDocument, insertDocument } from '../store/documents.js';
import { findNextLowConfidenceSegment } from '../store/low-confidence.js';
import { countSegments, getSegment, insertDocumentSegments, listSegments, segmentIndex } from '../store/segments.js';
import { writeTransaction } from '../store/write-transaction.js';
import { segmentSourceText, type ImportTextRequest } from './import-text.js';
import { rangeEdit, runUndoable } from './edit-history.js';
import { stampOf, writeSegment } from './segment-writes.js';
import { checkBeads, replaceRange, type ReplacementBead } from './alignment-edit-service.js';
import { lowConfidenceCount, planRealign, planTranslationImport, type AlignmentPlan, type PlanUnit } from './alignment-plan.js';
import type { ServiceContext } from './context.js';
import { projectRuleSet } from './segmentation-settings.js';

export { LOW_CONFIDENCE };

export interface AlignedImport extends AlignmentEditResult {
  /** Beads the aligner was unsure of: flagged in the grid until confirmed. */
  lowConfidence: number;
  targetSentences: number;
  /** Arabic segments cut in two at import where the English showed a sentence boundary and the cut was sure. */
  autoCuts?: number;
  /** "Fill empty rows only": how many segments got English. */
  filled?: number;
}

function requireDocument(db: Database, documentId: DocumentId) {
  const doc = getDocument(db, documentId);
  if (!doc) throw new MizanError('not-found', `document ${documentId} does not exist`);
  return doc;
}

/** What a plan needs from the document: its segments in from..to (all of them for an import) and its rules. */
export interface AlignmentInput {
  from: number;
  units: PlanUnit[];
  /** The document's segment count when the input was read. */
  total: number;
  sourceRules: SegmentationRuleSet;
  targetRules: SegmentationRuleSet;
}

function unitsOf(segments: Segment[]): PlanUnit[] {
  return segments.map((s) => ({ source: s.source, target: s.target, paragraph: s.paragraph }));
}

/** The input of an import's plan: every segment of the document. */
export function translationImportInput(db: Database, documentId: DocumentId): AlignmentInput {
  const doc = requireDocument(db, documentId);
  const total = countSegments(db, documentId);
  return {
    from: 0,
    total,
    units: unitsOf(listSegments(db, documentId, 0, total)),
    sourceRules: projectRuleSet(db, doc.sourceLang).ruleSet,
    targetRules: projectRuleSet(db, doc.targetLang).ruleSet,
  };
}

/** The input of a re-align's plan: positions from..to. */
export function realignInput(db: Database, documentId: DocumentId, from: number, to: number): AlignmentInput {
  const doc = requireDocument(db, documentId);
  const total = countSegments(db, documentId);
  if (from < 0 || to >= total || from > to) throw new MizanError('bad-input', `positions ${from + 1}–${to + 1} are not a range of this document (1–${total})`);
  return {
    from,
    total,
    units: unitsOf(listSegments(db, documentId, from, to - from + 1)),
    sourceRules: projectRuleSet(db, doc.sourceLang).ruleSet,
    targetRules: projectRuleSet(db, doc.targetLang).ruleSet,
  };
}

/**
 * The segments a plan was made from, read again: if they changed meanwhile (a merge, a split, an edit),
 * the beads no longer fit them, or writing would drop the edit, so nothing is written.
 */
function segmentsAsPlanned(db: Database, documentId: DocumentId, input: AlignmentInput): Segment[] {
  requireDocument(db, documentId);
  const { from, units } = input;
  const current = units.length === 0 ? [] : listSegments(db, documentId, from, units.length);
  const unchanged = countSegments(db, documentId) === input.total
    && current.length === units.length
    && current.every((s, i) => s.source === units[i]!.source && s.target === units[i]!.target && s.paragraph === units[i]!.paragraph);
  if (!unchanged) throw new MizanError('conflict', 'the document changed while the translation was being aligned; nothing was changed. Try again.');
  return current;
}

const isEmpty = (text: string): boolean => text.trim() === '';

/**
 * Fill empty rows only: a bead's English goes to its (first) segment when every segment of the
 * bead is still without English and none is marked "don't translate" (empty on purpose); rows are
 * never merged, and English without Arabic is left out.
 */
function fills(current: readonly Segment[], plan: AlignmentPlan, replacement: readonly ReplacementBead[]): { segment: Segment; target: string }[] {
  return plan.beads.flatMap((bead, k) => {
    const parts = [...new Set(bead.source.map((i) => plan.sources[i]!.unit))].map((u) => current[u]!);
    const target = replacement[k]!.target;
    const first = parts[0];
    return first && !isEmpty(target) && parts.every((p) => isEmpty(p.target) && !p.doNotTranslate) ? [{ segment: first, target }] : [];
  });
}

/** Segments "Replace all" would change: merged ones, and those whose English or status would differ. */
function replaced(current: readonly Segment[], plan: AlignmentPlan, replacement: readonly ReplacementBead[]): number {
  return plan.beads.reduce((n, bead, k) => {
    if (bead.source.length !== 1) return n + bead.source.length;
    const unit = current[plan.sources[bead.source[0]!]!.unit]!;
    const next = replacement[k]!;
    return n + (unit.target !== next.target || unit.status !== next.status ? 1 : 0);
  }, 0);
}

/** What Import translation… would change in each mode: shown in the dialog before anything is written. */
export function previewTranslationImport(db: Database, documentId: DocumentId, input: AlignmentInput, plan: AlignmentPlan): TranslationImportPreview {
  const current = segmentsAsPlanned(db, documentId, input);
  const replacement = toReplacement(plan, current);
  return {
    withEnglish: current.filter((u) => !isEmpty(u.target)).length,
    total: current.length,
    targetSentences: plan.sentences.length,
    replace: replaced(current, plan, replacement),
    fillEmpty: fills(current, plan, replacement).length,
  };
}

/** "Fill empty rows only" as one undoable step: only rows still without English get it, as drafts. */
function fillEmptyRows(db: Database, ctx: ServiceContext, documentId: DocumentId, input: AlignmentInput, plan: AlignmentPlan): AlignedImport {
  const current = segmentsAsPlanned(db, documentId, input);
  const planned = fills(current, plan, toReplacement(plan, current));
  const { value, history } = runUndoable(db, () => rangeEdit(db, ctx.now, {
    label: 'Import translation (fill empty rows)',
    documentId,
    from: 0,
    count: current.length,
    apply: () => {
      const stamp = stampOf(ctx);
      // Each row read again inside the transaction: a row given English meanwhile is kept as it is.
      for (const { segment, target } of planned) {
        const now = getSegment(db, segment.id);
        if (now && isEmpty(now.target) && !now.doNotTranslate) writeSegment(db, stamp, now, { target });
      }
      return current.length;
    },
  }));
  return {
    ...value, focusId: planned[0]?.segment.id ?? current[0]?.id ?? null, history,
    lowConfidence: lowConfidenceCount(plan), targetSentences: plan.sentences.length, filled: planned.length,
  };
}

/**
 * Turns the plan's beads into replacement rows: several sources in one bead become one merged segment,
 * several sentences one translation.
 */
function toReplacement(plan: AlignmentPlan, current: readonly Pick<Segment, 'status'>[]): ReplacementBead[] {
  let paragraph = plan.sources[0]?.paragraph ?? 0;
  return plan.beads.map((bead) => {
    const parts = bead.source.map((i) => plan.sources[i]!);
    if (parts[0]) paragraph = parts[0].paragraph;
    const target = bead.target.map((j) => plan.sentences[j]!.text).join(' ');
    return {
      source: parts.map((p) => p.text).filter((t) => t !== '').join(' '),
      target,
      paragraph,
      alignScore: bead.score,
      // Imported English still needs a translator's eye: it comes in as a draft; no English, no sign-off.
      status: target === '' ? allowedStatus(parts[0] ? current[parts[0].unit]!.status : 'new', '') : 'draft',
    };
  });
}

/**
 * Where one Arabic segment got two or more English sentences, cuts the Arabic too when the cut is
 * sure (suggestCut: punctuation the rules left alone, length and anchors agree): about one Arabic
 * sentence boundary in ten in news has no full stop, and the English shows it.
 */
function cutSureBeads(beads: ReplacementBead[], sentenceCounts: number[]): { beads: ReplacementBead[]; cuts: number } {
  let cuts = 0;
  const out = beads.flatMap((b, k) => {
    if ((sentenceCounts[k] ?? 0) < 2 || b.source === '') return [b];
    const s = suggestCut(b.source, b.target);
    if (!s?.sure) return [b];
    cuts++;
    const first = { ...b, source: b.source.slice(0, s.source).trimEnd(), target: b.target.slice(0, s.target).trimEnd() };
    return [first, { ...b, source: b.source.slice(s.source), target: b.target.slice(s.target) }];
  });
  return { beads: out, cuts };
}

/**
 * Writes a plan as one undoable step. The plan was made from `input`, possibly in a worker while the
 * session went on: if those segments changed meanwhile (a merge, a split, an edit), the beads no longer
 * fit them, or the write would drop the edit, so nothing is written.
 */
function applyAlignmentPlan(
  db: Database, ctx: ServiceContext, documentId: DocumentId, input: AlignmentInput, plan: AlignmentPlan, label: string, autoCut = false,
): AlignedImport {
  const { from, units } = input;
  const current = segmentsAsPlanned(db, documentId, input);
  const replacement = toReplacement(plan, current);
  // Only an import cuts Arabic segments; a re-align keeps the segments the user chose to re-align.
  const cut = autoCut ? cutSureBeads(replacement, plan.beads.map((b) => (b.source.length === 1 ? b.target.length : 0))) : { beads: replacement, cuts: 0 };
  const result = replaceRange(db, ctx, documentId, from, from + units.length - 1, cut.beads, { label });
  return { ...result, lowConfidence: lowConfidenceCount(plan), targetSentences: plan.sentences.length, ...(autoCut ? { autoCuts: cut.cuts } : {}) };
}

const IMPORT_LABEL = 'Import translation';
const REALIGN_LABEL = 'Re-align segments';

/** "Import translation…" after its plan was made (in a job): the undoable write, in either mode. */
export const applyTranslationImport = (
  db: Database, ctx: ServiceContext, documentId: DocumentId, input: AlignmentInput, plan: AlignmentPlan, mode: TranslationImportMode = 'replace',
): AlignedImport =>
  mode === 'fill-empty' ? fillEmptyRows(db, ctx, documentId, input, plan) : applyAlignmentPlan(db, ctx, documentId, input, plan, IMPORT_LABEL, true);

/** Re-align after its plan was made: the undoable write. */
export const applyRealign = (db: Database, ctx: ServiceContext, documentId: DocumentId, input: AlignmentInput, plan: AlignmentPlan): AlignedImport =>
  applyAlignmentPlan(db, ctx, documentId, input, plan, REALIGN_LABEL);

/** "Import translation…": segments an English text and aligns it to the document's Arabic segments (on this thread). */
export function importTranslation(db: Database, ctx: ServiceContext, documentId: DocumentId, text: string, mode: TranslationImportMode = 'replace'): AlignedImport {
  const input = translationImportInput(db, documentId);
  return applyTranslationImport(db, ctx, documentId, input, planTranslationImport(input.units, text, input.targetRules), mode);
}

/** A new document from a source text and its translation (`mizan import --source --target`). */
export interface ImportAlignedRequest extends ImportTextRequest {
  targetText: string;
}

export interface ImportedAligned {
  document: DocumentInfo;
  segments: number;
  lowConfidence: number;
  targetSentences: number;
  autoCuts: number;
}

/**
 * Segments both texts, aligns them and writes the document once, as the beads it ends with: an
 * import into a new document has nothing to snapshot or re-anchor, so it skips what importing the
 * Arabic and then Import translation… would do (write every row twice, record a revision per row,
 * snapshot the document for undo, index the text twice). Same beads, statuses and cuts as that path.
 */
export function importAlignedText(db: Database, ctx: ServiceContext, req: ImportAlignedRequest): ImportedAligned {
  const sourceLang = req.sourceLang ?? 'ar';
  const targetLang = req.targetLang ?? 'en';
  const units = segmentSourceText(db, req).map((s) => ({ source: s.text, target: '', paragraph: s.paragraph }));
  const plan = planTranslationImport(units, req.targetText, projectRuleSet(db, targetLang).ruleSet);
  const replacement = toReplacement(plan, units.map(() => ({ status: 'new' as const })));
  const cut = cutSureBeads(replacement, plan.beads.map((b) => (b.source.length === 1 ? b.target.length : 0)));
  const rows = checkBeads(cut.beads).map((b) => ({
    paragraph: b.paragraph, source: b.source, target: b.target, alignScore: b.alignScore,
    status: allowedStatus(b.status ?? 'new', b.target),
  }));
  const at = ctx.now();
  const by = ctx.user();
  const document = writeTransaction(db, () => {
    const documentId = insertDocument(db, { title: req.title, sourceLang, targetLang, sourceName: req.sourceName ?? null, at });
    insertDocumentSegments(db, documentId, rows, at, by);
    return requireDocument(db, documentId);
  });
  return { document, segments: rows.length, lowConfidence: lowConfidenceCount(plan), targetSentences: plan.sentences.length, autoCuts: cut.cuts };
}

/** Re-aligns positions from..to: their English is re-split into sentences and aligned again to their Arabic. */
export function realignRange(db: Database, ctx: ServiceContext, documentId: DocumentId, from: number, to: number): AlignedImport {
  const input = realignInput(db, documentId, from, to);
  return applyRealign(db, ctx, documentId, input, planRealign(input.units, input.sourceRules, input.targetRules));
}

export function nextLowConfidence(db: Database, documentId: DocumentId, afterPosition: number): { segment: Segment; index: number } | null {
  const segment = findNextLowConfidenceSegment(db, documentId, afterPosition, LOW_CONFIDENCE);
  return segment ? { segment, index: segmentIndex(db, segment) } : null;
}
