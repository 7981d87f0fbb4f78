// Domain types shared by every layer. Plain JSON-compatible data only:
// these values cross IPC, the test bridge and the CLI unchanged.

export type { AnnotationId, Brand, CommentId, DocumentId, RevisionId, SegmentId, SpeakerId } from './ids.js';
import type { DocumentId, RevisionId, SegmentId } from './ids.js';

/** Milliseconds since the Unix epoch; payloads never carry Date objects. */
export type Millis = number;

export const SEGMENT_STATUSES = ['new', 'draft', 'translated', 'reviewed', 'approved', 'rejected'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/** How a status reads in the UI and in human-readable exports. */
export const STATUS_LABELS: Readonly<Record<SegmentStatus, string>> = {
  new: 'New',
  draft: 'Draft',
  translated: 'Translated',
  reviewed: 'Reviewed',
  approved: 'Approved',
  rejected: 'Rejected',
};

/** A status counts as "confirmed" once a translator has signed it off. */
export function isConfirmed(status: SegmentStatus): boolean {
  switch (status) {
    case 'new':
    case 'draft':
    case 'rejected':
      return false;
    case 'translated':
    case 'reviewed':
    case 'approved':
      return true;
  }
}

export interface DocumentInfo {
  id: DocumentId;
  title: string;
  sourceLang: string;
  targetLang: string;
  sourceName: string | null;
  createdAt: Millis;
  updatedAt: Millis;
  segmentCount: number;
}

/** A segment is one alignment bead: one or more source sentences with zero or more target sentences. */
export interface Segment {
  id: SegmentId;
  documentId: DocumentId;
  position: number;
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  alignConfirmed: boolean;
  /** Aligner confidence 0..1 for a bead it made; null when the segment was not aligned automatically. */
  alignScore: number | null;
  doNotTranslate: boolean;
  updatedAt: Millis;
  updatedBy: string | null;
  /** Review threads on the segment that are not resolved yet (what the row's badge shows). */
  openComments: number;
}

/** What the grid shows when filtered; every condition given must hold. */
export interface SegmentFilter {
  statuses?: SegmentStatus[];
  hideApproved?: boolean;
  /** Only segments with an unresolved comment thread. */
  openComments?: boolean;
  /** Only segments changed at or after this time (epoch ms). */
  changedSince?: number;
  /** Only pairs the aligner was unsure of and nobody confirmed. */
  lowConfidence?: boolean;
}

export const SPEAKER_KINDS = ['person', 'organisation', 'government-body', 'media', 'unnamed-source'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
export const SPEAKER_KIND_LABELS: Readonly<Record<SpeakerKind, string>> = {
  person: 'Person',
  organisation: 'Organisation',
  'government-body': 'Government body',
  media: 'Media',
  'unnamed-source': 'Unnamed source',
};

export const ANNOTATION_SIDES = ['source', 'target', 'segment'] as const;
export type AnnotationSide = (typeof ANNOTATION_SIDES)[number];

export const REVISION_FIELDS = ['source', 'target', 'status'] as const;
export type RevisionField = (typeof REVISION_FIELDS)[number];

export interface Revision {
  id: RevisionId;
  segmentId: SegmentId;
  field: RevisionField;
  before: string;
  after: string;
  author: string;
  at: Millis;
  /**
   * What the change belongs to: an editing session (its edits coalesce into this one revision), a
   * batch (`replace:…`), a restore, an undo; null for a single change. See core/review/revision-origin.ts.
   */
  session: string | null;
}

export interface ProjectInfo {
  path: string;
  title: string;
  schemaVersion: number;
  /** Set when opening upgraded an older file: where the untouched copy of it was written. */
  backupPath: string | null;
  /** Why the project cannot be edited in this session (another session edits it), or null when it can. */
  readOnly: string | null;
  documents: DocumentInfo[];
}

export interface ProjectStats {
  documents: number;
  segments: number;
  by_status: Record<SegmentStatus, number>;
  annotations: Record<string, number>;
  speakers: number;
  comments: number;
  comments_open: number;
  words_source: number;
  words_target: number;
  words_translated: number;
}

export interface SegmentPage {
  total: number;
  offset: number;
  items: Segment[];
}

/** A range of UTF-16 code units into stored text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export const SEARCH_SCOPES = ['source', 'target', 'both'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

export interface SearchHit {
  segment: Segment;
  /** Row of the segment in its document (what the grid scrolls to). */
  index: number;
  source: TextRange[];
  target: TextRange[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  tookMs: number;
}

export interface ReplacePreviewItem {
  segmentId: SegmentId;
  index: number;
  before: string;
  after: string;
}

export interface ReplacePreview {
  total: number;
  items: ReplacePreviewItem[];
}

/**
 * What an edit of the document's rows changed: the `removed` rows starting at `from` were
 * replaced by `segments`; rows after them moved by segments.length - removed.
 */
export interface RangeChange {
  documentId: DocumentId;
  from: number;
  removed: number;
  segments: Segment[];
  /** Segments in the document after the edit. */
  total: number;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface HistoryOutcome {
  /** The label of the entry undone or redone. */
  label: string;
  change: RangeChange;
  history: HistoryState;
}

export const TEXT_SIDES = ['source', 'target'] as const;
export type TextSide = (typeof TEXT_SIDES)[number];

/** What an alignment edit changed, where the cursor goes, and the undo state. */
export interface AlignmentEditResult extends RangeChange {
  /** The segment the cursor should be on after the edit (null when the document is empty). */
  focusId: SegmentId | null;
  history: HistoryState;
}

/**
 * How Import translation… treats a document that already has English: `replace` aligns the whole
 * translation anew (merges, statuses back to draft); `fill-empty` keeps every row as it is and only
 * gives English to segments that have none, so approvals, alignment fixes and typed English stay.
 */
export const TRANSLATION_IMPORT_MODES = ['replace', 'fill-empty'] as const;
export type TranslationImportMode = (typeof TRANSLATION_IMPORT_MODES)[number];

/** What each mode would change, counted before anything is written. */
export interface TranslationImportPreview {
  /** Segments that already have English (then the dialog defaults to fill-empty). */
  withEnglish: number;
  total: number;
  targetSentences: number;
  /** Segments whose English, status or alignment "Replace all" would change. */
  replace: number;
  /** Segments "Fill empty rows only" would give English. */
  fillEmpty: number;
}
