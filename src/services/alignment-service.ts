import type { Database } from 'better-sqlite3';
import { allowedStatus } from '../core/align/edit/index.js';
import { LOW_CONFIDENCE, alignSentences, type Bead } from '../core/align/index.js';
import { MizanError } from '../core/errors.js';
import type { AlignmentEditResult, DocumentId, Segment, TranslationImportMode, TranslationImportPreview } from '../core/model.js';
import { segmentText } from '../core/text/segmentation/index.js';
import { getDocument } from '../store/documents.js';
import { rangeEdit, runUndoable } from './edit-history.js';
import { stampOf, writeSegment } from './segment-writes.js';
import { findNextLowConfidenceSegment } from '../store/low-confidence.js';
import { countSegments, getSegment, listSegments, segmentIndex } from '../store/segments.js';
import { replaceRange, type ReplacementBead } from './alignment-edit-service.js';
import type { ServiceContext } from './context.js';
import { projectRuleSet } from './segmentation-settings.js';

export { LOW_CONFIDENCE };

export interface AlignedImport extends AlignmentEditResult {
  /** Beads the aligner was unsure of: flagged in the grid until confirmed. */
  lowConfidence: number;
  targetSentences: number;
  /** "Fill empty rows only": how many segments got English. */
  filled?: number;
}

function requireDocument(db: Database, documentId: DocumentId) {
  const doc = getDocument(db, documentId);
  if (!doc) throw new MizanError('not-found', `document ${documentId} does not exist`);
  return doc;
}

/**
 * Turns beads over existing segments (source units) and target sentences into replacement rows:
 * several segments in one bead become one merged segment, several sentences one translation.
 */
type SourceUnit = Pick<Segment, 'source' | 'paragraph' | 'status'>;

function toReplacement(beads: Bead[], units: SourceUnit[], sentences: { text: string }[]): ReplacementBead[] {
  let paragraph = units[0]?.paragraph ?? 0;
  return beads.map((bead) => {
    const parts = bead.source.map((i) => units[i]!);
    if (parts[0]) paragraph = parts[0].paragraph;
    const target = bead.target.map((j) => sentences[j]!.text).join(' ');
    return {
      source: parts.map((p) => p.source).filter((t) => t !== '').join(' '),
      target,
      paragraph,
      alignScore: bead.score,
      // Imported English still needs a translator's eye: it comes in as a draft; no English, no sign-off.
      status: target === '' ? allowedStatus(parts[0]?.status ?? 'new', '') : 'draft',
    };
  });
}

/** The translation's sentences aligned to the document's segments (nothing written). */
function alignTranslation(db: Database, documentId: DocumentId, text: string) {
  const doc = requireDocument(db, documentId);
  const sentences = segmentText(text.normalize('NFC'), projectRuleSet(db, doc.targetLang).ruleSet);
  if (sentences.length === 0) throw new MizanError('bad-input', 'the translation is empty (no sentences to align)');
  const units = listSegments(db, documentId, 0, countSegments(db, documentId));
  const beads = alignSentences(
    units.map((u) => ({ text: u.source, paragraph: u.paragraph })),
    sentences.map((s) => ({ text: s.text, paragraph: s.paragraph })),
  );
  return { units, sentences, beads, replacement: toReplacement(beads, units, sentences) };
}

const isEmpty = (text: string): boolean => text.trim() === '';

/**
 * Fill empty rows only: a bead's English goes to its (first) segment when every segment of the
 * bead is still without English and none is marked "don't translate" (empty on purpose); rows are
 * never merged, and English without Arabic is left out.
 */
function fills(units: readonly Segment[], beads: readonly Bead[], replacement: readonly ReplacementBead[]): { segment: Segment; target: string }[] {
  return beads.flatMap((bead, k) => {
    const parts = bead.source.map((i) => units[i]!);
    const target = replacement[k]!.target;
    const first = parts[0];
    return first && !isEmpty(target) && parts.every((p) => isEmpty(p.target) && !p.doNotTranslate) ? [{ segment: first, target }] : [];
  });
}

