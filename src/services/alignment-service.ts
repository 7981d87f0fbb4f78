import type { Database } from 'better-sqlite3';
import { LOW_CONFIDENCE, alignSentences, type Bead } from '../core/align/index.js';
import { suggestCut } from '../core/align/edit/index.js';
import { MizanError } from '../core/errors.js';
import type { AlignmentEditResult, DocumentId, Segment } from '../core/model.js';
import { segmentText } from '../core/text/segmentation/index.js';
import { getDocument } from '../store/documents.js';
import { findNextLowConfidenceSegment } from '../store/low-confidence.js';
import { countSegments, listSegments, segmentIndex } from '../store/segments.js';
import { replaceRange, type ReplacementBead } from './alignment-edit-service.js';
import type { ServiceContext } from './context.js';
import { projectRuleSet } from './segmentation-settings.js';

export { LOW_CONFIDENCE };

export interface AlignedImport extends AlignmentEditResult {
  /** Beads the aligner was unsure of: flagged in the grid until confirmed. */
  lowConfidence: number;
  targetSentences: number;
  /** Arabic segments cut in two at import where the English showed a sentence boundary and the cut was sure. */
  autoCuts?: number;
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
      // Imported English still needs a translator's eye: it comes in as a draft.
      status: target === '' ? (parts[0]?.status ?? 'new') : 'draft',
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

/** "Import translation…": segments an English text and aligns it to the document's Arabic segments. */
export function importTranslation(db: Database, ctx: ServiceContext, documentId: DocumentId, text: string): AlignedImport {
  const doc = requireDocument(db, documentId);
  const sentences = segmentText(text.normalize('NFC'), projectRuleSet(db, doc.targetLang).ruleSet);
  if (sentences.length === 0) throw new MizanError('bad-input', 'the translation is empty (no sentences to align)');
  const units = listSegments(db, documentId, 0, countSegments(db, documentId));
  const beads = alignSentences(
    units.map((u) => ({ text: u.source, paragraph: u.paragraph })),
    sentences.map((s) => ({ text: s.text, paragraph: s.paragraph })),
  );
  const cut = cutSureBeads(toReplacement(beads, units, sentences), beads.map((b) => (b.source.length === 1 ? b.target.length : 0)));
  const result = replaceRange(db, ctx, documentId, 0, units.length - 1, cut.beads, { label: 'Import translation' });
  return { ...result, lowConfidence: beads.filter((b) => b.score < LOW_CONFIDENCE).length, targetSentences: sentences.length, autoCuts: cut.cuts };
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
