// Quality checks: pure functions over a segment (or a whole document) and what the project knows
// (speakers, glossary, a spelling dictionary). The service feeds them, the renderer and the CLI show
// what they find. Offsets are UTF-16 code units into the stored text, end exclusive.
import type { Annotation } from '../annotation/types.js';
import type { SegmentId } from '../ids.js';
import type { Segment, SpeakerKind } from '../model.js';

export type QaSeverity = 'error' | 'warning' | 'info';
export const QA_SEVERITIES: readonly QaSeverity[] = ['error', 'warning', 'info'];

/** What a check groups under in the QA panel and the report. */
export type QaCategory = 'completeness' | 'numbers' | 'polarity' | 'attribution' | 'stance' | 'terms' | 'consistency' | 'form';

/** A segment as the checks see it: its text and the annotations on it. */
export interface QaSegment {
  segment: Pick<Segment, 'id' | 'documentId' | 'position' | 'source' | 'target' | 'status' | 'doNotTranslate'>;
  annotations: readonly Annotation[];
}

/** A registry speaker's names, as the attribution checks compare them. */
export interface QaSpeakerName {
  nameSource: string;
  nameTarget: string;
  /**
   * The registry's kind. Only a person (or a speaker of unknown kind) is named by the last word of the
   * name alone: الأمريكية alone is not الولايات المتحدة الأمريكية.
   */
  kind?: SpeakerKind;
}

/** A glossary entry as the term checks use it (filled once the glossary exists). */
export interface QaTerm {
  sources: readonly string[];
  /** Preferred and admitted English. */
  targets: readonly string[];
  /** English the termbase forbids. */
  forbidden: readonly string[];
}

/** What the project knows beyond the segment. Every field may be empty. */
export interface QaContext {
  speakers: readonly QaSpeakerName[];
  terms: readonly QaTerm[];
  /** True when an English word is spelt right (the project dictionary); absent = no spelling check. */
  spell?: (word: string) => boolean;
}

export interface QaRange {
  side: 'source' | 'target';
  start: number;
  end: number;
}

/** One thing a check found in one segment. */
export interface QaFinding {
  segmentId: SegmentId;
  check: string;
  severity: QaSeverity;
  message: string;
  /** Where in the text, when the check can say. */
  range?: QaRange;
}

/** A finding before the runner stamps the segment and the profile's severity on it. */
export type QaHit = Omit<QaFinding, 'segmentId' | 'severity' | 'check'> & { severity?: QaSeverity };

interface QaCheckBase {
  /** Stable id: used in profiles, ignores, `mizan qa --checks`, reports. kebab-case. */
  id: string;
  label: string;
  /** One sentence a user reads in the profile editor. */
  description: string;
  category: QaCategory;
  defaultSeverity: QaSeverity;
  /** Off by default (noisy, or needs data most projects lack). */
  defaultOff?: boolean;
}

/** Looks at one segment alone (runs on confirm). */
export interface QaSegmentCheck extends QaCheckBase {
  scope: 'segment';
  run(segment: QaSegment, context: QaContext): QaHit[];
}

/** Looks across a document (consistency); runs in the panel and the CLI, not on confirm. */
export interface QaDocumentCheck extends QaCheckBase {
  scope: 'document';
  run(segments: readonly QaSegment[], context: QaContext): { segmentId: SegmentId; hit: QaHit }[];
}

export type QaCheck = QaSegmentCheck | QaDocumentCheck;

/** Per-check settings a project keeps; a check missing here uses its defaults. */
export type QaProfile = Readonly<Record<string, { enabled: boolean; severity: QaSeverity }>>;
