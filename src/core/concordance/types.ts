import type { DocumentId, SegmentId } from '../ids.js';
import type { TextRange } from '../model.js';

// The concordance's data: units (a bilingual pair from some source: the project's segments now, the
// translation memories at merge) and the hits found in them. Plain data, so it crosses the IPC contract.

/** Where a unit comes from: a segment of the project, or a unit of a translation memory. */
export type ConcordanceOrigin =
  | { kind: 'segment'; segmentId: SegmentId; documentId: DocumentId; documentTitle: string; position: number }
  | { kind: 'tm'; memory: string };

/** An alignment link inside a unit: an Arabic span annotated as translated by an English span. */
export interface TranslationLink {
  source: TextRange;
  target: TextRange;
}

export interface ConcordanceUnit {
  origin: ConcordanceOrigin;
  source: string;
  target: string;
}

/** How a hit's English highlight was found. */
export type EnglishEvidence = 'alignment' | 'cooccurrence';

export interface ConcordanceHit {
  origin: ConcordanceOrigin;
  source: string;
  target: string;
  /** The occurrence in `source` (whole inflected words, UTF-16, end exclusive). */
  match: TextRange;
  /** The likely English for the occurrence in `target`, or null when nothing stands out. */
  english: TextRange | null;
  evidence: EnglishEvidence | null;
}

export const CONCORDANCE_SORTS = ['document', 'before', 'after'] as const;
/** Document order, or KWIC: by the words before the hit (read outwards) or after it, in reading order. */
export type ConcordanceSort = (typeof CONCORDANCE_SORTS)[number];

/** An English rendering seen highlighted across the hits, with how many hits show it. */
export interface LikelyTranslation {
  text: string;
  count: number;
}

export interface ConcordanceResult {
  /** Hits found (up to the cap). */
  total: number;
  /** True when the search stopped at the cap: there are more occurrences than `total`. */
  capped: boolean;
  /** The requested page, sorted. */
  hits: ConcordanceHit[];
  /** The English most often highlighted across all hits, most frequent first. */
  translations: LikelyTranslation[];
  /** Units looked at. */
  scanned: number;
}