/** Segments "Replace all" would change: merged ones, and those whose English or status would differ. */
function replaced(units: readonly Segment[], beads: readonly Bead[], replacement: readonly ReplacementBead[]): number {
  return beads.reduce((n, bead, k) => {
    if (bead.source.length !== 1) return n + bead.source.length;
    const unit = units[bead.source[0]!]!;
    const next = replacement[k]!;
    return n + (unit.target !== next.target || unit.status !== next.status ? 1 : 0);
  }, 0);
}

/** What Import translation… would change in each mode: shown in the dialog before anything is written. */
export function previewTranslationImport(db: Database, documentId: DocumentId, text: string): TranslationImportPreview {
  const { units, sentences, beads, replacement } = alignTranslation(db, documentId, text);
  return {
    withEnglish: units.filter((u) => !isEmpty(u.target)).length,
    total: units.length,
    targetSentences: sentences.length,
    replace: replaced(units, beads, replacement),
    fillEmpty: fills(units, beads, replacement).length,
  };
}

/**
 * "Import translation…": segments an English text and aligns it to the document's Arabic segments,
 * then replaces all rows with the alignment or (fill-empty) only gives English to rows without it.
 * Either way one undo step.
 */
export function importTranslation(db: Database, ctx: ServiceContext, documentId: DocumentId, text: string, mode: TranslationImportMode = 'replace'): AlignedImport {
  const { units, sentences, beads, replacement } = alignTranslation(db, documentId, text);
  const lowConfidence = beads.filter((b) => b.score < LOW_CONFIDENCE).length;
  if (mode === 'fill-empty') {
    const planned = fills(units, beads, replacement);
    const { value, history } = runUndoable(db, () => rangeEdit(db, ctx.now, {
      label: 'Import translation (fill empty rows)',
      documentId,
      from: 0,
      count: units.length,
      apply: () => {
        const stamp = stampOf(ctx);
        // Each row read again inside the transaction: a row given English meanwhile is kept as it is.
        for (const { segment, target } of planned) {
          const now = getSegment(db, segment.id);
          if (now && isEmpty(now.target) && !now.doNotTranslate) writeSegment(db, stamp, now, { target });
        }
        return units.length;
      },
    }));
    return { ...value, focusId: planned[0]?.segment.id ?? units[0]?.id ?? null, history, lowConfidence, targetSentences: sentences.length, filled: planned.length };
  }
  const result = replaceRange(db, ctx, documentId, 0, units.length - 1, replacement, { label: 'Import translation' });
  return { ...result, lowConfidence, targetSentences: sentences.length };
}

/** Re-aligns positions from..to: their English is re-split into sentences and aligned again to their Arabic. */
export function realignRange(db: Database, ctx: ServiceContext, documentId: DocumentId, from: number, to: number): AlignedImport {
  const doc = requireDocument(db, documentId);
  const total = countSegments(db, documentId);
  if (from < 0 || to >= total || from > to) throw new MizanError('bad-input', `positions ${from + 1}–${to + 1} are not a range of this document (1–${total})`);
  const units = listSegments(db, documentId, from, to - from + 1);
  // Both sides are split into sentences again, so a wrong merge can come apart on re-align.
  const sourceRules = projectRuleSet(db, doc.sourceLang).ruleSet;
  const targetRules = projectRuleSet(db, doc.targetLang).ruleSet;
  const sources: SourceUnit[] = units.flatMap((u) =>
    segmentText(u.source, sourceRules).map((s) => ({ source: s.text, paragraph: u.paragraph, status: u.status })),
  );
  const sentences = units.flatMap((u) => segmentText(u.target, targetRules).map((s) => ({ text: s.text, paragraph: u.paragraph })));
  const beads = alignSentences(sources.map((u) => ({ text: u.source, paragraph: u.paragraph })), sentences);
  const result = replaceRange(db, ctx, documentId, from, to, toReplacement(beads, sources, sentences), { label: 'Re-align segments' });
  return { ...result, lowConfidence: beads.filter((b) => b.score < LOW_CONFIDENCE).length, targetSentences: sentences.length };
}

export function nextLowConfidence(db: Database, documentId: DocumentId, afterPosition: number): { segment: Segment; index: number } | null {
  const segment = findNextLowConfidenceSegment(db, documentId, afterPosition, LOW_CONFIDENCE);
  return segment ? { segment, index: segmentIndex(db, segment) } : null;
}
