// Pre-translation and repetitions: English written into empty segments from the memory, always through
// the write path (writeSegment) and as one undoable step (runUndoable), so Undo takes the whole fill back.
import type { Database } from 'better-sqlite3';
import { MizanError } from '../core/errors.js';
import { toSegmentId, type DocumentId, type SegmentId } from '../core/ids.js';
import { isConfirmed, type HistoryState, type Segment } from '../core/model.js';
import { foldForMatch } from '../core/text/normalize/index.js';
import { originLabel } from '../core/tm/types.js';
import { getDocument } from '../store/documents.js';
import { countSegments, getSegment, listSegmentsAt } from '../store/segments.js';
import { segmentPostings, setSegmentMatch, termUnits } from '../store/tm.js';
import { planLookup } from '../core/tm/lookup-plan.js';
import { indexTerms } from '../core/tm/tm-tokens.js';
import type { ServiceContext } from './context.js';
import { runUndoable } from './edit-history.js';
import { trackSegments } from './segment-undo.js';
import { stampOf, writeSegment } from './segment-writes.js';
import { matchText, registryNames, type MatchOptions } from './tm-service.js';

export { DEFAULT_PRETRANSLATE_MIN } from '../core/tm/types.js';

export interface PretranslateResult {
  /** Segments filled. */
  filled: number;
  /** Empty segments looked up. */
  empty: number;
  /** Of the filled, how many were 100 % or better. */
  exact: number;
  /** Of the filled, how many had numbers or names adapted. */
  adapted: number;
  history: HistoryState;
}

interface Fill {
  id: SegmentId;
  target: string;
  origin: string;
  score: number;
  adapted: boolean;
}

/** Segments whose source holds the rarest of `terms` (all of them, however many). */
function segmentsWithTerms(db: Database, terms: string[]): SegmentId[] {
  const plan = planLookup(terms, 100, (t) => termUnits(db, t));
  if (!plan) return [];
  return segmentPostings(db, plan.terms[0]!, Number.MAX_SAFE_INTEGER).map((id) => toSegmentId(id));
}

const isEmpty = (s: Segment): boolean => s.target.trim() === '' && !s.doNotTranslate && s.source.trim() !== '';

/**
 * Fills the empty segments of a document from matches scoring at least `min` as Draft, keeping each
 * one's origin and score (segment_matches). One undoable step.
 */
export function pretranslateDocument(db: Database, ctx: ServiceContext, documentId: DocumentId, min: number, options: MatchOptions = {}): PretranslateResult {
  if (!getDocument(db, documentId)) throw new MizanError('not-found', `document ${documentId} does not exist; list the documents and pick one`);
  let empty = 0;
  const { value, history } = runUndoable<Fill[]>(db, () => {
    const segments = listSegmentsAt(db, documentId, 0, countSegments(db, documentId));
    // The names adaptation may swap, read once for the document rather than once per segment.
    const lookup: MatchOptions = { ...options, min, max: 1, names: options.names ?? registryNames(db) };
    const fills: Fill[] = [];
    segments.forEach((s, k) => {
      if (!isEmpty(s)) return;
      empty++;
      const query = { source: s.source, prevSource: segments[k - 1]?.source ?? null, nextSource: segments[k + 1]?.source ?? null };
      const [best] = matchText(db, query, lookup, s.id);
      if (best) fills.push({ id: s.id, target: best.adaptedTarget ?? best.target, origin: originLabel(best.origin), score: best.score, adapted: best.adaptedTarget !== null });
    });
    if (fills.length === 0) return { unchanged: [] };
    return {
      label: `Pre-translate (${fills.length} segment${fills.length === 1 ? '' : 's'})`,
      track: trackSegments(fills.map((f) => f.id), ctx),
      apply: () => {
        const stamp = stampOf(ctx);
        for (const fill of fills) {
          const segment = getSegment(db, fill.id);
          if (!segment) continue;
          writeSegment(db, stamp, segment, { target: fill.target, status: 'draft' });
          setSegmentMatch(db, fill.id, fill.origin, fill.score);
        }
        return fills;
      },
    };
  });
  return { filled: value.length, empty, exact: value.filter((f) => f.score >= 100).length, adapted: value.filter((f) => f.adapted).length, history };
}

export interface RepetitionsResult {
  /** Segments that got the English. */
  filled: number;
  history: HistoryState;
}

/**
 * OmegaT's auto-propagation: the empty segments of the same document whose source is identical to this
 * one's (folded: letter forms, harakat, digits) get its English, as Draft, in one undoable step.
 */
export function propagateRepetitions(db: Database, ctx: ServiceContext, segmentId: SegmentId): RepetitionsResult {
  const { value, history } = runUndoable<number>(db, () => {
    const segment = getSegment(db, segmentId);
    if (!segment) throw new MizanError('not-found', `segment ${segmentId} no longer exists; reload the document`);
    // Only a confirmed English is given away: a confirmation the QA stopped leaves the others alone.
    if (segment.target.trim() === '' || !isConfirmed(segment.status)) return { unchanged: 0 };
    const key = foldForMatch(segment.source).trim();
    // An identical source holds every term, so the rarest one finds them all (no scan of the document).
    const same = segmentsWithTerms(db, indexTerms(segment.source))
      .filter((id) => id !== segment.id)
      .flatMap((id) => {
        const s = getSegment(db, id);
        return s && s.documentId === segment.documentId && isEmpty(s) && foldForMatch(s.source).trim() === key ? [s] : [];
      });
    if (same.length === 0) return { unchanged: 0 };
    return {
      label: `Fill ${same.length} repetition${same.length === 1 ? '' : 's'}`,
      track: trackSegments(same.map((s) => s.id), ctx),
      apply: () => {
        const stamp = stampOf(ctx);
        for (const s of same) {
          writeSegment(db, stamp, s, { target: segment.target, status: 'draft' });
          setSegmentMatch(db, s.id, 'repetition', 100);
        }
        return same.length;
      },
    };
  });
  return { filled: value, history };
}
