// Annotation and speaker values as the renderer, the IPC contract and the CLI see them. Plain JSON.
import type { AnnotationId, AnnotationSide, DocumentId, HistoryState, Millis, SegmentId, SpeakerId, SpeakerKind } from '../model.js';
import type { LinkKind } from './scheme.js';

/** An attribute value: what the scheme's attribute types (enum, boolean, number, text) hold. */
export type AttributeValue = string | number | boolean;

/** The editable fields of a speaker. */
export interface SpeakerFields {
  /** The name as the Arabic text writes it. */
  nameSource: string;
  /** The name as the English translation writes it. */
  nameTarget: string;
  kind: SpeakerKind;
  role: string;
  organisation: string;
  note: string;
}

export interface Speaker extends SpeakerFields {
  id: SpeakerId;
  createdAt: Millis;
  updatedAt: Millis;
}

/** A registry entry with how many annotations point at it (what the speaker list shows). */
export interface SpeakerSummary extends Speaker {
  annotationCount: number;
}

/**
 * A registry speaker with no English name, and the English their Arabic spans are linked to as
 * translations: the name to fill in (the most frequent), how many linked spans read so, and the
 * other readings.
 */
export interface EnglishNameProposal {
  speakerId: SpeakerId;
  nameSource: string;
  nameTarget: string;
  spans: number;
  others: string[];
}


export interface AnnotationLink {
  fromId: AnnotationId;
  toId: AnnotationId;
  kind: LinkKind;
}

export interface Annotation {
  id: AnnotationId;
  segmentId: SegmentId;
  layer: string;
  side: AnnotationSide;
  /** UTF-16 code units into the side's stored (NFC) text, end exclusive; null for side 'segment'. */
  start: number | null;
  end: number | null;
  speakerId: SpeakerId | null;
  label: string | null;
  attrs: Record<string, AttributeValue>;
  /** The text under the span changed and a person has not looked at it since. */
  flagged: boolean;
  author: string;
  createdAt: Millis;
  updatedAt: Millis;
  /** Every link that starts or ends at this annotation. */
  links: AnnotationLink[];
}

/** An annotation listed across a document: where it sits and the text it covers. */
export interface PlacedAnnotation extends Annotation {
  documentId: DocumentId;
  /** The segment's row in its document. */
  position: number;
  /** The span's text (the slice start..end of its side); null for side 'segment'. */
  text: string | null;
}

export interface AnnotationFilter {
  layer?: string;
  speakerId?: SpeakerId;
  label?: string;
  flagged?: boolean;
}

/** A segment's annotations, as the grid holds them. */
export interface SegmentAnnotations {
  segmentId: SegmentId;
  annotations: Annotation[];
}

/** What an annotation edit returns: the annotation, every segment it touched (all their annotations after it), and the undo state. */
export interface AnnotationEditResult {
  /** The created or edited annotation; null after a delete. */
  annotation: Annotation | null;
  segments: SegmentAnnotations[];
  history: HistoryState;
}

/** How an annotation belongs to a speaker's activity: it names the speaker, is attributed to one that does, or translates one of those. */
export type ActivityVia = 'speaker' | 'attribution' | 'translation';

export interface SpeakerActivityItem extends PlacedAnnotation {
  via: ActivityVia;
}

/** A place in the English for the counterpart of an Arabic span, and why. */
export interface CounterpartSuggestionItem {
  start: number;
  end: number;
  reason: 'registry' | 'digits' | 'transliteration';
  /** The English text start..end. */
  text: string;
}

/** A selection in a segment's text (what "new speaker from selection" starts from). */
export interface TextSelection {
  segmentId: SegmentId;
  side: 'source' | 'target';
  start: number;
  end: number;
}
